/* The report of an ensemble's folder: a real ensemble of scenarios/teaching/uncertain-build.yaml (20 replicas, build
 * uniform in [200, 300] days, construction binds in every replica) with the sensitivity.csv of `gwsim sensitivity`
 * in the same folder. Each chart's data is read back against milestones.csv, bands.csv, binding.csv, sensitivity.csv
 * and results.sqlite: no chart from made-up data. */
#include "tests/e2e/ensemble_support.hpp"
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace gwsim_report_test;
using gwsim_e2e::query;
using gwsim_e2e::teaching_day;
namespace fs = std::filesystem;

constexpr int kRuns = 20;
const std::vector<std::string> kEnsembleCharts{"capacity", "milestone_dates", "binding", "waiting", "tornado"};
const std::vector<std::string> kEnsembleData{"capacity_bands", "milestone_marks", "milestone_dates",
                                             "binding_shares", "waiting_bands",   "tornado"};

/** @brief The rows of a query's result, each split on `|`. */
std::vector<std::vector<std::string>> rows_of(const std::string& text)
{
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '|');)
      fields.push_back(cell);
    rows.push_back(fields);
  }
  return rows;
}

class ReportEnsemble : public ::testing::Test {
 protected:
  void SetUp() override
  {
    const std::string scenario = gwsim_e2e::uncertain_build_path();
    ASSERT_EQ(gwsim_e2e::run_ensemble(scenario, kRuns, out_, {"--jobs", "2"}, tmp_ / "ensemble.err"), 0)
        << slurp(tmp_ / "ensemble.err");
    ASSERT_EQ(run_gwsim({"sensitivity", scenario, "--metric", "1_gw", "-o", out_, "--quiet"}, "/dev/null",
                        tmp_ / "sensitivity.err"),
              0)
        << slurp(tmp_ / "sensitivity.err");
    ASSERT_EQ(report(tmp_, out_), 0) << slurp(tmp_ / "report.err");
  }

  Csv chart(const std::string& name) const { return Csv::read(out_ + "/report/" + name + ".csv"); }
  std::string db() const { return out_ + "/results.sqlite"; }

  TempDir tmp_;
  std::string out_ = tmp_ / "ens";
};

} // namespace

// One test, one report (a report takes seconds).
TEST_F(ReportEnsemble, ChartsTheBandsMilestonesBindingAndTornadoFromTheEnsemblesFiles)
{
  for (const auto& name : kEnsembleCharts)
    for (const char* ext : {".png", ".svg"})
      EXPECT_GT(fs::file_size(out_ + "/report/" + name + ext), 1000u) << name << ext;
  for (const auto& name : kEnsembleData)
    EXPECT_TRUE(fs::is_regular_file(out_ + "/report/" + name + ".csv")) << name;
  const std::string page = slurp(out_ + "/report.html");
  std::size_t images     = 0;
  for (const auto& target : references(page)) {
    EXPECT_TRUE(target.rfind("data:image/png;base64,", 0) == 0 || target.rfind("#", 0) == 0) << target.substr(0, 60);
    images += target.rfind("data:", 0) == 0;
  }
  EXPECT_EQ(images, kEnsembleCharts.size());
  for (const auto& name : kEnsembleCharts)
    EXPECT_NE(page.find("<section id=\"" + name + "\">"), std::string::npos) << name;

  // capacity_bands.csv: bands.csv's online_gw rows, date by date.
  const Csv bands         = Csv::read(out_ + "/bands.csv");
  const Csv capacity      = chart("capacity_bands");
  std::size_t next_online = 0;
  for (std::size_t b = 0; b < bands.size(); ++b) {
    if (bands.at(b, "metric") != "online_gw") continue;
    ASSERT_LT(next_online, capacity.size());
    EXPECT_EQ(capacity.at(next_online, "date"), bands.at(b, "date"));
    for (const char* column : {"mean", "p10", "p50", "p90"})
      EXPECT_NEAR(capacity.number(next_online, column), bands.number(b, column), 1e-9) << bands.at(b, "date");
    ++next_online;
  }
  EXPECT_EQ(next_online, capacity.size());
  // Its demand: online_gw + shortfall of every replica short of demand at that date (they agree: demand is 1 GW from
  // 2026-01-01, the scenario's one point), empty where every replica met it.
  std::map<std::string, std::vector<double>> demand_seen; // date -> online + shortfall of each short replica
  for (const auto& row : rows_of(query(db(), "SELECT date, online_gw, shortfall FROM timeline")))
    if (std::stod(row[2]) > 1e-9) demand_seen[row[0]].push_back(std::stod(row[1]) + std::stod(row[2]));
  for (std::size_t t = 0; t < capacity.size(); ++t) {
    SCOPED_TRACE(capacity.at(t, "date"));
    const auto seen = demand_seen.find(capacity.at(t, "date"));
    if (seen == demand_seen.end()) {
      EXPECT_EQ(capacity.at(t, "demand"), "");
      continue;
    }
    for (double d : seen->second)
      EXPECT_NEAR(capacity.number(t, "demand"), d, 1e-9);
    EXPECT_NEAR(capacity.number(t, "demand"), 1.0, 1e-9);
  }
  EXPECT_EQ(capacity.at(0, "demand"), "1.000000");           // day 0: nothing online, short of 1 GW in every replica
  EXPECT_EQ(capacity.at(capacity.size() - 1, "demand"), ""); // 2026-12-01: every build ended by day 300

  // milestone_marks.csv: milestones.csv (one milestone, 1 GW, reached by all 20 replicas).
  const Csv milestones = Csv::read(out_ + "/milestones.csv");
  const Csv marks      = chart("milestone_marks");
  ASSERT_EQ(milestones.size(), 1u);
  ASSERT_EQ(marks.size(), 1u);
  EXPECT_EQ(marks.number(0, "gw"), 1.0);
  EXPECT_EQ(marks.number(0, "probability"), 1.0);
  for (const char* p : {"p10", "p50", "p90"})
    EXPECT_EQ(marks.at(0, p), milestones.at(0, p)) << p;

  // milestone_dates.csv: results.sqlite's milestones, earliest first, with the share of replicas reached by then; its
  // ⌈p·20⌉-th dates (2nd, 10th, 18th) are milestones.csv's P10, P50, P90.
  const Csv dates    = chart("milestone_dates");
  const auto db_rows = rows_of(query(db(), "SELECT replica, day FROM milestones WHERE gw = 1 ORDER BY day, replica"));
  ASSERT_EQ(dates.size(), static_cast<std::size_t>(kRuns));
  ASSERT_EQ(db_rows.size(), dates.size());
  for (std::size_t i = 0; i < dates.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(dates.number(i, "replica"), std::stod(db_rows[i][0]));
    EXPECT_NEAR(dates.number(i, "day"), std::stod(db_rows[i][1]), 1e-6);
    EXPECT_EQ(teaching_day(dates.at(i, "date")), std::floor(std::stod(db_rows[i][1]) + 1e-6));
    EXPECT_NEAR(dates.number(i, "share"), static_cast<double>(i + 1) / kRuns, 1e-9);
    // Every build is in [200, 300] days: so is every date.
    EXPECT_GE(dates.number(i, "day"), 200.0);
    EXPECT_LE(dates.number(i, "day"), 300.0);
  }
  EXPECT_EQ(dates.at(1, "date"), milestones.at(0, "p10"));
  EXPECT_EQ(dates.at(9, "date"), milestones.at(0, "p50"));
  EXPECT_EQ(dates.at(17, "date"), milestones.at(0, "p90"));

  // binding_shares.csv: binding.csv; construction binds s/p1 in every replica (the results.sqlite view agrees).
  const Csv binding = Csv::read(out_ + "/binding.csv");
  const Csv shares  = chart("binding_shares");
  ASSERT_EQ(shares.header(), binding.header());
  ASSERT_EQ(shares.size(), binding.size());
  for (std::size_t r = 0; r < shares.size(); ++r)
    for (const auto& column : binding.header())
      EXPECT_EQ(shares.at(r, column), binding.at(r, column)) << column;
  EXPECT_EQ(shares.number(0, "construction"), 1.0);
  EXPECT_EQ(query(db(), "SELECT site, phase, binding, replicas, share FROM binding"), "s|p1|construction|20|1.0\n");

  // waiting_bands.csv: bands.csv's waiting_accelerators and waiting_usd rows (the scenario prices its accelerator),
  // date by date. The day-1 lot of 1M accelerators ($10k each) waits for the build (200 to 300 days) in every
  // replica: 1M and $10B at every percentile on 2026-02-01; none after day 300 (2026-11-01 is day 304).
  const Csv waiting = chart("waiting_bands");
  ASSERT_EQ(waiting.size(), capacity.size());
  for (std::size_t t = 0; t < waiting.size(); ++t) {
    SCOPED_TRACE(waiting.at(t, "date"));
    const std::size_t count = bands.find("date", waiting.at(t, "date"), "metric", "waiting_accelerators");
    const std::size_t usd   = bands.find("date", waiting.at(t, "date"), "metric", "waiting_usd");
    for (const std::string p : {"mean", "p10", "p50", "p90"}) {
      EXPECT_EQ(waiting.number(t, "accelerators_" + p), bands.number(count, p)) << p;
      EXPECT_EQ(waiting.number(t, "usd_" + p), bands.number(usd, p)) << p;
    }
  }
  const std::size_t feb = waiting.find("date", "2026-02-01");
  const std::size_t nov = waiting.find("date", "2026-11-01");
  for (const std::string p : {"p10", "p50", "p90"}) {
    EXPECT_EQ(waiting.number(feb, "accelerators_" + p), 1e6) << p;
    EXPECT_EQ(waiting.number(feb, "usd_" + p), 1e10) << p;
    EXPECT_EQ(waiting.number(nov, "usd_" + p), 0) << p;
  }

  // tornado.csv: sensitivity.csv's one input; the build at its P10, 210 days, and P90, 290 days, against the median
  // 250: 1 GW 40 days earlier (2026-07-30) and 40 days later (2026-10-18) than at the medians (2026-09-08).
  const Csv sensitivity = Csv::read(out_ + "/sensitivity.csv");
  const Csv tornado     = chart("tornado");
  ASSERT_EQ(tornado.size(), sensitivity.size());
  ASSERT_EQ(tornado.size(), 1u);
  for (const char* column : {"input", "median", "at_p10", "at_p90"})
    EXPECT_EQ(tornado.at(0, column), sensitivity.at(0, column)) << column;
  EXPECT_EQ(tornado.number(0, "at_p10_days"),
            teaching_day(sensitivity.at(0, "at_p10")) - teaching_day(sensitivity.at(0, "median")));
  EXPECT_EQ(tornado.number(0, "at_p10_days"), -40.0);
  EXPECT_EQ(tornado.number(0, "at_p90_days"), 40.0);
  EXPECT_EQ(tornado.number(0, "swing_days"), sensitivity.number(0, "swing_days"));
  EXPECT_EQ(tornado.number(0, "swing_days"), 80.0);
}

TEST(ReportEnsembleErrors, AMissingTableIsNamedAndNothingIsWritten)
{
  TempDir tmp;
  const std::string out = tmp / "ens";
  ASSERT_EQ(gwsim_e2e::run_ensemble(gwsim_e2e::uncertain_build_path(), 2, out), 0);
  fs::remove(out + "/bands.csv");
  EXPECT_EQ(report(tmp, out), 2);
  EXPECT_NE(slurp(tmp / "report.err").find(out + "/bands.csv: no such file"), std::string::npos)
      << slurp(tmp / "report.err");
  EXPECT_FALSE(fs::exists(out + "/report"));
  EXPECT_FALSE(fs::exists(out + "/report.html"));
}
