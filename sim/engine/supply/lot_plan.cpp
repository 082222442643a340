#include "sim/engine/supply/lot_plan.hpp"

#include "sim/model/schedule.hpp"

#include <algorithm>

namespace gwsim {

double produced_between(const DaySchedule<Rate>& rate, double from, double to)
{
  double total = 0;
  for (std::size_t i = 0; i < rate.changes.size(); ++i) {
    const double seg_from = std::max(from, rate.changes[i].day);
    const double seg_to   = i + 1 < rate.changes.size() ? std::min(to, rate.changes[i + 1].day) : to;
    if (seg_to > seg_from) total += rate.changes[i].value.per_day * (seg_to - seg_from);
  }
  return total;
}

namespace {

/** @brief The end of a lot begun at `from`: `lot` days later, or earlier where the rate drops to zero. */
double lot_end(const DaySchedule<Rate>& rate, double from, double lot)
{
  for (const auto& c : rate.changes)
    if (c.day > from && c.day < from + lot && c.value.per_day <= 0) return c.day;
  return from + lot;
}

/** @brief The first day at or after `from` with a positive rate, or a negative number when there is none. */
double next_production_day(const DaySchedule<Rate>& rate, double from)
{
  if (rate.at(from).per_day > 0) return from;
  for (const auto& c : rate.changes)
    if (c.day > from && c.value.per_day > 0) return c.day;
  return -1;
}

} // namespace

int product_at(const Scenario& s, const Supplier& supplier, double day)
{
  const auto& p = supplier.product;
  if (!p.constant && (p.steps.empty() || day < static_cast<double>(p.steps.front().from - s.start))) return -1;
  return p.at(s.start.add_days(whole_day(day)));
}

std::vector<PlannedLot> plan_lots(const Scenario& scenario, std::size_t index, const DaySchedule<Rate>& rate)
{
  const Supplier& supplier = scenario.suppliers[index];
  const auto share         = DaySchedule<Share>::from(supplier.share, scenario.start);
  const double horizon     = scenario.horizon_days();
  std::vector<PlannedLot> lots;
  double day = 0;
  while (day < horizon) {
    const double begin = next_production_day(rate, day);
    if (begin < 0 || begin >= horizon) break;
    const double end  = lot_end(rate, begin, supplier.lot.days);
    const double made = produced_between(rate, begin, end);
    lots.push_back({begin, end, made, product_at(scenario, supplier, begin), made * share.at(begin).fraction});
    day = end;
  }
  return lots;
}

} // namespace gwsim
