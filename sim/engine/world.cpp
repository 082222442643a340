#include "sim/engine/world.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

#include <algorithm>
#include <cmath>
#include <functional>

namespace gwsim {

Wakeup Wakeup::create()
{
  return Wakeup{simgrid::s4u::Semaphore::create(0)};
}

void Wakeup::notify()
{
  if (!waiting) return;
  waiting = false;
  signal->release();
}

void Wakeup::wait_until(double day)
{
  const double left = day - simgrid::s4u::Engine::get_clock();
  if (day >= 0 && left <= 0) return; // SimGrid 3.32 takes a timeout of 0 as "no timeout": it would wait for a notify
  waiting = true;
  if (day < 0)
    signal->acquire();
  else
    signal->acquire_timeout(left);
  waiting = false;
}

namespace {

/** @brief About how many events a run records (most of a supplier's lots ship to one or two regions; a phase records
 * about a dozen events): reserving them spares the record its regrowth. */
std::size_t expected_events(const Scenario& s, std::size_t phases)
{
  double lots = 0;
  for (const auto& supplier : s.suppliers)
    lots += s.horizon_days() / std::max(supplier.lot.days, 1.0);
  return static_cast<std::size_t>(lots * 5) + phases * 12;
}

} // namespace

World::World(const Scenario& s, WorldPlatform p)
    : scenario(s), platform(std::move(p)), funding(s), transmission(s.regions.size(), s.transmission),
      horizon_(s.horizon_days())
{
  for (const auto& ref : phase_refs(s)) {
    PhaseState state;
    state.ref    = ref;
    state.spec   = &s.sites[ref.site].phases[ref.phase];
    state.label  = phase_label(s, ref);
    state.region = s.sites[ref.site].region;
    state.funded = !funding.gates();
    phases.push_back(std::move(state));
  }
  sites.resize(s.sites.size());
  dependents.resize(phases.size());
  for (std::size_t i = 0; i < phases.size(); ++i) {
    sites[phases[i].ref.site].phases.push_back(i);
    phases[i].unmet_after = phases[i].spec->after.size();
    for (std::size_t before : phases[i].spec->after)
      dependents[before].push_back(i);
  }
  for (auto& site : sites)
    site.wakeup = Wakeup::create();
  closings.wakeup  = Wakeup::create();
  closings.settled = simgrid::s4u::Semaphore::create(0);
  for (const auto& region : s.regions) {
    RegionState state;
    state.studies  = StudySlots(region.queue.studies);
    state.headroom = DaySchedule<Power>::from(region.headroom, s.start);
    state.arrivals = simgrid::s4u::Mailbox::by_name("arrivals:" + region.name);
    regions.push_back(std::move(state));
  }
  outboxes.resize(s.suppliers.size());
  lane_between.assign(s.suppliers.size(), std::vector<int>(s.regions.size(), -1));
  for (std::size_t i = 0; i < s.lanes.size(); ++i)
    lane_between[s.lanes[i].from][s.lanes[i].to] = static_cast<int>(i);
  events.reserve(expected_events(s, phases.size()));
}

double World::now()
{
  const double clock = simgrid::s4u::Engine::get_clock();
  if (clock > open_instant_ + kInstantWindowDays) open_instant_ = clock;
  return open_instant_;
}

double World::enter(double day)
{
  if (day > open_instant_ + kInstantWindowDays) open_instant_ = day;
  return open_instant_;
}

void World::post_closing(double day)
{
  closings.due.push_back(day);
  std::push_heap(closings.due.begin(), closings.due.end(), std::greater<>());
  if (closings.target < 0 || day < closings.target) closings.wakeup.notify();
}

void World::record(EventKind kind, const std::string& actor, const std::string& subject, double quantity)
{
  record_for(simgrid::s4u::this_actor::get_pid(), kind, actor, subject, quantity);
}

void World::record_for(long pid, EventKind kind, const std::string& actor, const std::string& subject, double quantity)
{
  const double day = now();
  // The run covers the days before the horizon. What happens at the horizon itself is not recorded: SimGrid ends the
  // daemons there as soon as the suppliers stop, so which of that instant's events would be recorded is arbitrary.
  if (day >= horizon_ - kClockToleranceDays) return;
  const long step = std::lround((simgrid::s4u::Engine::get_clock() - day) / kInstantStepDays);
  events.push_back({day, &actor, &subject, quantity, step, pid, kind});
}

EventRecord World::take_canonical_record()
{
  // Events are recorded as SimGrid's clock moves and carry their instant's day, so the record is already in day order.
  // Within one instant they are put in the order of its steps (deliveries, then what actors do at the instant, then the
  // regions' decisions, then the lots: sim/model/event.hpp); within a step, actors woken at the same time run in an
  // order SimGrid does not fix (it follows memory addresses), so events are put in the order of their subject actor,
  // then of the actor that recorded them, then in the order it recorded them (the sort is stable). The same on every
  // machine, and causal: an actor's own events are never reordered.
  std::vector<RecordedEvent> order = std::move(events);
  events.clear();
  const auto same_instant_order = [](const RecordedEvent& a, const RecordedEvent& b) {
    if (a.step != b.step) return a.step < b.step;
    if (a.actor != b.actor) {
      const int names = a.actor->compare(*b.actor);
      if (names != 0) return names < 0;
    }
    return a.recorded_by < b.recorded_by;
  };
  for (auto first = order.begin(); first != order.end();) {
    auto last = std::find_if(first, order.end(), [day = first->day](const RecordedEvent& e) { return e.day != day; });
    std::stable_sort(first, last, same_instant_order);
    first = last;
  }
  EventRecord record;
  record.reserve(order.size());
  for (const auto& e : order)
    record.push_back({e.day, e.kind, *e.actor, *e.subject, e.quantity});
  return record;
}

} // namespace gwsim
