/* `gwsim sweep`: the cartesian product of values of some keys, each point run at its medians or as an ensemble, and
 * one table comparing their milestones (sweep.csv). */
#ifndef GWSIM_SIM_ENSEMBLE_SWEEP_HPP
#define GWSIM_SIM_ENSEMBLE_SWEEP_HPP

#include "sim/ensemble/results_db.hpp"
#include "sim/load/loader.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gwsim {

struct SweepArguments {
  std::string scenario;
  std::string output; // default out/<scenario name>-sweep
  std::vector<std::string> sets;
  std::vector<std::string> vary; // KEY=v1,v2,...
  std::optional<std::uint64_t> runs;
  std::optional<std::uint64_t> seed;
  unsigned jobs = 0; // 0: one per core
  bool quiet    = false;
};

/** @brief One `--vary KEY=v1,v2,...`: the key and its values (split on commas outside braces and brackets). */
struct Variation {
  std::string key;
  std::vector<std::string> values;
};
Variation parse_variation(const std::string& text);

/** @brief Every combination of the variations' values, the first variation changing slowest. */
std::vector<std::vector<std::string>> sweep_points(const std::vector<Variation>& variations);

/** @brief What a resumed sweep must share with the first run: command "sweep", scenario name, a hash of its text, the
 * `--set`s and `--vary`s, gwsim's version, the number of points, runs per point ("medians" without --runs), --seed
 * ("scenario" without: each point's own). */
EnsembleIdentity sweep_identity(const ScenarioSource& source, const SweepArguments& args, std::size_t points);

/** @brief Runs every point (medians, or --runs replicas each) not yet in OUTPUT/sweep.sqlite, commits them there
 * and writes OUTPUT/sweep.csv from the database (so a killed sweep, run again, runs only what is missing). */
int run_sweep(const SweepArguments& args);

} // namespace gwsim

#endif
