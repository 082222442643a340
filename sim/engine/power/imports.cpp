/* Imports over transmission lines (docs/model.md, "Power: transmission"). */
#include "sim/engine/power/grid_decision.hpp"

#include "sim/engine/power/equipment_draw.hpp"

#include <algorithm>

namespace gwsim {
namespace {
// Powers are sums of declared values; this absorbs rounding when an import exactly fills what the lines can carry.
constexpr double kWattTolerance = 1e-3;

/** @brief Each region's headroom not granted nor exported at clock day `by` (zero for `importer`). */
std::vector<double> spare_headroom(const World& world, std::size_t importer, double by)
{
  std::vector<double> spare(world.regions.size(), 0.0);
  for (std::size_t r = 0; r < world.regions.size(); ++r)
    if (r != importer) spare[r] = std::max(0.0, grant_capacity(world, r, by) - world.regions[r].queue.granted_watts());
  return spare;
}

/** @brief Imports for the first eligible request of `importer`, in request order, that its capacity plus what it can
 * import covers, and grants it; says whether there was one. */
bool import_one(World& world, std::size_t importer, double by)
{
  RegionState& region = world.regions[importer];
  const double free   = grant_capacity(world, importer, by) - region.queue.granted_watts();
  double can          = -1; // the max-flow, computed only when a request needs it
  std::vector<double> spare;
  const auto& equipment = world.scenario.regions[importer].equipment;
  for (const auto& request : region.queue.pending_requests()) {
    if (request.eligible_day > by + kClockToleranceDays) continue;
    if (!equipment_ready(world, equipment, request.watts, by)) continue; // nothing to import for before then
    const double need = request.watts - std::max(0.0, free);
    if (can < 0) {
      spare = spare_headroom(world, importer, by);
      can   = world.transmission.can_import(importer, spare);
    }
    if (need > can + kWattTolerance) continue;
    const std::vector<double> exports = world.transmission.import(importer, spare, need);
    const std::string& name           = world.scenario.regions[importer].name;
    for (std::size_t r = 0; r < exports.size(); ++r) {
      if (exports[r] <= 0) continue;
      world.regions[r].exported_watts += exports[r];
      region.imported_watts += exports[r];
      world.record(EventKind::power_imported, name, world.scenario.regions[r].name, exports[r] / 1e9);
    }
    // Exactly this request fits now (earlier ones needed more than `can`, or equipment not in stock); its grant is
    // what ends the round: were it refused, the caller would not ask again.
    return grant_fitting(world, importer, by);
  }
  return false;
}

} // namespace

bool decide_imports(World& world, double day)
{
  const double by = day + kInstantWindowDays;
  bool imported   = false;
  for (std::size_t r = 0; r < world.regions.size(); ++r)
    if (world.transmission.connects(r))
      while (import_one(world, r, by))
        imported = true;
  return imported;
}

} // namespace gwsim
