/* From the event record to the output files and the human summary. Knows nothing of SimGrid. */
#ifndef GWSIM_ANALYSIS_REPORT_HPP
#define GWSIM_ANALYSIS_REPORT_HPP

#include "analysis/phase_table.hpp"
#include "analysis/summary.hpp"
#include "analysis/timeline.hpp"
#include "sim/engine/supply/chain_plan.hpp"
#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

#include <string>
#include <vector>

namespace gwsim {

/** @brief Everything the outputs are made of, computed once from a run's record. */
struct Analysis {
  std::vector<PhaseFacts> phases;
  std::vector<TimelineRow> rows;
  Summary summary;
  EnergyUse energy;  // what the phases drew, by region (cashflow.csv's electricity)
  SupplyPlan supply; // with stages: the chain behind supply.csv and the timeline's supply_binding
};

/** @brief The phase table, timeline and summary of a run. */
Analysis analyze(const Scenario& scenario, const EventRecord& events);

/** @brief Writes timeline.csv, phases.csv, events.csv and summary.json into `dir` (created if needed), each
 * atomically (temporary name, then rename). Throws std::runtime_error when a file cannot be written. */
void write_outputs(const std::string& dir, const Scenario& scenario, const EventRecord& events, double wall_seconds);

/** @brief The short summary printed on stdout after a run. */
std::string human_summary(const Scenario& scenario, const EventRecord& events);

} // namespace gwsim

#endif
