/* `gwsim ensemble` and `gwsim merge`: replicas of one scenario run in child processes into results.sqlite, then
 * milestones.csv, bands.csv and binding.csv from the database (so a resumed, sharded or merged ensemble writes the
 * same tables as one uninterrupted run). */
#ifndef GWSIM_SIM_ENSEMBLE_ENSEMBLE_RUN_HPP
#define GWSIM_SIM_ENSEMBLE_ENSEMBLE_RUN_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gwsim {

struct EnsembleArguments {
  std::string scenario;
  std::string output; // default out/<scenario name>-ensemble
  std::vector<std::string> sets;
  std::optional<std::uint64_t> seed;
  std::uint64_t runs = 0;
  unsigned jobs      = 0; // 0: one per core
  std::string shard;      // "K/N", empty: all replicas
  bool quiet = false;
  bool mpi   = false; // replicas handed out to MPI ranks (sim/ensemble/mpi_ensemble.hpp)
  // Slurm (sim/ensemble/slurm_submit.hpp): a job array of `shards` shards and a dependent merge job.
  bool slurm           = false;
  std::uint64_t shards = 0; // 0: the default, kDefaultSlurmShards or fewer
  std::string partition;
  std::string time;
  bool dry_run = false;
};

/** @brief Runs the replicas missing from OUTPUT/results.sqlite and writes the tables (with `--slurm`, submits
 * them; with `--mpi`, runs them on the MPI ranks); returns the exit code. */
int run_ensemble(const EnsembleArguments& args);

/** @brief The same on this machine only: the replicas missing from OUTPUT/results.sqlite in forked children. */
int run_ensemble_here(const EnsembleArguments& args);

/** @brief Combines the databases of `shard_dirs` into `output` (same identity but the shard) and writes the tables. */
int run_merge(const std::vector<std::string>& shard_dirs, const std::string& output, bool quiet);

} // namespace gwsim

#endif
