#include "analysis/power_csv.hpp"

#include "analysis/curves.hpp"
#include "analysis/format.hpp"
#include "analysis/timeline.hpp"

#include <map>
#include <vector>

namespace gwsim {
namespace {

/** @brief The region-wise curves of power.csv, as steps of the events. */
struct RegionCurves {
  std::vector<Ramp> granted;
  std::vector<Ramp> imported;
  std::vector<Ramp> queued;
  std::vector<Ramp> onsite;
};

} // namespace

std::string power_csv(const Scenario& scenario, const EventRecord& events)
{
  std::map<std::string, std::size_t> region_of; // region names, and sites by name, to their region
  std::map<std::string, std::size_t> site_region;
  for (std::size_t r = 0; r < scenario.regions.size(); ++r)
    region_of[scenario.regions[r].name] = r;
  for (const Site& site : scenario.sites)
    site_region[site.name] = site.region;

  std::vector<RegionCurves> curves(scenario.regions.size());
  const auto step = [](std::vector<Ramp>& into, double day, double gw) { into.push_back({day, day, gw}); };
  for (const Event& e : events) {
    switch (e.kind) {
    case EventKind::power_requested:
      step(curves[region_of.at(e.subject)].queued, e.day, e.quantity);
      break;
    case EventKind::power_granted:
      step(curves[region_of.at(e.subject)].queued, e.day, -e.quantity);
      step(curves[region_of.at(e.subject)].granted, e.day, e.quantity);
      break;
    case EventKind::power_withdrawn:
      step(curves[region_of.at(e.subject)].queued, e.day, -e.quantity);
      break;
    case EventKind::power_imported:
      step(curves[region_of.at(e.actor)].imported, e.day, e.quantity);
      break;
    case EventKind::onsite_energized:
      step(curves[site_region.at(e.subject)].onsite, e.day, e.quantity);
      break;
    case EventKind::onsite_released:
      step(curves[site_region.at(e.subject)].onsite, e.day, -e.quantity);
      break;
    default:
      break;
    }
  }

  struct Lines {
    PiecewiseLinear granted, imported, queued, onsite;
  };
  std::vector<Lines> lines;
  for (const RegionCurves& c : curves)
    lines.push_back({PiecewiseLinear(c.granted), PiecewiseLinear(c.imported), PiecewiseLinear(c.queued),
                     PiecewiseLinear(c.onsite)});

  std::string csv = "date,region,headroom_gw,granted_gw,imported_gw,queued_gw,onsite_gw\n";
  for (const Date& date : report_dates(scenario)) {
    const double day = static_cast<double>(date - scenario.start);
    for (std::size_t r = 0; r < scenario.regions.size(); ++r) {
      const Lines& l = lines[r];
      csv += csv_line({date.iso(), scenario.regions[r].name,
                       fixed(scenario.regions[r].headroom.at(date).gw(), kGwDecimals),
                       fixed(l.granted.at(day), kGwDecimals), fixed(l.imported.at(day), kGwDecimals),
                       fixed(l.queued.at(day), kGwDecimals), fixed(l.onsite.at(day), kGwDecimals)});
    }
  }
  return csv;
}

} // namespace gwsim
