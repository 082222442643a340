#include "sim/ensemble/slurm_submit.hpp"

#include "analysis/atomic_file.hpp"
#include "sim/ensemble/command_support.hpp"
#include "sim/ensemble/ensemble_plan.hpp"
#include "sim/ensemble/external_command.hpp"
#include "sim/ensemble/results_db.hpp"
#include "sim/load/quantity_parse.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace gwsim {
namespace {

namespace fs = std::filesystem;

std::string file_text(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/** @brief `text` as one shell word. */
std::string shell_word(const std::string& text)
{
  std::string word = "'";
  for (char c : text)
    word += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return word + "'";
}

/** @brief 1,2,3,5 → "1-3,5" (a Slurm --array list). */
std::string array_list(const std::vector<std::uint64_t>& shards)
{
  std::string list;
  for (std::size_t i = 0; i < shards.size();) {
    std::size_t j = i;
    while (j + 1 < shards.size() && shards[j + 1] == shards[j] + 1)
      ++j;
    list += (list.empty() ? "" : ",") + std::to_string(shards[i]) + (j > i ? "-" + std::to_string(shards[j]) : "");
    i = j + 1;
  }
  return list;
}

/** @brief The #SBATCH lines every job of the ensemble shares. */
std::string common_directives(const EnsembleArguments& args, const std::string& name)
{
  std::string lines = "#SBATCH --job-name=" + name + "\n";
  if (!args.partition.empty()) lines += "#SBATCH --partition=" + args.partition + "\n";
  if (!args.time.empty()) lines += "#SBATCH --time=" + args.time + "\n";
  return lines;
}

/** @brief What every shard was and must be: the folder, the scenario copy, the resolved arguments. */
struct SlurmEnsemble {
  const EnsembleArguments& args;
  const ScenarioSource& source;
  fs::path dir;
  std::uint64_t shards;
  std::uint64_t seed;

  fs::path shard_dir(std::uint64_t k) const { return dir / "shards" / std::to_string(k); }
  fs::path scripts() const { return dir / "slurm"; }
  unsigned cpus() const { return args.jobs > 0 ? args.jobs : 1; }

  std::string shard_script(const std::vector<std::uint64_t>& to_run) const
  {
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    std::string command    = "exec " + shell_word(self) + " ensemble " + shell_word((dir / "scenario.yaml").string()) +
                          " --runs " + std::to_string(args.runs) + " --seed " + std::to_string(seed) +
                          " --shard \"$SLURM_ARRAY_TASK_ID/" + std::to_string(shards) + "\" -o " +
                          shell_word((dir / "shards").string()) + "/\"$SLURM_ARRAY_TASK_ID\" --jobs \"${" +
                          "SLURM_CPUS_PER_TASK:-" + std::to_string(cpus()) + "}\" --quiet";
    for (const std::string& set : args.sets)
      command += " --set " + shell_word(set);
    return "#!/bin/bash\n# gwsim ensemble --slurm: one array task per shard of " + source.medians().name + " (" +
           std::to_string(args.runs) + " replicas in " + std::to_string(shards) + " shards).\n# Task K runs shard K/" +
           std::to_string(shards) +
           " into shards/K; its results.sqlite commits each replica, so a cancelled or failed task\n"
           "# resumes where it stopped when the same `gwsim ensemble ... --slurm` runs again.\n" +
           common_directives(args, "gwsim-" + source.medians().name) + "#SBATCH --array=" + array_list(to_run) +
           "\n#SBATCH --cpus-per-task=" + std::to_string(cpus()) +
           "\n#SBATCH --output=" + (scripts() / "shard-%a.log").string() + "\n" + command + "\n";
  }

  std::string merge_script() const
  {
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    return "#!/bin/bash\n"
           "# gwsim ensemble --slurm: merges the shards that have results into the ensemble folder, after the array "
           "job,\n# whatever became of its tasks (the same `gwsim ensemble ... --slurm` again resubmits the missing "
           "and incomplete ones).\n" +
           common_directives(args, "gwsim-" + source.medians().name + "-merge") +
           "#SBATCH --cpus-per-task=1\n#SBATCH --output=" + (scripts() / "merge.log").string() +
           "\nshards=()\nfor d in " + shell_word((dir / "shards").string()) +
           "/*/; do\n  [ -f \"$d/results.sqlite\" ] && shards+=(\"$d\")\ndone\n"
           "[ ${#shards[@]} -gt 0 ] || { echo \"gwsim merge: no shard has results\" >&2; exit 1; }\nexec " +
           shell_word(self) + " merge \"${shards[@]}\" -o " + shell_word(dir.string()) + " --quiet\n";
  }

  /** @brief The shards without all their replicas; InputError for a shard database of other arguments. */
  std::vector<std::uint64_t> unfinished() const
  {
    std::vector<std::uint64_t> left;
    for (std::uint64_t k = 1; k <= shards; ++k) {
      const fs::path db_path = shard_dir(k) / "results.sqlite";
      if (!fs::exists(db_path)) {
        left.push_back(k);
        continue;
      }
      EnsembleArguments shard_args = args;
      shard_args.shard             = std::to_string(k) + "/" + std::to_string(shards);
      const EnsembleIdentity want  = ensemble_identity(source, shard_args, seed);
      const ResultsDb db(db_path.string());
      if (db.identity() != want)
        throw InputError(db_path.string() + ": holds an ensemble of other arguments (" +
                         identity_difference(db.identity(), want) +
                         "); use another output folder, or delete it to start over");
      if (!replicas_to_run(args.runs, parse_shard(shard_args.shard), db.replicas()).empty()) left.push_back(k);
    }
    return left;
  }
};

/** @brief The job id printed by `sbatch --parsable` ("12" or "12;cluster"). */
std::string submit(const std::vector<std::string>& argv)
{
  const CommandOutput run = run_command(argv);
  const std::string id    = run.out.substr(0, run.out.find_first_not_of("0123456789"));
  if (run.exit_code != 0 || id.empty())
    throw InputError("sbatch failed (exit code " + std::to_string(run.exit_code) +
                     "): " + (run.err.empty() ? run.out : run.err) +
                     (run.exit_code == 127 ? " (--slurm needs Slurm's sbatch on PATH)" : ""));
  return id;
}

/** @brief InputError when a job recorded in `jobs_file` is still queued or running (a resubmission would run its
 * shards twice). */
void refuse_while_queued(const fs::path& jobs_file)
{
  if (!fs::exists(jobs_file)) return;
  std::istringstream in(file_text(jobs_file));
  std::string word;
  std::string ids;
  while (in >> word)
    if (!word.empty() && std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
      ids += (ids.empty() ? "" : ",") + word;
  if (ids.empty()) return;
  const CommandOutput queued = run_command({"squeue", "-h", "-j", ids, "-o", "%i %T"});
  if (queued.exit_code == 0 && !queued.out.empty())
    throw InputError(jobs_file.string() + ": jobs of this ensemble are still queued or running:\n" + queued.out +
                     "wait for them to end (or scancel them), then run this again");
}

} // namespace

int submit_to_slurm(const EnsembleArguments& args)
{
  const ScenarioSource source = load_source(args.scenario, args.sets);
  if (args.runs < 1) throw InputError("--runs: expected a number of replicas of at least 1, found 0");
  const std::uint64_t shards = args.shards > 0 ? args.shards : std::min(args.runs, kDefaultSlurmShards);
  if (shards > args.runs)
    throw InputError("--shards: expected at most as many shards as replicas (" + std::to_string(args.runs) +
                     "), found " + std::to_string(shards));
  const std::string out = args.output.empty() ? "out/" + source.medians().name + "-ensemble" : args.output;
  const SlurmEnsemble ensemble{args, source, fs::absolute(out).lexically_normal(), shards,
                               args.seed.value_or(source.medians().seed)};

  // The shards read this copy: editing the scenario mid-run changes nothing, and a changed file is refused.
  const fs::path copy = ensemble.dir / "scenario.yaml";
  if (fs::exists(copy) && file_text(copy) != source.text())
    throw InputError(copy.string() + ": differs from " + args.scenario +
                     ": this folder holds an ensemble of another version of the scenario; use another output folder, "
                     "or delete it to start over");
  const std::vector<std::uint64_t> to_run = ensemble.unfinished();
  const fs::path jobs_file                = ensemble.scripts() / "jobs";
  if (!args.dry_run) refuse_while_queued(jobs_file);

  make_output_folder(ensemble.scripts().string());
  if (!fs::exists(copy)) write_file_atomically(copy.string(), source.text());
  const fs::path shard_script = ensemble.scripts() / "shards.sh";
  const fs::path merge_script = ensemble.scripts() / "merge.sh";
  if (!to_run.empty()) write_file_atomically(shard_script.string(), ensemble.shard_script(to_run));
  write_file_atomically(merge_script.string(), ensemble.merge_script());

  const std::string name = source.medians().name;
  if (to_run.empty()) {
    std::vector<std::string> dirs;
    for (std::uint64_t k = 1; k <= shards; ++k)
      dirs.push_back(ensemble.shard_dir(k).string());
    if (!args.quiet) std::cout << name << ": all " << shards << " shards are complete; merging them here\n";
    return run_merge(dirs, ensemble.dir.string(), args.quiet);
  }
  const std::string which = "shards " + array_list(to_run) + " of " + std::to_string(shards);
  if (args.dry_run) {
    if (!args.quiet)
      std::cout << name << ": " << which << " to run (" << args.runs << " replicas), not submitted (--dry-run):\n"
                << "  job=$(sbatch --parsable " << shell_word(shard_script.string()) << ")\n"
                << "  sbatch --dependency=afterany:$job " << shell_word(merge_script.string()) << "\n";
    return 0;
  }
  const std::string array = submit({"sbatch", "--parsable", shard_script.string()});
  const std::string merge = submit({"sbatch", "--parsable", "--dependency=afterany:" + array, merge_script.string()});
  write_file_atomically(jobs_file.string(), "array " + array + "\nmerge " + merge + "\n");
  if (!args.quiet)
    std::cout << name << ": " << which << " submitted to Slurm (" << args.runs << " replicas): array job " << array
              << ", merge job " << merge << " after it\noutputs: " << ensemble.dir.string() << "/ when job " << merge
              << " has ended (logs in slurm/)\n";
  return 0;
}

} // namespace gwsim
