#include "sim/ensemble/ensemble_run.hpp"

#include "sim/ensemble/command_support.hpp"
#include "sim/ensemble/ensemble_plan.hpp"
#include "sim/ensemble/mpi_ensemble.hpp"
#include "sim/ensemble/progress.hpp"
#include "sim/ensemble/replica.hpp"
#include "sim/ensemble/results_db.hpp"
#include "sim/ensemble/slurm_submit.hpp"
#include "sim/ensemble/stored_runs.hpp"
#include "sim/load/quantity_parse.hpp"

#include <filesystem>
#include <iostream>

namespace gwsim {

namespace fs = std::filesystem;

int run_ensemble(const EnsembleArguments& args)
{
  if (args.slurm) return submit_to_slurm(args);
  if (args.mpi) return run_ensemble_mpi(args);
  return run_ensemble_here(args);
}

int run_ensemble_here(const EnsembleArguments& args)
{
  const ScenarioSource source = load_source(args.scenario, args.sets);
  const Shard shard           = parse_shard(args.shard);
  if (args.runs < 1) throw InputError("--runs: expected a number of replicas of at least 1, found 0");
  const std::uint64_t seed = args.seed.value_or(source.medians().seed);
  const std::string dir    = args.output.empty() ? "out/" + source.medians().name + "-ensemble" : args.output;

  make_output_folder(dir);
  ResultsDb db(database_path(dir, "results.sqlite"), ensemble_identity(source, args, seed));
  const std::vector<std::uint64_t> missing = replicas_to_run(args.runs, shard, db.replicas());
  run_and_commit(
      db, missing, jobs_or_cores(args.jobs), !args.quiet && stderr_is_terminal(),
      [&](std::uint64_t replica) { return simulate_and_encode(replica, scenario_to_run(source, seed, replica)); });
  write_ensemble_tables(dir, db);
  if (!args.quiet) std::cout << ensemble_summary(source, args, seed, db.replicas().size(), missing.size(), dir);
  return 0;
}

int run_merge(const std::vector<std::string>& shard_dirs, const std::string& output, bool quiet)
{
  std::vector<std::unique_ptr<ResultsDb>> shards;
  EnsembleIdentity identity;
  std::set<std::string> seen_shards;
  for (const std::string& dir : shard_dirs) {
    const std::string path = database_path(dir, "results.sqlite");
    if (!fs::exists(path)) throw InputError(dir + ": no results.sqlite (expected the folder of an ensemble shard)");
    shards.push_back(std::make_unique<ResultsDb>(path));
    EnsembleIdentity shard_identity = shards.back()->identity();
    if (shard_identity.count("command"))
      throw InputError(dir + ": holds " + what_it_holds(shard_identity) + ", not the shard of an ensemble");
    if (!seen_shards.insert(shard_identity["shard"]).second)
      throw InputError(dir + ": shard " + gwsim::quoted(shard_identity["shard"]) + " given twice");
    shard_identity["shard"] = "";
    if (identity.empty()) identity = shard_identity;
    if (shard_identity != identity)
      throw InputError(dir + ": not a shard of the ensemble of " + shard_dirs.front() + " (" +
                       identity_difference(shard_identity, identity) +
                       "): the shards of one ensemble run the same scenario text, --set, runs and seed with the same "
                       "gwsim version");
  }
  make_output_folder(output);
  ResultsDb merged(database_path(output, "results.sqlite"), identity);
  for (const auto& shard : shards)
    for (const ReplicaResult& r : shard->results())
      merged.add(r);
  write_ensemble_tables(output, merged);
  const std::size_t have = merged.replicas().size();
  const std::string runs = identity["runs"];
  if (std::to_string(have) != runs)
    std::cerr << "gwsim merge: " << have << " of " << runs << " replicas (some shards are missing or unfinished)\n";
  if (!quiet) std::cout << identity["scenario"] << ": " << have << " replicas merged\noutputs: " << output << "/\n";
  return 0;
}

} // namespace gwsim
