/* `gwsim sensitivity`: each uncertain input (or group of inputs) swung from its P10 to its P90 with every other at
 * its median, and the effect on a milestone date, ranked (tornado data in sensitivity.csv). */
#ifndef GWSIM_SIM_ENSEMBLE_SENSITIVITY_HPP
#define GWSIM_SIM_ENSEMBLE_SENSITIVITY_HPP

#include "sim/ensemble/replica_result.hpp"
#include "sim/ensemble/results_db.hpp"
#include "sim/load/loader.hpp"

#include <string>
#include <vector>

namespace gwsim {

struct SensitivityArguments {
  std::string scenario;
  std::string output; // default out/<scenario name>-sensitivity
  std::vector<std::string> sets;
  std::string metric = "10_gw"; // N_gw: the date N GW is first online (N a summary milestone)
  unsigned jobs      = 0;       // 0: one per core
  bool quiet         = false;
};

/** @brief The milestone GW of a metric `N_gw`; InputError when it is not one of summary.json's milestones. */
double sensitivity_metric_gw(const std::string& metric);

/** @brief One input's swing: its stream, the metric (days, kNever when not reached) at P10, at P90. */
struct Swing {
  std::string input; // `group NAME` or a key path
  std::string paths; // the key paths it moves, space-separated
  double at_low  = 0;
  double at_high = 0;
};

/** @brief sensitivity.csv: `rank,input,paths,median,at_p10,at_p90,swing_days`, largest swing first (a swing in
 * which one side never reaches the milestone first of all, its swing_days empty). */
std::string sensitivity_csv(std::vector<Swing> swings, double median_day, Date start);

/** @brief What a resumed sensitivity analysis must share with the first run: command "sensitivity", scenario name, a
 * hash of its text and `--set`s, gwsim's version, the metric, the number of runs (1 + 2 per input). */
EnsembleIdentity sensitivity_identity(const ScenarioSource& source, const SensitivityArguments& args,
                                      std::uint64_t runs);

/** @brief Runs the median and every swing not yet in OUTPUT/sensitivity.sqlite in child processes, commits them there
 * and writes OUTPUT/sensitivity.csv from the database (so a killed analysis, run again, runs only what is missing). */
int run_sensitivity(const SensitivityArguments& args);

} // namespace gwsim

#endif
