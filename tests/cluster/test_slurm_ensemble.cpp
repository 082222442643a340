/* `gwsim ensemble --slurm` on a real local Slurm cluster: 4 shards as a job array and the merge job after it give the
 * one-machine ensemble byte for byte; a shard cancelled mid-run is resubmitted, alone, by the same command run again,
 * and the result is again identical; --dry-run writes the scripts and submits nothing; an edited scenario is refused.
 */
#include "tests/cluster/cluster_support.hpp"

#include <filesystem>

namespace {

using namespace gwsim_cluster;
namespace fs = std::filesystem;

/** @brief `gwsim ensemble REFERENCE --runs RUNS --slurm --shards 4 -o OUT`: its output. */
Output submit(int runs, const std::string& out, const TempDir& tmp)
{
  std::vector<std::string> argv{GWSIM_BINARY, "ensemble"};
  for (const std::string& a : reference_ensemble_args(runs))
    argv.push_back(a);
  for (const char* a : {"--slurm", "--shards", "4", "-o"})
    argv.emplace_back(a);
  argv.push_back(out);
  return capture(argv, tmp, tmp / "submit.err");
}

/** @brief The one-machine ensemble of RUNS replicas into `out`. */
void run_here(int runs, const std::string& out)
{
  const std::vector<std::string> args = reference_ensemble_args(runs);
  std::vector<std::string> extra(args.begin() + 3, args.end());
  extra.insert(extra.end(), {"--jobs", "2"});
  ASSERT_EQ(run_ensemble(args.at(0), runs, out, extra), 0);
}

} // namespace

TEST(SlurmEnsemble, FourShardsAndTheMergeJobEqualOneMachine)
{
  GWSIM_NEED_LOCAL_CLUSTER();
  TempDir tmp;
  // 40 replicas in 4 shards: shard K holds replicas K, K+4, ..., K+36: 10 each.
  run_here(40, tmp / "here");
  const Output submitted = submit(40, tmp / "slurm", tmp);
  ASSERT_EQ(submitted.code, 0) << slurp(tmp / "submit.err");
  EXPECT_NE(submitted.out.find("shards 1-4 of 4 submitted to Slurm (40 replicas)"), std::string::npos) << submitted.out;
  const std::string array = number_after(submitted.out, "array job");
  const std::string merge = number_after(submitted.out, "merge job");
  ASSERT_FALSE(array.empty() || merge.empty()) << submitted.out;
  ASSERT_TRUE(wait_for_jobs(array + "," + merge, tmp)) << "jobs " << array << ", " << merge << " still queued";

  for (int k = 1; k <= 4; ++k)
    EXPECT_EQ(committed(tmp / ("slurm/shards/" + std::to_string(k) + "/results.sqlite")), 10) << "shard " << k;
  EXPECT_EQ(query(tmp / "slurm/shards/3/results.sqlite", "SELECT value FROM ensemble WHERE key = 'shard'"), "3/4\n");
  EXPECT_EQ(slurp(tmp / "slurm/scenario.yaml"), slurp(scenario_path("openai-nvidia-10gw.yaml")));
  EXPECT_EQ(slurp(tmp / "slurm/slurm/merge.log"), "");
  expect_same_ensemble(tmp / "here", tmp / "slurm");
}

TEST(SlurmEnsemble, ShardCancelledMidRunIsResubmittedAloneAndTheResultIsIdentical)
{
  GWSIM_NEED_LOCAL_CLUSTER();
  TempDir tmp;
  // 400 replicas in 4 shards of 100: a shard runs for a second or more (about 10 ms a replica, 4 shards on 2 cores),
  // long enough to cancel it once it has committed 5 and before it has committed all 100.
  run_here(400, tmp / "here");
  const std::string out  = tmp / "slurm";
  const Output first     = submit(400, out, tmp);
  const std::string jobs = number_after(first.out, "array job") + "," + number_after(first.out, "merge job");
  ASSERT_EQ(first.code, 0) << slurp(tmp / "submit.err");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (committed(out + "/shards/3/results.sqlite") < 5 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ASSERT_EQ(capture({"/usr/bin/scancel", number_after(first.out, "array job") + "_3"}, tmp).code, 0);
  ASSERT_TRUE(wait_for_jobs(jobs, tmp)) << jobs;

  const int cancelled_at = committed(out + "/shards/3/results.sqlite");
  ASSERT_GE(cancelled_at, 5);
  ASSERT_LT(cancelled_at, 100) << "shard 3 ended before it was cancelled: the test needs longer shards";
  for (int k : {1, 2, 4})
    EXPECT_EQ(committed(out + "/shards/" + std::to_string(k) + "/results.sqlite"), 100) << "shard " << k;
  // The merge job ran after the cancelled array (afterany) and merged what there was: 300 + the cancelled shard's.
  EXPECT_EQ(committed(out + "/results.sqlite"), 300 + cancelled_at);
  EXPECT_NE(slurp(out + "/slurm/merge.log").find(std::to_string(300 + cancelled_at) + " of 400 replicas"),
            std::string::npos)
      << slurp(out + "/slurm/merge.log");

  // The same command again: only shard 3 is resubmitted, and it resumes (its committed replicas are kept).
  const Output second = submit(400, out, tmp);
  ASSERT_EQ(second.code, 0) << slurp(tmp / "submit.err");
  EXPECT_NE(second.out.find("shards 3 of 4 submitted"), std::string::npos) << second.out;
  ASSERT_TRUE(wait_for_jobs(number_after(second.out, "array job") + "," + number_after(second.out, "merge job"), tmp));
  EXPECT_EQ(committed(out + "/shards/3/results.sqlite"), 100);
  expect_same_ensemble(tmp / "here", out);

  // A third time: nothing left to run, the shards are merged here and nothing is submitted.
  const Output third = submit(400, out, tmp);
  ASSERT_EQ(third.code, 0) << slurp(tmp / "submit.err");
  EXPECT_NE(third.out.find("all 4 shards are complete; merging them here"), std::string::npos) << third.out;
  EXPECT_EQ(number_after(third.out, "array job"), "");
  expect_same_ensemble(tmp / "here", out);
}

TEST(SlurmEnsemble, DryRunWritesTheScriptsAndSubmitsNothing)
{
  TempDir tmp;
  const std::string scenario = tmp / "reference.yaml";
  fs::copy_file(scenario_path("openai-nvidia-10gw.yaml"), scenario);
  std::vector<std::string> argv{GWSIM_BINARY,
                                "ensemble",
                                scenario,
                                "--runs",
                                "40",
                                "--slurm",
                                "--shards",
                                "4",
                                "--dry-run",
                                "--partition",
                                "batch",
                                "--time",
                                "0:10:00",
                                "-o",
                                tmp / "out",
                                "--set",
                                "sites.abilene.phases.p1.build=12 months"};
  const Output dry = capture(argv, tmp, tmp / "err");
  ASSERT_EQ(dry.code, 0) << slurp(tmp / "err");
  EXPECT_NE(dry.out.find("shards 1-4 of 4 to run (40 replicas), not submitted (--dry-run)"), std::string::npos)
      << dry.out;
  const std::string shards = slurp(tmp / "out/slurm/shards.sh");
  const std::vector<std::string> expected{"#SBATCH --array=1-4\n",
                                          "#SBATCH --partition=batch\n",
                                          "#SBATCH --time=0:10:00\n",
                                          "#SBATCH --cpus-per-task=1\n",
                                          "--shard \"$SLURM_ARRAY_TASK_ID/4\"",
                                          "--set 'sites.abilene.phases.p1.build=12 months'",
                                          "ensemble '" + tmp / "out/scenario.yaml' --runs 40 --seed 1"};
  for (const std::string& line : expected)
    EXPECT_NE(shards.find(line), std::string::npos) << line << " not in\n" << shards;
  EXPECT_NE(slurp(tmp / "out/slurm/merge.sh").find("merge \"${shards[@]}\" -o '" + tmp / "out' --quiet"),
            std::string::npos);
  EXPECT_FALSE(fs::exists(tmp / "out/slurm/jobs")); // nothing submitted
  EXPECT_FALSE(fs::exists(tmp / "out/shards"));

  // The scenario edited afterwards: the folder's copy is the ensemble's, and the edited file is refused.
  std::ofstream(scenario, std::ios::app) << "# edited\n";
  EXPECT_EQ(capture(argv, tmp, tmp / "err").code, 2);
  EXPECT_NE(slurp(tmp / "err").find("out/scenario.yaml: differs from " + scenario), std::string::npos)
      << slurp(tmp / "err");
}
