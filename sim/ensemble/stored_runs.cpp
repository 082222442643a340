#include "sim/ensemble/stored_runs.hpp"

#include "sim/ensemble/progress.hpp"
#include "sim/ensemble/replica_pool.hpp"

#include <filesystem>

namespace gwsim {

void run_and_commit(ResultsDb& db, const std::vector<std::uint64_t>& ids, unsigned jobs, bool shown,
                    const std::function<std::string(std::uint64_t)>& work)
{
  using Clock = std::chrono::steady_clock;
  Progress progress(ids.size(), shown);
  std::vector<ReplicaResult> batch;
  auto committed    = Clock::now();
  bool db_failed    = false; // a failed commit is not tried again on the way out
  const auto commit = [&] {
    db_failed = true;
    db.add(batch);
    db_failed = false;
    batch.clear();
    committed = Clock::now();
  };
  try {
    run_in_children(ids, jobs, work, [&](std::uint64_t, const std::string& bytes) {
      batch.push_back(decode_replica_result(bytes));
      progress.step();
      if (batch.size() >= kBatchRuns || Clock::now() - committed >= kBatchInterval) commit();
    });
  } catch (...) {
    if (!db_failed) commit();
    throw;
  }
  commit();
}

std::string database_path(const std::string& dir, const char* name)
{
  return (std::filesystem::path(dir) / name).string();
}

} // namespace gwsim
