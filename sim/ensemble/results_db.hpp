/* results.sqlite: an ensemble's replicas as they complete, a batch of them per transaction (each a replica row, its
 * milestones, its phases, its timeline), under the ensemble's identity (scenario fingerprint and arguments), so that a
 * run killed midway resumes with only the missing replicas, and shards merge into the database of one run. */
#ifndef GWSIM_SIM_ENSEMBLE_RESULTS_DB_HPP
#define GWSIM_SIM_ENSEMBLE_RESULTS_DB_HPP

#include "sim/ensemble/replica_result.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

struct sqlite3;

namespace gwsim {

/** @brief The layout of results.sqlite that this gwsim writes and reads (its identity's `format`); 2: the timeline
 * table has waiting_usd and the identity accelerator_prices. */
inline constexpr const char* kResultsFormat = "2";

/** @brief What makes two ensembles the same: key → value (scenario, scenario_hash, start, runs, seed, shard…). */
using EnsembleIdentity = std::map<std::string, std::string>;

/** @brief "an ensemble", "a sweep" or "a sensitivity analysis": what a database of `identity` holds (its `command`
 * key, absent for an ensemble). */
std::string what_it_holds(const EnsembleIdentity& identity);

/** @brief The first key on which `have` differs from `want`, as `KEY "HAVE" instead of "WANT"`. */
std::string identity_difference(const EnsembleIdentity& have, const EnsembleIdentity& want);

class ResultsDb {
 public:
  /** @brief Opens `path`, creating it for `identity`; an existing database of another identity is an InputError
   * naming what differs. */
  ResultsDb(const std::string& path, const EnsembleIdentity& identity);
  /** @brief Opens an existing database read-only (for merge); a missing or foreign file is an InputError. */
  explicit ResultsDb(const std::string& path);
  ~ResultsDb();
  ResultsDb(const ResultsDb&)            = delete;
  ResultsDb& operator=(const ResultsDb&) = delete;

  const EnsembleIdentity& identity() const { return identity_; }
  /** @brief The replicas already committed. */
  std::set<std::uint64_t> replicas() const;
  /** @brief Commits one replica (a no-op when it is already there). */
  void add(const ReplicaResult& result);
  /** @brief Commits replicas in one transaction (each a no-op when it is already there). */
  void add(const std::vector<ReplicaResult>& batch);
  /** @brief Every committed replica, in replica order. */
  std::vector<ReplicaResult> results() const;

 private:
  void execute(const std::string& sql) const;
  std::string path_;
  sqlite3* db_ = nullptr;
  EnsembleIdentity identity_;
};

} // namespace gwsim

#endif
