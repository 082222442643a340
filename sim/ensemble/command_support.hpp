/* What the many-run commands (ensemble, sensitivity) share: loading the scenario once, the output folder, the number
 * of jobs, and one run in a child turned into bytes. */
#ifndef GWSIM_SIM_ENSEMBLE_COMMAND_SUPPORT_HPP
#define GWSIM_SIM_ENSEMBLE_COMMAND_SUPPORT_HPP

#include "sim/load/loader.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace gwsim {

/** @brief The scenario file with its `--set KEY=VALUE` overrides, parsed and validated once. */
ScenarioSource load_source(const std::string& file, const std::vector<std::string>& sets);

/** @brief Creates `dir` (and its parents); InputError when it exists and is not a folder. */
void make_output_folder(const std::string& dir);

/** @brief `jobs`, or the number of cores when 0. */
unsigned jobs_or_cores(unsigned jobs);

/** @brief Simulates `scenario`, analyses the run and encodes its ReplicaResult numbered `id` (in a child). */
std::string simulate_and_encode(std::uint64_t id, const Scenario& scenario);

} // namespace gwsim

#endif
