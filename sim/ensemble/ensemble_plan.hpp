/* What every way of running an ensemble shares (on one machine, as Slurm shards, under MPI): the shard a process
 * runs, the identity its results.sqlite records, the replicas still to run, the tables written from the database and
 * the line printed at the end. */
#ifndef GWSIM_SIM_ENSEMBLE_ENSEMBLE_PLAN_HPP
#define GWSIM_SIM_ENSEMBLE_ENSEMBLE_PLAN_HPP

#include "sim/ensemble/ensemble_run.hpp"
#include "sim/ensemble/results_db.hpp"
#include "sim/load/loader.hpp"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace gwsim {

/** @brief Shard K of N: the replicas I with (I - 1) mod N = K - 1. */
struct Shard {
  std::uint64_t k = 1;
  std::uint64_t n = 1;
  bool holds(std::uint64_t replica) const;
};

/** @brief "K/N" (empty: the one shard of everything); InputError unless 1 <= K <= N. */
Shard parse_shard(const std::string& text);

/** @brief The gwsim version recorded in every results.sqlite (shards of another version do not merge). */
const char* gwsim_version();

/** @brief The fingerprint of a scenario's text and of the arguments that change what it simulates (`--set`s, a
 * sweep's `--vary`s), as 16 hexadecimal digits. */
std::string scenario_hash(const ScenarioSource& source, const std::vector<std::string>& arguments);

/** @brief What a resumed or merged ensemble must share with this one: scenario name and a hash of its text and
 * `--set`s, gwsim's version, start date, runs, seed, shard (`args.shard`), the shortfall metric. */
EnsembleIdentity ensemble_identity(const ScenarioSource& source, const EnsembleArguments& args, std::uint64_t seed);

/** @brief The replicas of `shard` among 1..runs that are not in `done`, in order. */
std::vector<std::uint64_t> replicas_to_run(std::uint64_t runs, const Shard& shard, const std::set<std::uint64_t>& done);

/** @brief Writes milestones.csv, bands.csv and binding.csv of `db` into `dir`. */
void write_ensemble_tables(const std::string& dir, const ResultsDb& db);

/** @brief The closing lines of `gwsim ensemble`: replicas, how many ran now, uncertain inputs, seed, shard, outputs. */
std::string ensemble_summary(const ScenarioSource& source, const EnsembleArguments& args, std::uint64_t seed,
                             std::size_t replicas, std::size_t run_now, const std::string& dir);

} // namespace gwsim

#endif
