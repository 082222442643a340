/* Helpers of the cluster tests: the local Slurm cluster the ctest fixture started (scripts/slurm-cluster), commands
 * run with their output read back, waiting for jobs, and the reference ensemble on one machine to compare against. */
#ifndef GWSIM_TESTS_CLUSTER_CLUSTER_SUPPORT_HPP
#define GWSIM_TESTS_CLUSTER_CLUSTER_SUPPORT_HPP

#include "tests/e2e/ensemble_support.hpp"
#include "tests/e2e/process.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <regex>
#include <thread>

namespace gwsim_cluster {

using namespace gwsim_e2e;

/** @brief The reference scenario with one uncertain input (milam/p1's build, uniform in [18, 26] months), so that
 * replicas differ and each shard's replicas matter. Its 22-month median is the scenario's own build. */
inline std::vector<std::string> reference_ensemble_args(int runs)
{
  return {scenario_path("openai-nvidia-10gw.yaml"), "--runs", std::to_string(runs), "--set",
          "sites.milam.phases.p1.build={uniform: [18 months, 26 months]}"};
}

/** @brief Why the local cluster is not there ("" when it is; then SLURM_CONF is set for this process and its
 * children). */
inline std::string use_local_cluster()
{
  const std::string env = slurp(GWSIM_SLURM_ENV);
  std::smatch m;
  if (std::regex_search(env, m, std::regex("SKIP=(.*)"))) return m[1];
  if (!std::regex_search(env, m, std::regex("SLURM_CONF=(.*)"))) return "no SLURM_CONF in " GWSIM_SLURM_ENV;
  ::setenv("SLURM_CONF", std::string(m[1]).c_str(), 1);
  return "";
}

#define GWSIM_NEED_LOCAL_CLUSTER()                                                                                     \
  do {                                                                                                                 \
    const std::string why_not = use_local_cluster();                                                                   \
    if (!why_not.empty()) GTEST_SKIP() << "no local Slurm cluster: " << why_not;                                       \
  } while (false)

/** @brief A command's exit code and standard output (its stderr goes to `stderr_file`). */
struct Output {
  int code = -1;
  std::string out;
};

inline Output capture(const std::vector<std::string>& argv, const TempDir& tmp, const std::string& stderr_file = "")
{
  const std::string out_file = tmp / "captured.out";
  const int code = run_process(argv, "", out_file, stderr_file.empty() ? tmp / "captured.err" : stderr_file);
  return {code, slurp(out_file)};
}

/** @brief The number after `label` in `text` ("array job 12" → "12"); "" when absent. */
inline std::string number_after(const std::string& text, const std::string& label)
{
  std::smatch m;
  return std::regex_search(text, m, std::regex(label + " ([0-9]+)")) ? std::string(m[1]) : "";
}

/** @brief Waits until none of `jobs` (comma-separated ids) is queued or running; false after `seconds`. */
inline bool wait_for_jobs(const std::string& jobs, const TempDir& tmp, int seconds = 60)
{
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    const Output queued = capture({"/usr/bin/squeue", "-h", "-j", jobs, "-o", "%i"}, tmp);
    if (queued.code == 0 && queued.out.empty()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

/** @brief Replicas committed in `db` (0 when it does not exist yet or is busy). */
inline int committed(const std::string& db)
{
  try {
    const std::string n = query(db, "SELECT COUNT(*) FROM replicas");
    return n.empty() ? 0 : std::stoi(n);
  } catch (const std::exception&) {
    return 0;
  }
}

/** @brief The ensemble files that must not depend on where the replicas ran. */
inline void expect_same_ensemble(const std::string& a, const std::string& b)
{
  for (const char* f : {"milestones.csv", "bands.csv", "binding.csv"})
    EXPECT_EQ(slurp(a + "/" + f), slurp(b + "/" + f)) << f;
  EXPECT_EQ(database_content(a + "/results.sqlite"), database_content(b + "/results.sqlite"));
}

} // namespace gwsim_cluster

#endif
