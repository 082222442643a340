/* The run in a few numbers: summary.json and the lines printed after a run. */
#ifndef GWSIM_ANALYSIS_SUMMARY_HPP
#define GWSIM_ANALYSIS_SUMMARY_HPP

#include "analysis/binding.hpp"
#include "analysis/buildout.hpp"
#include "analysis/phase_table.hpp"
#include "analysis/timeline.hpp"
#include "sim/model/scenario.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace gwsim {

/** @brief The online GW levels whose first date is reported. */
inline constexpr std::array<double, 7> kMilestoneGw{1, 2, 5, 10, 20, 50, 100};

/** @brief A milestone reached: `gw` online first on simulated day `day`. */
struct Milestone {
  double gw  = 0;
  double day = 0;
};

/** @brief What summary.json and the human summary report. */
struct Summary {
  BuildoutState at_end;           // the state on the end date
  std::vector<Milestone> reached; // in increasing GW, only those reached within the horizon
  std::optional<Date> demand_first_met;
  std::size_t phases   = 0;
  std::size_t started  = 0;
  std::size_t complete = 0;                                 // within the horizon
  std::array<std::size_t, kConstraints.size() + 1> bound{}; // started phases bound by each constraint (funding last)
  double peak_funding_gap_usd =
      0; // with funds: the largest excess of capex spent over funds received, on a report date
};

/** @brief The summary of a run from its phase table, buildout and timeline. */
Summary summarize(const Scenario& scenario, const std::vector<PhaseFacts>& phases, const Buildout& buildout,
                  const std::vector<TimelineRow>& rows);

/** @brief summary.json (2-space indent); `wall_seconds` is its only field that varies between identical runs. */
std::string summary_json(const Scenario& scenario, const Summary& summary, double wall_seconds);

/** @brief The few lines printed on stdout after a run. */
std::string summary_text(const Scenario& scenario, const Summary& summary);

} // namespace gwsim

#endif
