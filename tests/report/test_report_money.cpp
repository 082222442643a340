/* The report of a run with funds (scenarios/teaching/funding.yaml): the money charts' files and page sections, and
 * their data read back against cashflow.csv, timeline.csv and phases.csv; the Gantt's waiting for funds and the
 * held-back chart's funding. Runs without
 * funds get none of this (test_report_files.cpp counts the reference page's images). */
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace gwsim_report_test;
namespace fs = std::filesystem;

const std::string kFunding = gwsim_e2e::scenario_path("teaching/funding.yaml");

/** @brief The funding scenario's outputs and their report. */
class ReportMoney : public ::testing::Test {
 protected:
  void SetUp() override
  {
    ASSERT_EQ(run_gwsim({"run", kFunding, "-o", out_, "--quiet"}, tmp_ / "run.out", tmp_ / "run.err"), 0)
        << slurp(tmp_ / "run.err");
    ASSERT_EQ(report(tmp_, out_), 0) << slurp(tmp_ / "report.err");
    summary_ = nlohmann::json::parse(slurp(out_ + "/summary.json"));
  }

  Csv chart(const std::string& name) const { return Csv::read(out_ + "/report/" + name + ".csv"); }

  TempDir tmp_;
  std::string out_ = tmp_ / "out";
  nlohmann::json summary_;
};

} // namespace

// One test, one report (a report takes seconds).
TEST_F(ReportMoney, ChartsTheCashflowAndCircularityAndTheGanttWaitsForFunds)
{
  for (const char* name : {"funds", "circularity"}) {
    for (const char* ext : {".png", ".svg"})
      EXPECT_GT(fs::file_size(out_ + "/report/" + name + ext), 1000u) << name << ext;
    EXPECT_TRUE(fs::is_regular_file(out_ + "/report/" + std::string(name) + ".csv")) << name;
  }
  const std::string page = slurp(out_ + "/report.html");
  EXPECT_NE(page.find("<section id=\"funds\">"), std::string::npos);
  EXPECT_NE(page.find("<section id=\"circularity\">"), std::string::npos);
  std::size_t images = 0;
  for (std::size_t at = page.find("src=\"data:image/png"); at != std::string::npos;
       at             = page.find("src=\"data:image/png", at + 1))
    ++images;
  EXPECT_EQ(images, kCharts.size()); // the four of every run, funds and circularity

  // s/h2 was ready on day 0 and waited 30 days for its budget (the scenario's worked example); h1 did not wait.
  const Csv gantt         = chart("gantt");
  const Csv phases        = Csv::read(out_ + "/phases.csv");
  const std::string start = summary_["start"].get<std::string>();
  const std::size_t h2    = gantt.find("phase", "h2", "state", "waiting_funds");
  EXPECT_EQ(gantt.at(h2, "site"), "s");
  EXPECT_EQ(gantt.at(h2, "start"), "2026-01-01");
  EXPECT_EQ(gantt.at(h2, "end"), "2026-01-31");
  const std::size_t p2 = phases.find("site", "s", "phase", "h2");
  EXPECT_NEAR(gantt.number(h2, "end_day"), day_of(phases.at(p2, "build_start"), start), 1e-9);
  EXPECT_NEAR(gantt.number(h2, "start_day"),
              day_of(phases.at(p2, "build_start"), start) - phases.number(p2, "wait_funding_days"), 1e-9);
  EXPECT_EQ(gantt.at(h2 + 1, "state"), "building"); // then it builds
  EXPECT_THROW(gantt.find("phase", "h1", "state", "waiting_funds"), std::runtime_error);

  // funds.csv: by the end of each date, the sum of cashflow.csv's amounts of each category; spent is all but funding.
  const Csv flows    = Csv::read(out_ + "/cashflow.csv");
  const Csv funds    = chart("funds");
  const Csv timeline = Csv::read(out_ + "/timeline.csv");
  ASSERT_GE(funds.size(), 2u);
  EXPECT_EQ(funds.at(0, "date"), summary_["start"].get<std::string>());
  EXPECT_EQ(funds.at(funds.size() - 1, "date"), summary_["end"].get<std::string>());
  for (std::size_t i = 0; i < flows.size(); ++i)
    EXPECT_NO_THROW(funds.find("date", flows.at(i, "date"))) << flows.at(i, "date");
  for (std::size_t r = 0; r < funds.size(); ++r) {
    SCOPED_TRACE(funds.at(r, "date"));
    std::map<std::string, double> sum; // by category
    for (std::size_t i = 0; i < flows.size(); ++i)
      if (flows.at(i, "date") <= funds.at(r, "date")) // ISO dates compare as text
        sum[flows.at(i, "category")] += flows.number(i, "amount_usd");
    EXPECT_NEAR(funds.number(r, "funding"), sum["funding"], 1e-3);
    EXPECT_NEAR(funds.number(r, "accelerators"), sum["accelerators"], 1e-3);
    EXPECT_NEAR(funds.number(r, "facility"), sum["facility"], 1e-3);
    EXPECT_NEAR(funds.number(r, "spent"), sum["accelerators"] + sum["facility"], 1e-3);
  }
  const std::size_t last = funds.size() - 1;
  EXPECT_NEAR(funds.number(last, "funding"), summary_["funds_received_usd"].get<double>(), 1e-3);
  EXPECT_NEAR(funds.number(last, "spent"), summary_["capex_usd"].get<double>(), 1e-3);
  // The funds received agree with the timeline's at each of its dates (the last funds.csv row by that date).
  for (std::size_t t = 0; t < timeline.size(); ++t) {
    std::size_t r = 0;
    while (r + 1 < funds.size() && funds.at(r + 1, "date") <= timeline.at(t, "date"))
      ++r;
    EXPECT_NEAR(funds.number(r, "funding"), timeline.number(t, "funds_received_usd"), 1e-3) << timeline.at(t, "date");
  }

  // held_back.csv gains funding: the IT GW of phases ready and waiting for their budget, from build_start -
  // wait_funding_days to build_start. On 2026-01-01 (day 0) h2 (1 GW) waits for funds and h1 (1 GW) builds; from
  // day 30 on nobody waits.
  const Csv held = chart("held_back");
  ASSERT_EQ(held.header(),
            (std::vector<std::string>{"date", "construction", "power", "accelerators", "install", "funding"}));
  ASSERT_EQ(held.size(), timeline.size());
  for (std::size_t t = 0; t < held.size(); ++t) {
    const double day = day_of(timeline.at(t, "date"), start);
    double waiting   = 0;
    for (std::size_t i = 0; i < phases.size(); ++i) {
      const double build_start = day_of(phases.at(i, "build_start"), start);
      if (build_start - phases.number(i, "wait_funding_days") <= day && day < build_start)
        waiting += phases.number(i, "it_gw");
    }
    EXPECT_NEAR(held.number(t, "funding"), waiting, 1e-9) << timeline.at(t, "date");
  }
  EXPECT_EQ(held.at(0, "date"), "2026-01-01");
  EXPECT_EQ(held.number(0, "funding"), 1.0);
  EXPECT_EQ(held.number(0, "construction"), 1.0);
  EXPECT_EQ(held.number(1, "funding"), 0.0);

  // circularity.csv: timeline.csv's circularity_fab, date by date (0 → 1 → 0.5 in the worked example).
  const Csv circularity = chart("circularity");
  ASSERT_EQ(circularity.size(), timeline.size());
  ASSERT_EQ(circularity.header(), (std::vector<std::string>{"date", "fab"}));
  for (std::size_t t = 0; t < timeline.size(); ++t) {
    EXPECT_EQ(circularity.at(t, "date"), timeline.at(t, "date"));
    EXPECT_NEAR(circularity.number(t, "fab"), timeline.number(t, "circularity_fab"), 1e-9) << t;
  }
  EXPECT_NEAR(circularity.number(circularity.size() - 1, "fab"), summary_["circularity"]["fab"].get<double>(), 1e-9);
}
