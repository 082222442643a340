/* Runs kept in a ResultsDb (an ensemble's replicas, a sweep's runs, a sensitivity analysis's swings): the runs not
 * yet in the database are simulated in children and committed in batches, so a command killed midway, run again with
 * the same arguments, runs only what is missing and ends with the same database. */
#ifndef GWSIM_SIM_ENSEMBLE_STORED_RUNS_HPP
#define GWSIM_SIM_ENSEMBLE_STORED_RUNS_HPP

#include "sim/ensemble/results_db.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gwsim {

/** @brief A batch is committed once it holds kBatchRuns results, or kBatchInterval after the last commit: one
 * transaction per batch instead of one per run, and a SIGKILL loses at most the runs of the last quarter second
 * (run again on resume; committed runs are never lost or duplicated). */
inline constexpr std::size_t kBatchRuns = 64;
inline constexpr std::chrono::milliseconds kBatchInterval{250};

/** @brief Runs `work(id)` for each of `ids` in children, `jobs` at once (run_in_children), decodes each result and
 * commits it to `db` in batches; a progress line on stderr when `shown`. A failed run stops new launches; the results
 * received are committed before the error is thrown. */
void run_and_commit(ResultsDb& db, const std::vector<std::uint64_t>& ids, unsigned jobs, bool shown,
                    const std::function<std::string(std::uint64_t)>& work);

/** @brief `DIR/NAME`: an ensemble's database is results.sqlite, a sweep's sweep.sqlite, a sensitivity analysis's
 * sensitivity.sqlite (so that `gwsim sensitivity -o` into an ensemble's folder adds the tornado's data to it). */
std::string database_path(const std::string& dir, const char* name);

} // namespace gwsim

#endif
