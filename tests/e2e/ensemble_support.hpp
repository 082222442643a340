/* Helpers of the ensemble end-to-end tests: run `gwsim ensemble` on the teaching scenario with an uncertain build,
 * read a results.sqlite as text, turn milestone dates into days. */
#ifndef GWSIM_TESTS_E2E_ENSEMBLE_SUPPORT_HPP
#define GWSIM_TESTS_E2E_ENSEMBLE_SUPPORT_HPP

#include "sim/model/date.hpp"
#include "tests/e2e/csv_reader.hpp"
#include "tests/e2e/process.hpp"

#include <sqlite3.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace gwsim_e2e {

/** @brief The teaching scenario whose one phase's build is uniform in [200, 300] days (construction binds). */
inline std::string uncertain_build_path()
{
  return scenario_path("teaching/uncertain-build.yaml");
}

/** @brief `gwsim ensemble SCENARIO --runs RUNS -o OUT --quiet EXTRA...`; returns the exit code. */
inline int run_ensemble(const std::string& scenario, int runs, const std::string& out,
                        const std::vector<std::string>& extra = {}, const std::string& stderr_file = "/dev/null")
{
  std::vector<std::string> args{"ensemble", scenario, "--runs", std::to_string(runs), "-o", out, "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_gwsim(args, "/dev/null", stderr_file);
}

/** @brief Every row of `sql`'s result, fields separated by `|`, rows by new lines. */
inline std::string query(const std::string& db_path, const std::string& sql)
{
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    throw std::runtime_error("cannot open " + db_path);
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    const std::string why = sqlite3_errmsg(db);
    sqlite3_close(db);
    throw std::runtime_error(db_path + ": " + why);
  }
  std::string text;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      const auto* field = sqlite3_column_text(stmt, i);
      text += (i ? "|" : "") + std::string(field ? reinterpret_cast<const char*>(field) : "NULL");
    }
    text += "\n";
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return text;
}

/** @brief The whole content of a results.sqlite, each table in a fixed order: equal text = equal databases. */
inline std::string database_content(const std::string& db_path)
{
  std::string text;
  for (const char* sql :
       {"SELECT * FROM ensemble ORDER BY key", "SELECT * FROM replicas ORDER BY replica",
        "SELECT * FROM milestones ORDER BY replica, gw", "SELECT * FROM phases ORDER BY replica, phase_index",
        "SELECT * FROM timeline ORDER BY replica, date"})
    text += std::string(sql) + "\n" + query(db_path, sql);
  return text;
}

/** @brief How a run killed midway ended: whether the SIGKILL came before it ended, the runs committed then. */
struct KilledRun {
  bool killed   = false;
  int committed = 0;
};

/** @brief Runs `gwsim ARGS` and kills it (SIGKILL) once `db_path` holds at least `at_least` committed runs (its
 * `replicas` table), or after 30 s. */
inline KilledRun kill_once_committed(const std::vector<std::string>& args, const std::string& db_path, int at_least)
{
  std::vector<std::string> argv{GWSIM_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  Process p(argv, "");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline && !p.ended()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::string committed;
    try {
      committed = query(db_path, "SELECT COUNT(*) FROM replicas");
    } catch (const std::exception&) {
      continue; // not created yet, or busy
    }
    if (!committed.empty() && std::stoi(committed) >= at_least) break;
  }
  KilledRun run;
  run.killed    = !p.ended() && p.kill().signal == SIGKILL;
  run.committed = std::stoi(query(db_path, "SELECT COUNT(*) FROM replicas"));
  return run;
}

/** @brief The day of an ISO date counted from 2026-01-01, the teaching scenarios' start. */
inline double teaching_day(const std::string& iso)
{
  const auto date = gwsim::Date::parse(iso);
  if (!date) throw std::runtime_error("not a date: " + iso);
  return static_cast<double>(*date - gwsim::Date::from_ymd(2026, 1, 1));
}

} // namespace gwsim_e2e

#endif
