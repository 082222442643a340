#include "sim/engine/power/queue_decision.hpp"

#include <algorithm>

namespace gwsim {

bool start_studies(World& world, std::size_t region_index, double day)
{
  RegionState& region = world.regions[region_index];
  if (!region.studies.capped()) return false;
  const Region& spec = world.scenario.regions[region_index];
  const auto started = region.studies.start(day, spec.interconnect.days);
  for (const auto& request : started) {
    world.record(EventKind::study_start, world.phases[request.phase].label, spec.name, request.watts / 1e9);
    region.queue.add(request);
    world.post_closing(request.eligible_day); // its study ends then: it turns eligible and frees its slot
  }
  return !started.empty();
}

bool withdraw_overdue(World& world, std::size_t region_index, double day)
{
  const Region& spec = world.scenario.regions[region_index];
  if (!spec.queue.withdraw_after) return false;
  RegionState& region = world.regions[region_index];
  const double after  = spec.queue.withdraw_after->days;
  auto withdrawn      = region.studies.withdraw(day, after);
  const auto in_queue = region.queue.withdraw(day, after);
  for (const auto& request : in_queue)
    region.studies.forget(request.phase); // a study under way frees its slot
  withdrawn.insert(withdrawn.end(), in_queue.begin(), in_queue.end());
  // In request order, whichever list they came from.
  std::sort(withdrawn.begin(), withdrawn.end(), [](const auto& a, const auto& b) {
    return queued_before(a.requested_day, a.phase, b.requested_day, b.phase);
  });
  for (const auto& request : withdrawn)
    world.record(EventKind::power_withdrawn, world.phases[request.phase].label, spec.name, request.watts / 1e9);
  return !withdrawn.empty();
}

} // namespace gwsim
