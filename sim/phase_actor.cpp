#include "sim/actors.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {

void wait_until_complete(PhaseState& phase)
{
  std::unique_lock<s4u::Mutex> lock(*phase.mutex);
  while (!phase.complete)
    phase.changed->wait(lock);
}

void wait_until_granted(PhaseState& phase)
{
  std::unique_lock<s4u::Mutex> lock(*phase.mutex);
  while (!phase.granted)
    phase.changed->wait(lock);
}

/** @brief Everything waiting at the site, merged by product in order of first arrival. */
std::vector<PhaseState::Waiting> take_batch(PhaseState& phase)
{
  std::unique_lock<s4u::Mutex> lock(*phase.mutex);
  while (phase.waiting.empty())
    phase.changed->wait(lock);
  std::vector<PhaseState::Waiting> batch;
  for (const auto& w : phase.waiting) {
    auto it = std::find_if(batch.begin(), batch.end(), [&w](const auto& b) { return b.product == w.product; });
    if (it == batch.end())
      batch.push_back(w);
    else
      it->units += w.units;
  }
  phase.waiting.clear();
  return batch;
}

/** @brief Orders accelerators and asks the region for power, as a phase does when its build starts. */
void place_requests(World& world, std::size_t index, PhaseState& phase)
{
  const Phase& spec = *phase.spec;
  const double now  = s4u::Engine::get_clock();
  const std::string accepted =
      spec.accelerator ? world.scenario.accelerators[*spec.accelerator].name : std::string("any");
  world.record(EventKind::order, phase.label, accepted, spec.it_power.gw());
  world.orders.open({now, index, phase.region, spec.accelerator, spec.it_power.watts});

  const Region& region = world.scenario.regions[phase.region];
  const double grid    = spec.it_power.watts * spec.pue;
  world.record(EventKind::power_requested, phase.label, region.name, grid / 1e9);
  RegionState& queue = world.regions[phase.region];
  queue.queue.add({now, now + region.interconnect.days, index, grid});
  queue.changed->notify_all();
}

} // namespace

void run_phase(World& world, std::size_t index)
{
  PhaseState& phase  = world.phases[index];
  const Phase& spec  = *phase.spec;
  const double it_gw = spec.it_power.gw();

  if (spec.start) {
    const double start_day = static_cast<double>(*spec.start - world.scenario.start);
    if (start_day > 0) s4u::this_actor::sleep_until(start_day);
  }
  for (std::size_t before : spec.after)
    wait_until_complete(world.phases[before]);

  world.record(EventKind::build_start, phase.label, "", it_gw);
  place_requests(world, index, phase);
  if (spec.build.days > 0) s4u::this_actor::sleep_for(spec.build.days);
  world.record(EventKind::build_end, phase.label, "", it_gw);

  wait_until_granted(phase);
  world.record(EventKind::energized, phase.label, "", it_gw);

  // A relative tolerance absorbs the rounding of accelerators counted as real numbers.
  double installed_watts = 0;
  while (installed_watts < spec.it_power.watts * (1 - 1e-9)) {
    const auto batch = take_batch(phase);
    double units     = 0;
    for (const auto& b : batch) {
      world.record(EventKind::install_start, phase.label, world.scenario.accelerators[b.product].name, b.units);
      units += b.units;
    }
    if (spec.install) s4u::this_actor::sleep_for(units / spec.install->per_day);
    for (const auto& b : batch) {
      world.record(EventKind::installed, phase.label, world.scenario.accelerators[b.product].name, b.units);
      installed_watts += b.units * world.scenario.accelerators[b.product].it_power.watts;
    }
  }
  phase.complete = true;
  world.record(EventKind::complete, phase.label, "", it_gw);
  phase.changed->notify_all();
}

void run_monitor(World& world)
{
  s4u::this_actor::sleep_until(world.scenario.horizon_days());
}

} // namespace gwsim
