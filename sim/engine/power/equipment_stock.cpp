#include "sim/engine/power/equipment_stock.hpp"

#include "sim/model/event.hpp"

#include <algorithm>
#include <cmath>

namespace gwsim {
namespace {
// Units are products of declared ratios and powers: this absorbs rounding when a draw exactly empties the stock.
constexpr double kUnitTolerance = 1e-9;

bool enough(double have, double need)
{
  return have + kUnitTolerance * std::max(1.0, need) >= need;
}
} // namespace

EquipmentStock::EquipmentStock(const Scenario& scenario, const ChainPlan& plan)
    : made_(scenario.stages.size()), drawn_(scenario.stages.size(), 0.0)
{
  const auto stock = [&](const std::vector<EquipmentNeed>& needs) {
    for (const EquipmentNeed& need : needs) {
      // Nothing else consumes an equipment stage (the loader checks it), so its inventory at the start of day d + 1
      // is what it made by the end of day d.
      const auto& inventory = plan.nodes[need.stage].inventory;
      if (made_[need.stage].empty()) made_[need.stage].assign(inventory.begin() + 1, inventory.end());
    }
  };
  for (const Region& region : scenario.regions)
    stock(region.equipment);
  for (const Site& site : scenario.sites)
    if (site.onsite) stock(site.onsite->equipment);
}

double EquipmentStock::on_hand(std::size_t stage, double day) const
{
  const std::vector<double>& made = made_[stage];
  if (made.empty()) return -drawn_[stage];
  const auto d = static_cast<std::size_t>(
      std::clamp(std::floor(day + kClockToleranceDays), 0.0, static_cast<double>(made.size() - 1)));
  return made[d] - drawn_[stage];
}

bool EquipmentStock::covers(const std::vector<EquipmentNeed>& needs, double watts, double day) const
{
  return std::all_of(needs.begin(), needs.end(), [&](const EquipmentNeed& need) {
    return enough(on_hand(need.stage, day), need.units_per_watt * watts);
  });
}

double EquipmentStock::next_day_covering(const std::vector<EquipmentNeed>& needs, double watts, double day) const
{
  double next = std::floor(day + kClockToleranceDays) + 1;
  for (const EquipmentNeed& need : needs) {
    const std::vector<double>& made = made_[need.stage];
    const double units              = need.units_per_watt * watts + drawn_[need.stage];
    // `made` never falls: the first day it covers the need.
    const auto first = std::partition_point(made.begin(), made.end(), [units](double m) { return !enough(m, units); });
    if (first == made.end()) return -1;
    next = std::max(next, static_cast<double>(first - made.begin()));
  }
  return next;
}

void EquipmentStock::draw(const std::vector<EquipmentNeed>& needs, double watts)
{
  for (const EquipmentNeed& need : needs)
    drawn_[need.stage] += need.units_per_watt * watts;
}

} // namespace gwsim
