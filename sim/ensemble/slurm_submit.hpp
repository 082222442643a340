/* `gwsim ensemble --slurm`: an ensemble as a Slurm job array, one task per shard (each `gwsim ensemble --shard K/S`
 * into DIR/shards/K, reading the copy DIR/scenario.yaml), and a merge job after it (`gwsim merge` into DIR); the
 * scripts are written to DIR/slurm/ and submitted with sbatch (not with --dry-run). Run again, it resubmits only the
 * shards that are missing or incomplete. docs/cluster.md. */
#ifndef GWSIM_SIM_ENSEMBLE_SLURM_SUBMIT_HPP
#define GWSIM_SIM_ENSEMBLE_SLURM_SUBMIT_HPP

#include "sim/ensemble/ensemble_run.hpp"

#include <cstdint>

namespace gwsim {

/** @brief Shards when --shards is not given (fewer when there are fewer replicas). */
inline constexpr std::uint64_t kDefaultSlurmShards = 10;

/** @brief Writes the scripts of `args` (its `slurm` set) and, unless `args.dry_run`, submits the shards still to run
 * and the merge job; returns the exit code. */
int submit_to_slurm(const EnsembleArguments& args);

} // namespace gwsim

#endif
