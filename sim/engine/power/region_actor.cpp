#include "sim/engine/actors.hpp"

#include <simgrid/s4u/Engine.hpp>

namespace gwsim {

void run_region(World& world, std::size_t region_index)
{
  RegionState& region     = world.regions[region_index];
  const std::string& name = world.scenario.regions[region_index].name;
  for (;;) {
    const double now = simgrid::s4u::Engine::get_clock();
    for (const auto& request : region.queue.grant(now, region.headroom.at(now).watts)) {
      PhaseState& phase = world.phases[request.phase];
      phase.granted     = true;
      world.record(EventKind::power_granted, phase.label, name, request.watts / 1e9);
      world.tell_site_of(request.phase, World::News::grant);
    }
    // Wake at the next moment something can change: a request turning eligible or the headroom moving.
    double next = region.queue.next_eligible_after(now);
    if (region.queue.pending() > 0) {
      // A new headroom is acted on half a settle after it comes into force (see kSettleDays).
      const double change          = region.headroom.next_change_after(now - kSettleDays / 2);
      const double headroom_change = change >= 0 ? change + kSettleDays / 2 : -1;
      if (headroom_change > now && (next < 0 || headroom_change < next)) next = headroom_change;
    }
    region.wakeup.wait_until(next);
  }
}

} // namespace gwsim
