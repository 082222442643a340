/* `gwsim ensemble --mpi` for real: under `mpirun -n 3` (oversubscribed on 2 cores: rank 0 hands out the replicas,
 * ranks 1 and 2 simulate them) and under the local cluster's `srun --mpi=pmix -n 2`, the ensemble equals the one run on
 * one machine, byte for byte; a resumed MPI ensemble runs only the missing replicas. */
#include "sim/ensemble/mpi_ensemble.hpp"
#include "tests/cluster/cluster_support.hpp"

namespace {

using namespace gwsim_cluster;

constexpr int kRuns = 40;

std::vector<std::string> mpi_ensemble(std::vector<std::string> launcher, const std::string& out)
{
  launcher.insert(launcher.end(), {GWSIM_BINARY, "ensemble"});
  for (const std::string& a : reference_ensemble_args(kRuns))
    launcher.push_back(a);
  launcher.insert(launcher.end(), {"--mpi", "-o", out});
  return launcher;
}

void run_here(const std::string& out)
{
  const std::vector<std::string> args = reference_ensemble_args(kRuns);
  std::vector<std::string> extra(args.begin() + 3, args.end());
  ASSERT_EQ(run_ensemble(args.at(0), kRuns, out, extra), 0);
}

} // namespace

TEST(MpiEnsemble, MpirunWithThreeRanksOnTwoCoresEqualsOneMachine)
{
  if (!gwsim::mpi_available()) GTEST_SKIP() << "gwsim was built without MPI (GWSIM_MPI off: no MPI found)";
  TempDir tmp;
  run_here(tmp / "here");
  const Output mpi =
      capture(mpi_ensemble({"/usr/bin/mpirun", "--allow-run-as-root", "--oversubscribe", "-n", "3"}, tmp / "mpi"), tmp,
              tmp / "err");
  ASSERT_EQ(mpi.code, 0) << slurp(tmp / "err");
  // One summary line, from rank 0 only.
  EXPECT_EQ(mpi.out,
            "openai-nvidia-10gw: 40 replicas (40 run now, 1 uncertain input, seed 1)\noutputs: " + tmp / "mpi" + "/\n");
  expect_same_ensemble(tmp / "here", tmp / "mpi");

  // Resume: replicas 26-40 taken out of the database (as if the job had been killed after 25), the same command runs
  // only those 15 and the database is again the one-machine one.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((tmp / "mpi/results.sqlite").c_str(), &db), SQLITE_OK);
  for (const char* table : {"replicas", "milestones", "phases", "timeline"})
    EXPECT_EQ(sqlite3_exec(db, (std::string("DELETE FROM ") + table + " WHERE replica > 25").c_str(), nullptr, nullptr,
                           nullptr),
              SQLITE_OK);
  sqlite3_close(db);
  const Output resumed =
      capture(mpi_ensemble({"/usr/bin/mpirun", "--allow-run-as-root", "--oversubscribe", "-n", "3"}, tmp / "mpi"), tmp,
              tmp / "err");
  ASSERT_EQ(resumed.code, 0) << slurp(tmp / "err");
  EXPECT_NE(resumed.out.find("40 replicas (15 run now,"), std::string::npos) << resumed.out;
  expect_same_ensemble(tmp / "here", tmp / "mpi");
}

TEST(MpiEnsemble, SrunPmixWithTwoRanksEqualsOneMachine)
{
  if (!gwsim::mpi_available()) GTEST_SKIP() << "gwsim was built without MPI (GWSIM_MPI off: no MPI found)";
  GWSIM_NEED_LOCAL_CLUSTER();
  TempDir tmp;
  run_here(tmp / "here");
  const Output mpi = capture(mpi_ensemble({"/usr/bin/srun", "--mpi=pmix", "-n", "2"}, tmp / "mpi"), tmp, tmp / "err");
  ASSERT_EQ(mpi.code, 0) << slurp(tmp / "err");
  expect_same_ensemble(tmp / "here", tmp / "mpi");
}
