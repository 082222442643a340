#include "sim/ensemble/ensemble_cli.hpp"

namespace gwsim {

EnsembleCommands::EnsembleCommands(CLI::App& app)
{
  auto* e = app.add_subcommand("ensemble", "Run replicas of a scenario's distributions and write results.sqlite, "
                                           "milestones.csv, bands.csv and binding.csv");
  e->add_option("scenario", ensemble_.scenario, "Scenario file (YAML)")->required()->check(CLI::ExistingFile);
  e->add_option("--runs", ensemble_.runs, "Number of replicas")->required()->check(CLI::PositiveNumber);
  e->add_option("--jobs", ensemble_.jobs, "Replicas simulated at once (default: one per core)")
      ->check(CLI::PositiveNumber);
  e->add_option("--shard", ensemble_.shard, "Run only shard K of N (K/N) of the replicas");
  e->add_option("-o,--output", ensemble_.output, "Output folder (default: out/<scenario name>-ensemble)");
  e->add_option("--set", ensemble_.sets, "Override a value by key path, as for run")->take_all();
  e->add_option("--seed", ensemble_.seed, "Seed of the draws (overrides the scenario's)");
  e->add_flag("-q,--quiet", ensemble_.quiet, "Print nothing on success, and no progress line");
  ensemble_command_ = e;

  auto* m = app.add_subcommand("merge", "Combine the results.sqlite of ensemble shards into one ensemble");
  m->add_option("shards", merge_dirs_, "Output folders of the shards")->required()->check(CLI::ExistingDirectory);
  m->add_option("-o,--output", merge_output_, "Output folder")->required();
  m->add_flag("-q,--quiet", merge_quiet_, "Print nothing on success");
  merge_command_ = m;
}

std::optional<int> EnsembleCommands::dispatch() const
{
  if (*ensemble_command_) return run_ensemble(ensemble_);
  if (*merge_command_) return run_merge(merge_dirs_, merge_output_, merge_quiet_);
  return std::nullopt;
}

} // namespace gwsim
