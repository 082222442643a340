/* `gwsim ensemble`, `merge` and `run --replica` end to end: the same tables for any --jobs, a killed ensemble
 * resumed equals an uninterrupted one, shards merged equal one run, replica I reproduced alone, bad input written
 * nowhere. */
#include "tests/e2e/ensemble_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

using namespace gwsim_e2e;
namespace fs = std::filesystem;

constexpr int kRuns = 60;

/** @brief The files of an ensemble that must not depend on how it was run. */
void expect_same_ensemble(const std::string& a, const std::string& b)
{
  for (const char* f : {"milestones.csv", "bands.csv", "binding.csv"})
    EXPECT_EQ(slurp(a + "/" + f), slurp(b + "/" + f)) << f;
  EXPECT_EQ(database_content(a + "/results.sqlite"), database_content(b + "/results.sqlite"));
}

} // namespace

TEST(EnsembleRuns, SameOutputsForOneTwoAndFourJobsAndForShardsMerged)
{
  TempDir tmp;
  ASSERT_EQ(run_ensemble(uncertain_build_path(), kRuns, tmp / "j1", {"--jobs", "1"}), 0);
  ASSERT_EQ(run_ensemble(uncertain_build_path(), kRuns, tmp / "j2", {"--jobs", "2"}), 0);
  ASSERT_EQ(run_ensemble(uncertain_build_path(), kRuns, tmp / "j4", {"--jobs", "4"}), 0);
  expect_same_ensemble(tmp / "j1", tmp / "j2");
  expect_same_ensemble(tmp / "j1", tmp / "j4");
  EXPECT_EQ(query(tmp / "j1/results.sqlite", "SELECT COUNT(*) FROM replicas"), std::to_string(kRuns) + "\n");

  ASSERT_EQ(run_ensemble(uncertain_build_path(), kRuns, tmp / "s1", {"--shard", "1/2"}), 0);
  ASSERT_EQ(run_ensemble(uncertain_build_path(), kRuns, tmp / "s2", {"--shard", "2/2"}), 0);
  EXPECT_EQ(query(tmp / "s1/results.sqlite", "SELECT COUNT(*) FROM replicas"), std::to_string(kRuns / 2) + "\n");
  ASSERT_EQ(run_gwsim({"merge", tmp / "s1", tmp / "s2", "-o", tmp / "merged", "--quiet"}), 0);
  expect_same_ensemble(tmp / "j1", tmp / "merged");
}

TEST(EnsembleRuns, KilledThenResumedEqualsUninterrupted)
{
  TempDir tmp;
  constexpr int kLong = 300;
  ASSERT_EQ(run_ensemble(uncertain_build_path(), kLong, tmp / "whole", {"--jobs", "2"}), 0);

  const std::string out = tmp / "resumed";
  // Killed once some replicas are committed and before all are.
  const KilledRun killed = kill_once_committed(
      {"ensemble", uncertain_build_path(), "--runs", std::to_string(kLong), "-o", out, "--jobs", "2", "--quiet"},
      out + "/results.sqlite", 20);
  ASSERT_TRUE(killed.killed) << "the ensemble ended before it could be killed";
  EXPECT_GE(killed.committed, 20);
  EXPECT_LT(killed.committed, kLong);
  ASSERT_EQ(run_ensemble(uncertain_build_path(), kLong, out, {"--jobs", "2"}), 0);
  expect_same_ensemble(tmp / "whole", out);
}

TEST(EnsembleRuns, ResumeWithOtherArgumentsIsRefused)
{
  TempDir tmp;
  ASSERT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "out"), 0);
  EXPECT_EQ(run_ensemble(uncertain_build_path(), 5, tmp / "out", {}, tmp / "stderr"), 2);
  EXPECT_NE(slurp(tmp / "stderr").find("holds an ensemble of other arguments (runs \"4\" instead of \"5\")"),
            std::string::npos)
      << slurp(tmp / "stderr");
}

TEST(EnsembleRuns, RunReplicaReproducesItsRow)
{
  TempDir tmp;
  ASSERT_EQ(run_ensemble(uncertain_build_path(), 8, tmp / "ens"), 0);
  for (int replica : {1, 7}) {
    const std::string out = tmp / ("r" + std::to_string(replica));
    ASSERT_EQ(
        run_gwsim({"run", uncertain_build_path(), "--replica", std::to_string(replica), "-o", out}, tmp / "stdout"), 0);
    EXPECT_NE(slurp(tmp / "stdout").find("replica " + std::to_string(replica) + " of seed 1: 1 uncertain input drawn"),
              std::string::npos);
    const Csv phases = Csv::read(out + "/phases.csv");
    const std::string row =
        query(tmp / "ens/results.sqlite",
              "SELECT build_end, complete, binding FROM phases WHERE replica = " + std::to_string(replica));
    EXPECT_EQ(row, phases.at(0, "build_end") + "|" + phases.at(0, "complete") + "|" + phases.at(0, "binding") + "\n");
  }
  // Replicas draw different builds; the median run says it used the median.
  EXPECT_NE(Csv::read(tmp / "r1/phases.csv").at(0, "build_end"), Csv::read(tmp / "r7/phases.csv").at(0, "build_end"));
  ASSERT_EQ(run_gwsim({"run", uncertain_build_path(), "-o", tmp / "median"}, tmp / "stdout"), 0);
  EXPECT_NE(slurp(tmp / "stdout").find("1 uncertain input at its median"), std::string::npos);
  EXPECT_EQ(Csv::read(tmp / "median/phases.csv").at(0, "build_end"), "2026-09-08"); // day 250
}

TEST(EnsembleRuns, BadInputWritesNothing)
{
  TempDir tmp;
  EXPECT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "out",
                         {"--set", "sites.s.phases.p1.build={uniform: [300 days, 200 days]}"}, tmp / "stderr"),
            2);
  EXPECT_FALSE(fs::exists(tmp / "out"));
  EXPECT_NE(slurp(tmp / "stderr").find("expected a high end of at least the low end"), std::string::npos)
      << slurp(tmp / "stderr");
  EXPECT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "out2", {"--shard", "3/2"}, tmp / "stderr"), 2);
  EXPECT_FALSE(fs::exists(tmp / "out2"));
}

TEST(EnsembleRuns, ShardsOfAnotherScenarioOrGwsimVersionDoNotMerge)
{
  TempDir tmp;
  ASSERT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "s1", {"--shard", "1/2"}), 0);
  ASSERT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "s2", {"--shard", "2/2"}), 0);
  EXPECT_EQ(query(tmp / "s1/results.sqlite", "SELECT value FROM ensemble WHERE key = 'gwsim_version'"), "0.1.0\n");
  // Shard 2 as if run by another gwsim (each database records the version that wrote it).
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((tmp / "s2/results.sqlite").c_str(), &db), SQLITE_OK);
  EXPECT_EQ(
      sqlite3_exec(db, "UPDATE ensemble SET value = '0.0.9' WHERE key = 'gwsim_version'", nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  EXPECT_EQ(run_gwsim({"merge", tmp / "s1", tmp / "s2", "-o", tmp / "merged"}, "/dev/null", tmp / "stderr"), 2);
  EXPECT_NE(slurp(tmp / "stderr")
                .find(tmp / "s2: not a shard of the ensemble of " + tmp / "s1" +
                      " (gwsim_version \"0.0.9\" instead of \"0.1.0\")"),
            std::string::npos)
      << slurp(tmp / "stderr");
  EXPECT_FALSE(fs::exists(tmp / "merged"));

  // Shard 2 of an edited scenario (here a --set): its scenario hash differs.
  ASSERT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "e2",
                         {"--shard", "2/2", "--set", "sites.s.phases.p1.build={uniform: [200 days, 301 days]}"}),
            0);
  EXPECT_EQ(run_gwsim({"merge", tmp / "s1", tmp / "e2", "-o", tmp / "merged"}, "/dev/null", tmp / "stderr"), 2);
  EXPECT_NE(slurp(tmp / "stderr").find("(scenario_hash \""), std::string::npos) << slurp(tmp / "stderr");

  // A database of the layout before waiting_usd (format 1): refused by name, not read into wrong columns.
  ASSERT_EQ(sqlite3_open((tmp / "s1/results.sqlite").c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, "UPDATE ensemble SET value = '1' WHERE key = 'format'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  EXPECT_EQ(run_gwsim({"merge", tmp / "s1", "-o", tmp / "merged"}, "/dev/null", tmp / "stderr"), 2);
  EXPECT_NE(slurp(tmp / "stderr")
                .find(tmp / "s1/results.sqlite: written by another version of gwsim (format \"1\", this one reads "
                            "\"2\")"),
            std::string::npos)
      << slurp(tmp / "stderr");
  EXPECT_FALSE(fs::exists(tmp / "merged"));
}

TEST(EnsembleRuns, SlurmAndMpiArgumentErrorsWriteNothing)
{
  TempDir tmp;
  // More shards than replicas: a shard would be empty.
  EXPECT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "a", {"--slurm", "--shards", "5", "--dry-run"}, tmp / "err"),
            2);
  EXPECT_NE(slurp(tmp / "err").find("--shards: expected at most as many shards as replicas (4), found 5"),
            std::string::npos)
      << slurp(tmp / "err");
  // Options of --slurm without it, and --slurm with --mpi or --shard: refused by the command line.
  EXPECT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "b", {"--shards", "2"}, tmp / "err"), 2);
  EXPECT_NE(slurp(tmp / "err").find("--shards requires --slurm"), std::string::npos) << slurp(tmp / "err");
  EXPECT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "c", {"--slurm", "--mpi"}, tmp / "err"), 2);
  EXPECT_NE(slurp(tmp / "err").find("--mpi excludes --slurm"), std::string::npos) << slurp(tmp / "err");
  EXPECT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "d", {"--slurm", "--shard", "1/2"}, tmp / "err"), 2);
  // A bad scenario with --slurm: nothing written, nothing submitted.
  EXPECT_EQ(run_ensemble(uncertain_build_path(), 4, tmp / "e",
                         {"--slurm", "--set", "sites.s.phases.p1.build={uniform: [300 days, 200 days]}"}, tmp / "err"),
            2);
  for (const char* out : {"a", "b", "c", "d", "e"})
    EXPECT_FALSE(fs::exists(tmp / out)) << out;
}
