#include "analysis/timeline.hpp"

#include "analysis/demand.hpp"
#include "analysis/format.hpp"

#include <algorithm>

namespace gwsim {
namespace {

Date report_date(const Scenario& scenario, int k)
{
  const int n = k * scenario.step.count;
  switch (scenario.step.unit) {
  case ReportStep::Unit::days:
    return scenario.start.add_days(n);
  case ReportStep::Unit::weeks:
    return scenario.start.add_days(7L * n);
  case ReportStep::Unit::months:
    return scenario.start.add_months(n);
  case ReportStep::Unit::years:
    return scenario.start.add_months(12 * n);
  }
  return scenario.start;
}

// The demand columns in the unit's place: GW in the contract's own columns, other units appended.
std::string demand_field(const Scenario& scenario, double value)
{
  switch (scenario.demand.unit) {
  case Demand::Unit::gw:
    return fixed(value, kGwDecimals);
  case Demand::Unit::accelerators:
    return whole(value);
  case Demand::Unit::pflops:
    return fixed(value, kPflopsDecimals);
  }
  return "";
}

} // namespace

std::vector<Date> report_dates(const Scenario& scenario)
{
  std::vector<Date> dates;
  // From the start each time (start + k steps), so that a clamped Feb 28 does not drag later months to the 28th.
  for (int k = 0;; ++k) {
    const Date d = report_date(scenario, k);
    if (scenario.end < d) break;
    dates.push_back(d);
  }
  return dates;
}

double TimelineRow::shortfall(Demand::Unit unit) const
{
  return std::max(0.0, demand - state.online_in(unit));
}

TimelineRow timeline_row(const Scenario& scenario, const Buildout& buildout, Date date)
{
  TimelineRow row;
  row.date   = date;
  row.day    = static_cast<double>(date - scenario.start);
  row.demand = demand_at(scenario, row.day);
  row.state  = buildout.at(row.day);
  return row;
}

std::vector<TimelineRow> timeline(const Scenario& scenario, const Buildout& buildout)
{
  std::vector<TimelineRow> rows;
  for (Date d : report_dates(scenario))
    rows.push_back(timeline_row(scenario, buildout, d));
  return rows;
}

std::string timeline_csv(const Scenario& scenario, const std::vector<TimelineRow>& rows)
{
  const Demand::Unit unit = scenario.demand.unit;
  const bool in_gw        = unit == Demand::Unit::gw;
  std::string csv         = "date,demand_gw,online_gw,online_accelerators,online_pflops,delivered_accelerators,"
                            "waiting_accelerators,energized_gw,requested_gw,building_gw,capex_usd,shortfall_gw";
  if (!in_gw) csv += std::string(",demand_") + demand_unit_suffix(unit) + ",shortfall_" + demand_unit_suffix(unit);
  // With funds: the money columns, and one circularity column per investor that is also a supplier.
  const bool gated                         = !scenario.finance.funds.empty();
  const std::vector<std::string> investors = circular_investors(scenario);
  if (gated) csv += ",funds_received_usd,funds_committed_usd,funds_available_usd";
  for (const std::string& investor : investors)
    csv += ",circularity_" + investor;
  const bool chained = !scenario.stages.empty();
  if (chained) csv += ",supply_binding";
  // With the power extensions: what the phases draw, and its cost when a region has a price.
  const bool power  = uses_power_extensions(scenario);
  const bool priced = std::any_of(scenario.regions.begin(), scenario.regions.end(),
                                  [](const Region& region) { return region.price.has_value(); });
  if (power) csv += ",draw_gw,energy_mwh";
  if (priced) csv += ",energy_cost_usd";
  // With accelerator prices: what the accelerators delivered but not online cost.
  const bool valued = prices_accelerators(scenario);
  if (valued) csv += ",waiting_usd";
  csv += '\n';
  for (const TimelineRow& r : rows) {
    const BuildoutState& s     = r.state;
    const std::string demand   = demand_field(scenario, r.demand);
    const std::string shortage = demand_field(scenario, r.shortfall(unit));
    std::vector<std::string> fields{
        r.date.iso(),
        in_gw ? demand : "",
        fixed(s.online_gw, kGwDecimals),
        whole(s.online_accelerators),
        fixed(s.online_pflops, kPflopsDecimals),
        whole(s.delivered_accelerators),
        whole(s.waiting_accelerators()),
        fixed(s.energized_gw, kGwDecimals),
        fixed(s.requested_gw, kGwDecimals),
        fixed(s.building_gw, kGwDecimals),
        whole(s.capex_usd),
        in_gw ? shortage : "",
    };
    if (!in_gw) {
      fields.push_back(demand);
      fields.push_back(shortage);
    }
    if (gated) {
      fields.push_back(whole(s.funds_received_usd));
      fields.push_back(whole(s.funds_committed_usd));
      fields.push_back(whole(s.funds_received_usd - s.funds_committed_usd));
    }
    for (double c : s.circularity)
      fields.push_back(fixed(c, kRatioDecimals));
    if (chained) fields.push_back(r.supply_binding);
    if (power) {
      fields.push_back(fixed(s.draw_gw, kGwDecimals));
      fields.push_back(fixed(s.energy_mwh, kEnergyDecimals));
    }
    if (priced) fields.push_back(whole(s.energy_cost_usd));
    if (valued) fields.push_back(whole(s.waiting_usd));
    csv += csv_line(fields);
  }
  return csv;
}

} // namespace gwsim
