/* A phase's request for grid power, as it is made at the phase's build start: into the region's study queue when the
 * region caps its studies, else straight into its interconnection queue; the instants at which the closer must decide
 * on it are posted (sim/engine/closing.hpp). */
#include "sim/engine/actors.hpp"

namespace gwsim {

void ask_for_power(World& world, std::size_t phase_index, double now)
{
  const PhaseState& phase = world.phases[phase_index];
  const Region& region    = world.scenario.regions[phase.region];
  RegionState& state      = world.regions[phase.region];
  const double grid       = phase.spec->it_power.watts * phase.spec->pue;
  world.record(EventKind::power_requested, phase.label, region.name, grid / 1e9);
  const double eligible = now + region.interconnect.days;
  if (state.studies.capped()) {
    state.studies.wait({now, eligible, phase_index, grid});
    world.post_closing(now); // its study starts when a slot is free: decided when the instant closes
  } else {
    state.queue.add({now, eligible, phase_index, grid});
    world.post_closing(eligible); // the region decides when that instant closes
  }
  if (region.queue.withdraw_after) world.post_closing(now + region.queue.withdraw_after->days);
}

} // namespace gwsim
