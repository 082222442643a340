/* timeline.csv: the buildout against demand on each report date (DESIGN.md, "Outputs"). */
#ifndef GWSIM_ANALYSIS_TIMELINE_HPP
#define GWSIM_ANALYSIS_TIMELINE_HPP

#include "analysis/buildout.hpp"
#include "sim/model/date.hpp"
#include "sim/model/scenario.hpp"

#include <string>
#include <vector>

namespace gwsim {

/** @brief The report dates from start to end inclusive: months and years keep the start's day of the month (clamped
 * to short months), days and weeks add days. */
std::vector<Date> report_dates(const Scenario& scenario);

/** @brief One timeline row: the state as of a date's day, counting events at or before it. */
struct TimelineRow {
  Date date;
  double day    = 0; // date − start
  double demand = 0; // in the demand's unit
  BuildoutState state;
  std::string supply_binding; // with stages: the chain node that binds the supply over the step from this date

  /** @brief max(0, demand − online), in the demand's unit. */
  double shortfall(Demand::Unit unit) const;
};

/** @brief The row of one simulated day. */
TimelineRow timeline_row(const Scenario& scenario, const Buildout& buildout, Date date);

/** @brief One row per report date. */
std::vector<TimelineRow> timeline(const Scenario& scenario, const Buildout& buildout);

/** @brief timeline.csv. With demand in accelerators or PFLOP/s, demand_gw and shortfall_gw stay empty and
 * `demand_UNIT,shortfall_UNIT` are appended (the contract is extended, never changed). */
std::string timeline_csv(const Scenario& scenario, const std::vector<TimelineRow>& rows);

} // namespace gwsim

#endif
