/* Which scenario a single run simulates: the medians (`gwsim run`) or one replica of an ensemble
 * (`gwsim run --replica I`), and the line that says so. */
#ifndef GWSIM_SIM_ENSEMBLE_REPLICA_HPP
#define GWSIM_SIM_ENSEMBLE_REPLICA_HPP

#include "sim/load/loader.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace gwsim {

/** @brief Replica numbers run from 1 to the ensemble's --runs. */
inline constexpr std::uint64_t kFirstReplica = 1;

/** @brief The scenario of replica `replica` (medians when absent) under `seed` (the scenario's when absent); the
 * returned scenario carries that seed. Throws InputError for replica 0. */
Scenario scenario_to_run(const ScenarioSource& source, std::optional<std::uint64_t> seed,
                         std::optional<std::uint64_t> replica);

/** @brief What `gwsim run` prints about the draws: empty without uncertain inputs. */
std::string draws_note(const ScenarioSource& source, std::uint64_t seed, std::optional<std::uint64_t> replica);

} // namespace gwsim

#endif
