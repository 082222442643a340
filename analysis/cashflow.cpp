#include "analysis/cashflow.hpp"

#include "analysis/format.hpp"
#include "analysis/timeline.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace gwsim {
namespace {

struct CashRow {
  double day;
  std::string from;
  std::string to;
  const char* category;
  double usd;
};

/** @brief A phase's facility capex, spent evenly over [T_s, T_c], cut at the report dates and at the horizon. */
void add_facility(const Scenario& scenario, const PhaseFacts& f, const std::vector<double>& steps,
                  std::vector<CashRow>& rows)
{
  const double total   = scenario.finance.facility.usd_per_watt * f.it_w;
  const double horizon = scenario.horizon_days();
  const double build   = f.build_end - f.build_start;
  if (total <= 0) return;
  if (build <= 0) {
    rows.push_back({f.build_start, kBuyer, "construction", "facility", total});
    return;
  }
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const double from = std::max(steps[i], f.build_start);
    const double to   = std::min({i + 1 < steps.size() ? steps[i + 1] : horizon, f.build_end, horizon});
    if (to > from) rows.push_back({from, kBuyer, "construction", "facility", total * (to - from) / build});
  }
}

/** @brief A loan's interest (a fund with a `rate`): on the first of each month after the start, up to the horizon,
 * rate ÷ 12 of what the buyer owed the lender on the first of the month before (its draws received by that day and the
 * interest accrued until then: monthly compounding), added to what it owes (docs/model.md, "Money"). */
void add_interest(const Scenario& scenario, const Fund& loan, const EventRecord& events, std::vector<CashRow>& rows)
{
  std::vector<std::pair<double, double>> draws; // (day, USD) received from this fund
  for (const Event& e : events)
    if (e.kind == EventKind::funds_received && e.actor == loan.name) draws.emplace_back(e.day, e.quantity);
  const std::string lender = loan.from.empty() ? loan.name : loan.from;
  const double monthly     = loan.rate->fraction / 12;
  double accrued           = 0;
  Date month               = Date::from_ymd(scenario.start.year(), scenario.start.month(), 1);
  for (Date next = month.add_months(1); next <= scenario.end; month = next, next = next.add_months(1)) {
    const double owed_from = static_cast<double>(month - scenario.start);
    double owed            = accrued;
    for (const auto& [day, usd] : draws)
      if (day <= owed_from + 1e-6) owed += usd;
    if (owed <= 0) continue;
    accrued += owed * monthly;
    rows.push_back({static_cast<double>(next - scenario.start), kBuyer, lender, "interest", owed * monthly});
  }
}

/** @brief What the phases of each region with a `price` drew over each report step, at that price (docs/model.md,
 * "Power: energy"): one row per region and step with a positive amount, dated at the step's date, as facility capex. */
void add_electricity(const Scenario& scenario, const EnergyUse& energy, const std::vector<double>& steps,
                     std::vector<CashRow>& rows)
{
  const double horizon = scenario.horizon_days();
  for (std::size_t r = 0; r < scenario.regions.size(); ++r) {
    const double price = energy.price_per_mwh(r);
    if (price <= 0) continue;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const double to  = std::min(i + 1 < steps.size() ? steps[i + 1] : horizon, horizon);
      const double mwh = energy.energy_mwh(r, to) - energy.energy_mwh(r, steps[i]);
      if (mwh > 0) rows.push_back({steps[i], kBuyer, scenario.regions[r].name, "electricity", mwh * price});
    }
  }
}

} // namespace

std::string cashflow_csv(const Scenario& scenario, const EventRecord& events, const std::vector<PhaseFacts>& phases,
                         const EnergyUse& energy)
{
  std::vector<CashRow> rows;
  for (const Event& e : events) {
    if (e.kind == EventKind::funds_received)
      rows.push_back({e.day, e.subject.empty() ? e.actor : e.subject, kBuyer, "funding", e.quantity});
    else if (e.kind == EventKind::paid)
      rows.push_back({e.day, kBuyer, e.actor, "accelerators", e.quantity});
  }
  std::vector<double> steps;
  for (Date d : report_dates(scenario))
    steps.push_back(static_cast<double>(d - scenario.start));
  for (const PhaseFacts& f : phases)
    if (f.started()) add_facility(scenario, f, steps, rows);
  for (const Fund& fund : scenario.finance.funds)
    if (fund.rate) add_interest(scenario, fund, events, rows);
  add_electricity(scenario, energy, steps, rows);
  // Events are in time order and facility rows per phase: one stable sort by day keeps each day's order.
  std::stable_sort(rows.begin(), rows.end(), [](const CashRow& a, const CashRow& b) { return a.day < b.day; });

  std::string csv = "date,from,to,category,amount_usd\n";
  for (const CashRow& r : rows)
    csv += csv_line({date_of_day(scenario.start, r.day), r.from, r.to, r.category, whole(r.usd)});
  return csv;
}

} // namespace gwsim
