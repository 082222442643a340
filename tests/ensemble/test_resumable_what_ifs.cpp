/* `gwsim sweep` and `gwsim sensitivity` are resumable as `gwsim ensemble` is: killed (SIGKILL) midway and run again
 * with the same arguments, each runs only the runs missing from its database (sweep.sqlite, sensitivity.sqlite) and
 * ends with the same table and database as an uninterrupted run; other arguments into the same folder are refused
 * (exit 2). */
#include "tests/e2e/ensemble_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

using namespace gwsim_e2e;
namespace fs = std::filesystem;

/** @brief `gwsim ARGS -o OUT`; returns the exit code, stdout and stderr in OUT.stdout and OUT.stderr. */
int run_into(std::vector<std::string> args, const std::string& out)
{
  args.insert(args.end(), {"-o", out});
  return run_gwsim(args, out + ".stdout", out + ".stderr");
}

/** @brief Runs `args` to the end into WHOLE, and killed midway then again into RESUMED; checks that the second run ran
 * exactly the runs the killed one had not committed, and that NAME.csv and the databases (NAME.sqlite) are the
 * same. */
void expect_resumed_equals_whole(const std::vector<std::string>& args, int runs, const TempDir& tmp,
                                 const std::string& name)
{
  ASSERT_EQ(run_into(args, tmp / "whole"), 0) << slurp(tmp / "whole.stderr");
  const std::string out                = tmp / "resumed";
  const std::string table              = name + ".csv";
  const std::string db                 = "/" + name + ".sqlite";
  std::vector<std::string> killed_args = args;
  killed_args.insert(killed_args.end(), {"-o", out});
  const KilledRun killed = kill_once_committed(killed_args, out + db, 20);
  ASSERT_TRUE(killed.killed) << "it ended before it could be killed";
  EXPECT_GE(killed.committed, 20);
  EXPECT_LT(killed.committed, runs);
  EXPECT_FALSE(fs::exists(out + "/" + table)); // written at the end only

  ASSERT_EQ(run_into(args, out), 0) << slurp(out + ".stderr");
  EXPECT_NE(slurp(out + ".stdout").find("(" + std::to_string(runs - killed.committed) + " run now"), std::string::npos)
      << slurp(out + ".stdout");
  EXPECT_EQ(slurp(tmp / ("whole/" + table)), slurp(out + "/" + table));
  EXPECT_EQ(database_content(tmp / ("whole" + db)), database_content(out + db));
  EXPECT_EQ(query(out + db, "SELECT COUNT(*) FROM replicas"), std::to_string(runs) + "\n");

  // Once complete, running it again runs nothing and writes the same table.
  ASSERT_EQ(run_into(args, out), 0);
  EXPECT_NE(slurp(out + ".stdout").find("(0 run now"), std::string::npos) << slurp(out + ".stdout");
  EXPECT_EQ(slurp(tmp / ("whole/" + table)), slurp(out + "/" + table));
}

} // namespace

TEST(ResumableWhatIfs, SweepKilledThenResumedEqualsUninterrupted)
{
  // 2 points × 150 replicas = 300 runs of the uncertain build (each a few milliseconds): long enough to be killed
  // after its first committed batch (at most 64 runs or a quarter second) and before its last.
  TempDir tmp;
  expect_resumed_equals_whole(
      {"sweep", uncertain_build_path(), "--vary", "sites.s.phases.p1.pue=1.2,1.3", "--runs", "150", "--jobs", "2"}, 300,
      tmp, "sweep");
}

TEST(ResumableWhatIfs, SensitivityKilledThenResumedEqualsUninterrupted)
{
  // A generated plan of 100 one-phase sites, each phase's build uncertain: 100 inputs, so 1 + 2 × 100 = 201 runs of
  // 100 sites each.
  TempDir tmp;
  const std::string scenario = tmp / "plan.yaml";
  ASSERT_EQ(run_gwsim({"generate", "--sites", "100", "--phases", "1", "-o", scenario}), 0);
  std::vector<std::string> args{"sensitivity", scenario, "--metric", "1_gw", "--jobs", "2"};
  for (int site = 0; site < 100; ++site)
    args.insert(args.end(),
                {"--set", "sites.site" + std::to_string(site) + ".phases.p0.build={uniform: [6 months, 18 months]}"});
  expect_resumed_equals_whole(args, 201, tmp, "sensitivity");
}

TEST(ResumableWhatIfs, OtherArgumentsIntoTheSameFolderAreRefused)
{
  TempDir tmp;
  const std::vector<std::string> sweep{
      "sweep", uncertain_build_path(), "--vary", "sites.s.phases.p1.pue=1.2,1.3", "--runs", "3"};
  ASSERT_EQ(run_into(sweep, tmp / "sweep"), 0);
  const std::string table = slurp(tmp / "sweep/sweep.csv");
  // Another number of runs per point: refused, the folder untouched.
  std::vector<std::string> other = sweep;
  other.back()                   = "4";
  EXPECT_EQ(run_into(other, tmp / "sweep"), 2);
  EXPECT_NE(slurp(tmp / "sweep.stderr").find("holds a sweep of other arguments (runs \"3\" instead of \"4\")"),
            std::string::npos)
      << slurp(tmp / "sweep.stderr");
  EXPECT_EQ(slurp(tmp / "sweep/sweep.csv"), table);
  // Other values of the swept key: another scenario hash.
  other    = sweep;
  other[3] = "sites.s.phases.p1.pue=1.2,1.4";
  EXPECT_EQ(run_into(other, tmp / "sweep"), 2);
  EXPECT_NE(slurp(tmp / "sweep.stderr").find("holds a sweep of other arguments (scenario_hash"), std::string::npos)
      << slurp(tmp / "sweep.stderr");
  // A sweep's folder is not an ensemble's: it has no results.sqlite to merge.
  EXPECT_EQ(run_into({"merge", tmp / "sweep"}, tmp / "merged"), 2);
  EXPECT_NE(slurp(tmp / "merged.stderr").find("no results.sqlite"), std::string::npos) << slurp(tmp / "merged.stderr");
  EXPECT_FALSE(fs::exists(tmp / "merged"));

  const std::vector<std::string> sensitivity{"sensitivity", uncertain_build_path(), "--metric", "1_gw"};
  ASSERT_EQ(run_into(sensitivity, tmp / "swing"), 0);
  EXPECT_EQ(run_into({"sensitivity", uncertain_build_path(), "--metric", "2_gw"}, tmp / "swing"), 2);
  EXPECT_NE(slurp(tmp / "swing.stderr")
                .find("holds a sensitivity analysis of other arguments (metric \"1_gw\" instead of \"2_gw\")"),
            std::string::npos)
      << slurp(tmp / "swing.stderr");
  // Sensitivity analysis, sweep and ensemble share a folder (each its own database): the report of an ensemble
  // draws the tornado of the sensitivity.csv beside it.
  EXPECT_EQ(run_into(sweep, tmp / "swing"), 0);
  EXPECT_EQ(run_into({"ensemble", uncertain_build_path(), "--runs", "4"}, tmp / "swing"), 0);
  for (const char* file : {"sensitivity.sqlite", "sweep.sqlite", "results.sqlite"})
    EXPECT_TRUE(fs::exists(tmp / "swing/" + file)) << file;
}
