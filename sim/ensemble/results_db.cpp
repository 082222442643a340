#include "sim/ensemble/results_db.hpp"

#include "sim/load/loader.hpp"

#include <sqlite3.h>

#include <stdexcept>

namespace gwsim {
namespace {

const char* const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS ensemble (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS replicas (
  replica INTEGER PRIMARY KEY, online_gw REAL, online_accelerators REAL, capex_usd REAL);
CREATE TABLE IF NOT EXISTS milestones (
  replica INTEGER, gw REAL, day REAL, PRIMARY KEY (replica, gw));
CREATE TABLE IF NOT EXISTS phases (
  replica INTEGER, phase_index INTEGER, site TEXT, phase TEXT, build_start TEXT, build_end TEXT, power_granted TEXT,
  energized TEXT, complete TEXT, binding TEXT, PRIMARY KEY (replica, phase_index));
CREATE TABLE IF NOT EXISTS timeline (
  replica INTEGER, date TEXT, online_gw REAL, shortfall REAL, waiting_accelerators REAL, capex_usd REAL,
  waiting_usd REAL, PRIMARY KEY (replica, date));
CREATE VIEW IF NOT EXISTS binding AS
  SELECT phase_index, site, phase, binding, COUNT(*) AS replicas,
         COUNT(*) * 1.0 / (SELECT COUNT(*) FROM replicas) AS share
  FROM phases GROUP BY phase_index, binding ORDER BY phase_index, binding;
)sql";

/** @brief A prepared statement, finalized on scope exit. */
class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) : db_(db)
  {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) fail();
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&)            = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, double x)
  {
    sqlite3_bind_double(stmt_, i, x);
    return *this;
  }
  Statement& bind(int i, std::uint64_t n)
  {
    sqlite3_bind_int64(stmt_, i, static_cast<sqlite3_int64>(n));
    return *this;
  }
  Statement& bind(int i, const std::string& text)
  {
    sqlite3_bind_text(stmt_, i, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  /** @brief Runs a statement that returns nothing, ready to run again. */
  void run()
  {
    if (sqlite3_step(stmt_) != SQLITE_DONE) fail();
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  /** @brief Steps to the next row; false at the end. */
  bool row()
  {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) fail();
    return false;
  }
  double number(int i) const { return sqlite3_column_double(stmt_, i); }
  std::uint64_t count(int i) const { return static_cast<std::uint64_t>(sqlite3_column_int64(stmt_, i)); }
  std::string text(int i) const
  {
    const auto* p = sqlite3_column_text(stmt_, i);
    return p ? reinterpret_cast<const char*>(p) : "";
  }

 private:
  [[noreturn]] void fail() const { throw std::runtime_error(std::string("results.sqlite: ") + sqlite3_errmsg(db_)); }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

EnsembleIdentity read_identity(sqlite3* db)
{
  EnsembleIdentity identity;
  Statement select(db, "SELECT key, value FROM ensemble");
  while (select.row())
    identity[select.text(0)] = select.text(1);
  return identity;
}

sqlite3* open_db(const std::string& path, int flags)
{
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    const std::string why = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw InputError(path + ": cannot open: " + why);
  }
  sqlite3_busy_timeout(db, 10000);
  return db;
}

} // namespace

std::string what_it_holds(const EnsembleIdentity& identity)
{
  const auto command = identity.find("command");
  if (command == identity.end()) return "an ensemble";
  return command->second == "sweep" ? "a sweep" : "a " + command->second + " analysis";
}

std::string identity_difference(const EnsembleIdentity& have, const EnsembleIdentity& want)
{
  for (const auto& [key, value] : want) {
    const auto found      = have.find(key);
    const std::string was = found == have.end() ? "nothing" : "\"" + found->second + "\"";
    if (found == have.end() || found->second != value) return key + " " + was + " instead of \"" + value + "\"";
  }
  return "other keys";
}

ResultsDb::ResultsDb(const std::string& path, const EnsembleIdentity& identity)
    : path_(path), db_(open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX))
{
  // WAL without a sync per commit: a commit survives the process being killed (not a power cut), cheaply.
  execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
  execute(std::string("BEGIN;") + kSchema);
  identity_ = read_identity(db_);
  if (identity_.empty()) {
    Statement insert(db_, "INSERT INTO ensemble (key, value) VALUES (?, ?)");
    for (const auto& [key, value] : identity)
      insert.bind(1, key).bind(2, value).run();
    identity_ = identity;
  }
  execute("COMMIT;");
  if (identity_ != identity) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw InputError(path + ": holds " + what_it_holds(identity_) + " of other arguments (" +
                     identity_difference(identity_, identity) +
                     "); use another output folder, or delete it to start over");
  }
}

ResultsDb::ResultsDb(const std::string& path) : path_(path), db_(open_db(path, SQLITE_OPEN_READONLY))
{
  try {
    identity_ = read_identity(db_);
  } catch (const std::runtime_error&) {
    identity_.clear();
  }
  if (identity_.empty()) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw InputError(path + ": not the results.sqlite of a gwsim ensemble");
  }
  if (const auto format = identity_.find("format"); format == identity_.end() || format->second != kResultsFormat) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw InputError(path + ": written by another version of gwsim (format " +
                     (format == identity_.end() ? std::string("none") : "\"" + format->second + "\"") +
                     ", this one reads \"" + kResultsFormat + "\"): run the ensemble again with this gwsim");
  }
}

ResultsDb::~ResultsDb()
{
  if (!db_) return;
  // Back to a single file: the write-ahead log is folded in (a no-op for a read-only database).
  sqlite3_exec(db_, "PRAGMA journal_mode=DELETE;", nullptr, nullptr, nullptr);
  sqlite3_close(db_);
}

void ResultsDb::execute(const std::string& sql) const
{
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string why = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error(path_ + ": " + why);
  }
}

std::set<std::uint64_t> ResultsDb::replicas() const
{
  std::set<std::uint64_t> done;
  Statement select(db_, "SELECT replica FROM replicas");
  while (select.row())
    done.insert(select.count(0));
  return done;
}

void ResultsDb::add(const ReplicaResult& result)
{
  add(std::vector<ReplicaResult>{result});
}

void ResultsDb::add(const std::vector<ReplicaResult>& batch)
{
  if (batch.empty()) return;
  execute("BEGIN;");
  Statement replica(db_, "INSERT OR IGNORE INTO replicas VALUES (?, ?, ?, ?)");
  Statement milestone(db_, "INSERT INTO milestones VALUES (?, ?, ?)");
  Statement phase(db_, "INSERT INTO phases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  Statement sample(db_, "INSERT INTO timeline VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const ReplicaResult& r : batch) {
    replica.bind(1, r.replica).bind(2, r.online_gw).bind(3, r.online_accelerators).bind(4, r.capex_usd).run();
    if (sqlite3_changes(db_) == 0) continue; // already committed
    for (const auto& m : r.milestones)
      milestone.bind(1, r.replica).bind(2, m.gw).bind(3, m.day).run();
    for (std::size_t i = 0; i < r.phases.size(); ++i) {
      const PhaseOutcome& p = r.phases[i];
      phase.bind(1, r.replica).bind(2, static_cast<std::uint64_t>(i)).bind(3, p.site).bind(4, p.phase);
      phase.bind(5, p.build_start).bind(6, p.build_end).bind(7, p.power_granted).bind(8, p.energized);
      phase.bind(9, p.complete).bind(10, p.binding).run();
    }
    for (const auto& t : r.timeline) {
      sample.bind(1, r.replica).bind(2, t.date).bind(3, t.online_gw).bind(4, t.shortfall);
      sample.bind(5, t.waiting_accelerators).bind(6, t.capex_usd).bind(7, t.waiting_usd).run();
    }
  }
  execute("COMMIT;");
}

std::vector<ReplicaResult> ResultsDb::results() const
{
  std::vector<ReplicaResult> all;
  std::map<std::uint64_t, std::size_t> at;
  Statement replicas(db_, "SELECT replica, online_gw, online_accelerators, capex_usd FROM replicas ORDER BY replica");
  while (replicas.row()) {
    at[replicas.count(0)] = all.size();
    all.push_back({replicas.count(0), replicas.number(1), replicas.number(2), replicas.number(3), {}, {}, {}});
  }
  Statement milestones(db_, "SELECT replica, gw, day FROM milestones ORDER BY replica, gw");
  while (milestones.row())
    all[at.at(milestones.count(0))].milestones.push_back({milestones.number(1), milestones.number(2)});
  Statement phases(db_, "SELECT replica, site, phase, build_start, build_end, power_granted, energized, complete, "
                        "binding FROM phases ORDER BY replica, phase_index");
  while (phases.row())
    all[at.at(phases.count(0))].phases.push_back({phases.text(1), phases.text(2), phases.text(3), phases.text(4),
                                                  phases.text(5), phases.text(6), phases.text(7), phases.text(8)});
  Statement timeline(db_, "SELECT replica, date, online_gw, shortfall, waiting_accelerators, capex_usd, waiting_usd "
                          "FROM timeline ORDER BY replica, date");
  while (timeline.row())
    all[at.at(timeline.count(0))].timeline.push_back({timeline.text(1), timeline.number(2), timeline.number(3),
                                                      timeline.number(4), timeline.number(5), timeline.number(6)});
  return all;
}

} // namespace gwsim
