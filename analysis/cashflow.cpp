#include "analysis/cashflow.hpp"

#include "analysis/format.hpp"
#include "analysis/timeline.hpp"

#include <algorithm>

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

} // namespace

std::string cashflow_csv(const Scenario& scenario, const EventRecord& events, const std::vector<PhaseFacts>& phases)
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
  // Events are in time order and facility rows per phase: one stable sort by day keeps each day's order.
  std::stable_sort(rows.begin(), rows.end(), [](const CashRow& a, const CashRow& b) { return a.day < b.day; });

  std::string csv = "date,from,to,category,amount_usd\n";
  for (const CashRow& r : rows)
    csv += csv_line({date_of_day(scenario.start, r.day), r.from, r.to, r.category, whole(r.usd)});
  return csv;
}

} // namespace gwsim
