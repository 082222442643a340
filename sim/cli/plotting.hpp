/* The plotting side of the CLI: `gwsim report` and `gwsim compare` run the Python script shipped in
 * analysis/report/ (matplotlib, pandas) on a run's output folder; see docs/report.md. */
#ifndef GWSIM_SIM_CLI_PLOTTING_HPP
#define GWSIM_SIM_CLI_PLOTTING_HPP

#include <string>

namespace gwsim {

/** @brief Writes `dir/report/` (each chart as PNG, SVG and the CSV it plots) and `dir/report.html`; prints the page's
 * path unless `quiet`. Returns the exit code: 0, 2 for a missing or malformed folder or file, or when Python,
 * matplotlib or pandas is missing (its message on stderr, `gwsim: error: ...`), 1 for an internal error.
 * Throws InputError when `dir` is not a folder. */
int make_report(const std::string& dir, bool quiet = false);

/** @brief Prints the milestone and timeline differences between two runs' folders and writes the comparison chart and
 * its data to `out` (default: `dir_b/compare`). Exit codes as make_report's. */
int compare_runs(const std::string& dir_a, const std::string& dir_b, const std::string& out);

} // namespace gwsim

#endif
