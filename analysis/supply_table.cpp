#include "analysis/supply_table.hpp"

#include "analysis/format.hpp"
#include "analysis/timeline.hpp"
#include "sim/engine/supply/lot_plan.hpp"

#include <algorithm>

namespace gwsim {
namespace {

/** @brief Units of a stage (wafers, stacks, accelerators) as supply.csv writes them. */
constexpr int kUnitsDecimals = 3;

/** @brief The days [from, to) of the report step that starts at dates[k]: up to the next date, or the horizon. */
std::pair<std::size_t, std::size_t> step_days(const Scenario& s, const std::vector<Date>& dates, std::size_t k)
{
  const auto day   = [&s](Date d) { return static_cast<std::size_t>(std::max(0L, d - s.start)); };
  const auto limit = static_cast<std::size_t>(s.horizon_days());
  return {std::min(day(dates[k]), limit), k + 1 < dates.size() ? std::min(day(dates[k + 1]), limit) : limit};
}

double sum(const std::vector<double>& daily, std::size_t from, std::size_t to)
{
  double total = 0;
  for (std::size_t d = from; d < to; ++d)
    total += daily[d];
  return total;
}

std::string node_name(const Scenario& s, const ChainPlan& chain, std::size_t node)
{
  return node < chain.stage_count ? s.stages[node].name : s.suppliers[node - chain.stage_count].name;
}

/** @brief Accelerators a supplier made in the lot under way at `day` (handed out when the lot ends). */
double in_lot_under_way(const std::vector<PlannedLot>& lots, const DaySchedule<Rate>& output, double day)
{
  for (const PlannedLot& lot : lots)
    if (lot.begin < day && day < lot.end) return produced_between(output, lot.begin, day);
  return 0;
}

} // namespace

int supply_binding_node(const Scenario& s, const ChainPlan& chain, std::size_t from, std::size_t to)
{
  std::vector<double> weight(chain.nodes.size(), 0.0);
  for (std::size_t i = 0; i < s.suppliers.size(); ++i) {
    const std::size_t node = chain.stage_count + i;
    for (std::size_t d = from; d < to; ++d)
      if (product_at(s, s.suppliers[i], static_cast<double>(d)) >= 0)
        weight[chain.root_limit(node, d)] += chain.nodes[node].capacity[d];
  }
  const auto heaviest = std::max_element(weight.begin(), weight.end());
  return heaviest == weight.end() || *heaviest <= 0 ? -1 : static_cast<int>(heaviest - weight.begin());
}

std::vector<std::string> supply_binding(const Scenario& s, const ChainPlan& chain, const std::vector<Date>& dates)
{
  std::vector<std::string> names;
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const auto [from, to] = step_days(s, dates, k);
    const int node        = supply_binding_node(s, chain, from, to);
    names.push_back(node < 0 ? "" : node_name(s, chain, static_cast<std::size_t>(node)));
  }
  return names;
}

namespace {

/** @brief By stage: the equipment drawn on it, as (day, units) in the record's order (by day). */
std::vector<std::vector<std::pair<double, double>>> equipment_draws(const Scenario& s, const EventRecord& events)
{
  std::vector<std::vector<std::pair<double, double>>> draws(s.stages.size());
  for (const Event& e : events) {
    if (e.kind != EventKind::equipment_drawn) continue;
    for (std::size_t i = 0; i < s.stages.size(); ++i)
      if (s.stages[i].name == e.subject) draws[i].emplace_back(e.day, e.quantity);
  }
  return draws;
}

/** @brief What `draws` took before day `day`. */
double drawn_before(const std::vector<std::pair<double, double>>& draws, double day)
{
  double units = 0;
  for (const auto& [at, drawn] : draws)
    if (at < day - kClockToleranceDays) units += drawn;
  return units;
}

} // namespace

std::string supply_csv(const Scenario& s, const SupplyPlan& supply, const EventRecord& events)
{
  const auto draws       = equipment_draws(s, events);
  const ChainPlan& chain = supply.chain;
  std::vector<std::vector<PlannedLot>> lots;
  for (std::size_t i = 0; i < s.suppliers.size(); ++i)
    lots.push_back(plan_lots(s, i, supply.output[i]));
  std::string csv               = "date,stage,unit,capacity,started,output,inventory,utilization,binding\n";
  const std::vector<Date> dates = report_dates(s);
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const auto [from, to] = step_days(s, dates, k);
    const int binding     = supply_binding_node(s, chain, from, to);
    for (std::size_t n = 0; n < chain.nodes.size(); ++n) {
      const ChainNodeDays& node = chain.nodes[n];
      const bool stage          = n < chain.stage_count;
      const double allowed      = sum(node.capacity, from, to);
      const double started      = sum(node.started, from, to);
      const double on_hand      = stage ? node.inventory[from] - drawn_before(draws[n], static_cast<double>(from))
                                        : in_lot_under_way(lots[n - chain.stage_count], supply.output[n - chain.stage_count],
                                                           static_cast<double>(from));
      csv += csv_line({dates[k].iso(), node_name(s, chain, n), stage ? s.stages[n].unit : "accelerator",
                       fixed(from < chain.days ? node.capacity[from] : 0.0, kUnitsDecimals),
                       fixed(started, kUnitsDecimals), fixed(sum(node.output, from, to), kUnitsDecimals),
                       fixed(on_hand, kUnitsDecimals), fixed(allowed > 0 ? started / allowed : 0.0, kRatioDecimals),
                       static_cast<int>(n) == binding ? "1" : "0"});
    }
  }
  return csv;
}

} // namespace gwsim
