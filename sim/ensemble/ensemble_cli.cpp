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
  auto* mpi   = e->add_flag("--mpi", ensemble_.mpi,
                            "Run on the ranks of MPI (mpirun -n R, srun --mpi=pmix): rank 0 hands out replicas and "
                              "writes the database; --jobs is then per rank (default 1)");
  auto* slurm = e->add_flag("--slurm", ensemble_.slurm,
                            "Submit to Slurm a job array of --shards shards and a merge job after it (again: "
                            "resubmit only the missing and incomplete shards)");
  slurm->excludes(mpi)->excludes("--shard");
  e->add_option("--shards", ensemble_.shards,
                "With --slurm: number of shards (array tasks; default 10, at most --runs)")
      ->check(CLI::PositiveNumber)
      ->needs(slurm);
  e->add_option("--partition", ensemble_.partition, "With --slurm: the Slurm partition")->needs(slurm);
  e->add_option("--time", ensemble_.time, "With --slurm: each job's time limit, as sbatch --time (e.g. 2:00:00)")
      ->needs(slurm);
  e->add_flag("--dry-run", ensemble_.dry_run, "With --slurm: write the job scripts without submitting them")
      ->needs(slurm);
  ensemble_command_ = e;

  auto* m = app.add_subcommand("merge", "Combine the results.sqlite of ensemble shards into one ensemble");
  m->add_option("shards", merge_dirs_, "Output folders of the shards")->required()->check(CLI::ExistingDirectory);
  m->add_option("-o,--output", merge_output_, "Output folder")->required();
  m->add_flag("-q,--quiet", merge_quiet_, "Print nothing on success");
  merge_command_ = m;

  auto* s = app.add_subcommand("sensitivity", "Swing each uncertain input from its P10 to its P90, the others at their "
                                              "median, and rank the effect on a milestone (sensitivity.csv)");
  s->add_option("scenario", sensitivity_.scenario, "Scenario file (YAML)")->required()->check(CLI::ExistingFile);
  s->add_option("--metric", sensitivity_.metric, "N_gw: the date N GW is first online")->capture_default_str();
  s->add_option("--jobs", sensitivity_.jobs, "Runs simulated at once (default: one per core)")
      ->check(CLI::PositiveNumber);
  s->add_option("-o,--output", sensitivity_.output, "Output folder (default: out/<scenario name>-sensitivity)");
  s->add_option("--set", sensitivity_.sets, "Override a value by key path, as for run")->take_all();
  s->add_flag("-q,--quiet", sensitivity_.quiet, "Print nothing on success");
  sensitivity_command_ = s;

  auto* w = app.add_subcommand("sweep", "Run every combination of the given values (each optionally an ensemble) and "
                                        "compare their milestones (sweep.csv)");
  w->add_option("scenario", sweep_.scenario, "Scenario file (YAML)")->required()->check(CLI::ExistingFile);
  w->add_option("--vary", sweep_.vary, "KEY=v1,v2,...: values of one key path (repeatable)")->required();
  w->add_option("--runs", sweep_.runs, "Replicas per point (default: one run at the medians)")
      ->check(CLI::PositiveNumber);
  w->add_option("--jobs", sweep_.jobs, "Runs simulated at once (default: one per core)")->check(CLI::PositiveNumber);
  w->add_option("-o,--output", sweep_.output, "Output folder (default: out/<scenario name>-sweep)");
  w->add_option("--set", sweep_.sets, "Override a value by key path, as for run")->take_all();
  w->add_option("--seed", sweep_.seed, "Seed of the draws (overrides the scenario's)");
  w->add_flag("-q,--quiet", sweep_.quiet, "Print nothing on success");
  sweep_command_ = w;
}

std::optional<int> EnsembleCommands::dispatch() const
{
  if (*ensemble_command_) return run_ensemble(ensemble_);
  if (*merge_command_) return run_merge(merge_dirs_, merge_output_, merge_quiet_);
  if (*sensitivity_command_) return run_sensitivity(sensitivity_);
  if (*sweep_command_) return run_sweep(sweep_);
  return std::nullopt;
}

} // namespace gwsim
