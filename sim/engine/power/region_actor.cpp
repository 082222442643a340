#include "sim/engine/actors.hpp"
#include "sim/engine/power/equipment_draw.hpp"
#include "sim/engine/power/grid_decision.hpp"
#include "sim/engine/power/queue_decision.hpp"

#include <simgrid/s4u/Semaphore.hpp>

namespace gwsim {

void run_region(World&, std::size_t)
{
  // The region's actor is the permanent receiver of its shipments (RegionState): it only has to exist. (Suspended, it
  // would hold its comms still: it waits instead, until SimGrid ends it with the other daemons at the horizon.)
  simgrid::s4u::Semaphore::create(0)->acquire();
}

double grant_capacity(const World& world, std::size_t region_index, double by)
{
  const RegionState& region = world.regions[region_index];
  return region.headroom.at(by).watts - region.exported_watts + region.imported_watts;
}

bool grant_fitting(World& world, std::size_t region_index, double by)
{
  RegionState& region     = world.regions[region_index];
  const Region& spec      = world.scenario.regions[region_index];
  const std::string& name = spec.name;
  bool granted            = false;
  // Its transformers come out of the stock as it is granted: a request they do not cover waits, as one the headroom
  // does not cover.
  const auto equipped = [&world, &spec, by](const InterconnectionQueue::Request& request) {
    return draw_equipment(world, spec.equipment, request.watts, by, world.phases[request.phase].label);
  };
  for (const auto& request : region.queue.grant(by, grant_capacity(world, region_index, by), equipped)) {
    PhaseState& phase = world.phases[request.phase];
    phase.granted     = true;
    release_onsite(world, request.phase); // what it drew on onsite returns to its site's pool
    world.record(EventKind::power_granted, phase.label, name, request.watts / 1e9);
    world.tell_site_of(request.phase, World::News::grant);
    granted = true;
  }
  return granted;
}

bool decide_region(World& world, std::size_t region_index, double day)
{
  // `day` is the instant being closed: a request eligible then, or a headroom in force then, counts. Studies start
  // first (a study that ends now frees its slot now; with `interconnect: 0 days` its request is granted in this very
  // round), then the grants.
  const bool started = start_studies(world, region_index, day);
  return grant_fitting(world, region_index, day + kInstantWindowDays) || started;
}

} // namespace gwsim
