#include "sim/engine/actors.hpp"
#include "sim/engine/power/queue_decision.hpp"

#include <simgrid/s4u/Semaphore.hpp>

namespace gwsim {

void run_region(World&, std::size_t)
{
  // The region's actor is the permanent receiver of its shipments (RegionState): it only has to exist. (Suspended, it
  // would hold its comms still: it waits instead, until SimGrid ends it with the other daemons at the horizon.)
  simgrid::s4u::Semaphore::create(0)->acquire();
}

bool decide_region(World& world, std::size_t region_index, double day)
{
  RegionState& region     = world.regions[region_index];
  const std::string& name = world.scenario.regions[region_index].name;
  // `day` is the instant being closed: a request eligible then, or a headroom in force then, counts.
  const double by = day + kInstantWindowDays;
  // Studies start first (a study that ends now frees its slot now; with `interconnect: 0 days` its request is granted
  // in this very round), then the grants, then what was not granted in time is withdrawn (granted now is in time).
  bool moved = start_studies(world, region_index, day);
  for (const auto& request : region.queue.grant(by, region.headroom.at(by).watts)) {
    PhaseState& phase = world.phases[request.phase];
    phase.granted     = true;
    release_onsite(world, request.phase); // what it drew on onsite returns to its site's pool
    world.record(EventKind::power_granted, phase.label, name, request.watts / 1e9);
    world.tell_site_of(request.phase, World::News::grant);
    moved = true;
  }
  return withdraw_overdue(world, region_index, day) || moved;
}

} // namespace gwsim
