#include "sim/world.hpp"

#include <simgrid/Exception.hpp>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

namespace gwsim {

Wakeup Wakeup::create()
{
  return Wakeup{simgrid::s4u::Mutex::create(), simgrid::s4u::ConditionVariable::create()};
}

void Wakeup::wait_until(std::unique_lock<simgrid::s4u::Mutex>& lock, double day) const
{
  try {
    if (day < 0)
      changed->wait(lock);
    else
      changed->wait_until(lock, day);
  } catch (const simgrid::ForcefulKillException&) {
    lock.release();
    throw;
  }
}

World::World(const Scenario& s, WorldPlatform p) : scenario(s), platform(std::move(p))
{
  for (const auto& ref : phase_refs(s)) {
    PhaseState state;
    state.ref    = ref;
    state.spec   = &s.sites[ref.site].phases[ref.phase];
    state.label  = phase_label(s, ref);
    state.region = s.sites[ref.site].region;
    phases.push_back(std::move(state));
  }
  sites.resize(s.sites.size());
  dependents.resize(phases.size());
  for (std::size_t i = 0; i < phases.size(); ++i) {
    sites[phases[i].ref.site].phases.push_back(i);
    for (std::size_t before : phases[i].spec->after)
      dependents[before].push_back(i);
  }
  for (auto& site : sites)
    site.wakeup = Wakeup::create();
  for (const auto& region : s.regions) {
    RegionState state;
    state.headroom = DaySchedule<Power>::from(region.headroom, s.start);
    state.wakeup   = Wakeup::create();
    regions.push_back(std::move(state));
  }
  outboxes.resize(s.suppliers.size());
  lane_between.assign(s.suppliers.size(), std::vector<int>(s.regions.size(), -1));
  for (std::size_t i = 0; i < s.lanes.size(); ++i)
    lane_between[s.lanes[i].from][s.lanes[i].to] = static_cast<int>(i);
}

void World::record(EventKind kind, const std::string& actor, const std::string& subject, double quantity)
{
  events.push_back({simgrid::s4u::Engine::get_clock(), kind, actor, subject, quantity});
  recorded_by.push_back(simgrid::s4u::this_actor::get_pid());
}

} // namespace gwsim
