/* `gwsim compare DIR_A DIR_B` (a table on stdout, a chart and its data) and `gwsim run --report`. */
#include "tests/e2e/ensemble_support.hpp"
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace {

using namespace gwsim_report_test;
namespace fs = std::filesystem;

/** @brief Runs the reference into tmp/a, and with `set` into tmp/b, then `gwsim compare a b` (stdout in
 * tmp/compare.out); asserts success. */
void compare_with_reference(const TempDir& tmp, const std::string& set)
{
  run_reference(tmp, tmp / "a");
  run_reference(tmp, tmp / "b", {"--set", set});
  ASSERT_EQ(run_gwsim({"compare", tmp / "a", tmp / "b"}, tmp / "compare.out", tmp / "compare.err"), 0)
      << slurp(tmp / "compare.err");
}

} // namespace

TEST(Compare, PrintsMilestonesAndChartsTheDifference)
{
  TempDir tmp;
  const std::string a = tmp / "a";
  const std::string b = tmp / "b";
  compare_with_reference(tmp, "suppliers.nvidia.share=40%");
  const std::string text = slurp(tmp / "compare.out");
  EXPECT_NE(text.find("milestones:"), std::string::npos) << text;
  EXPECT_NE(text.find("10 GW"), std::string::npos) << text;

  // Written to DIR_B/compare by default: the chart, and the data it plots, which is both timelines.
  for (const char* file : {"compare.png", "compare.svg", "compare_milestones.csv"})
    EXPECT_TRUE(fs::is_regular_file(b + "/compare/" + file)) << file;
  const Csv data = Csv::read(b + "/compare/compare.csv");
  const Csv ta   = Csv::read(a + "/timeline.csv");
  const Csv tb   = Csv::read(b + "/timeline.csv");
  ASSERT_EQ(data.size(), ta.size());
  for (std::size_t i = 0; i < data.size(); ++i) {
    EXPECT_NEAR(data.number(i, "online_a"), ta.number(i, "online_gw"), 1e-6);
    EXPECT_NEAR(data.number(i, "online_b"), tb.number(i, "online_gw"), 1e-6);
    EXPECT_NEAR(data.number(i, "difference"), tb.number(i, "online_gw") - ta.number(i, "online_gw"), 2e-6);
  }
}

// A milestone only A reached: B's date and the difference are blank. The what-if of docs/scenarios.md: NVIDIA's
// tranches stop after 4 GW, and 10 GW (2030-10-20 in the reference) is never reached.
TEST(Compare, AMilestoneOneRunNeverReachedIsBlank)
{
  TempDir tmp;
  const std::string b = tmp / "b";
  compare_with_reference(tmp, "finance.funds.nvidia-investment.amount=$40B");
  const Csv table       = Csv::read(b + "/compare/compare_milestones.csv");
  const std::size_t ten = table.find("milestone", "10 GW");
  EXPECT_EQ(table.at(ten, "a"), "2030-10-20");
  EXPECT_EQ(table.at(ten, "b"), "");
  EXPECT_EQ(table.at(ten, "b_minus_a_days"), "");
  EXPECT_EQ(table.at(table.find("milestone", "5 GW"), "b_minus_a_days"), "0");
  EXPECT_NE(slurp(tmp / "compare.out").find("10 GW 2030-10-20"), std::string::npos) << slurp(tmp / "compare.out");
}

// Two ensembles of scenarios/teaching/uncertain-build.yaml (20 replicas): A builds in uniform [200, 300] days, B in
// [150, 250]. Replica I draws the same quantile in both, so B's build, and its 1 GW date, is 50 days earlier in every
// replica: each percentile of B is A's minus 50 days. The timeline compared is bands.csv's online_gw.
TEST(Compare, TwoEnsemblesByPercentiles)
{
  TempDir tmp;
  const std::string a = tmp / "a";
  const std::string b = tmp / "b";
  ASSERT_EQ(gwsim_e2e::run_ensemble(gwsim_e2e::uncertain_build_path(), 20, a), 0);
  ASSERT_EQ(gwsim_e2e::run_ensemble(gwsim_e2e::uncertain_build_path(), 20, b,
                                    {"--set", "sites.s.phases.p1.build={uniform: [150 days, 250 days]}"}),
            0);
  ASSERT_EQ(run_gwsim({"compare", a, b}, tmp / "compare.out", tmp / "compare.err"), 0) << slurp(tmp / "compare.err");
  const Csv table       = Csv::read(b + "/compare/compare_milestones.csv");
  const Csv ma          = Csv::read(a + "/milestones.csv");
  const Csv mb          = Csv::read(b + "/milestones.csv");
  const std::size_t one = table.find("milestone", "1 GW");
  EXPECT_EQ(table.at(one, "a"), ma.at(ma.find("gw", "1"), "p50"));
  EXPECT_EQ(table.at(one, "b"), mb.at(mb.find("gw", "1"), "p50"));
  EXPECT_EQ(table.at(one, "b_minus_a_days"), "-50");
  for (const char* p : {"p10", "p90"}) {
    EXPECT_EQ(table.at(one, std::string("a_") + p), ma.at(ma.find("gw", "1"), p));
    EXPECT_EQ(day_of(table.at(one, std::string("b_") + p), table.at(one, std::string("a_") + p)), -50) << p;
  }
  EXPECT_EQ(table.number(one, "b_probability"), 1.0); // every replica reached 1 GW
  // The chart's data: the P50 (and P10, P90) of online_gw in each ensemble's bands.csv, date by date.
  const Csv data = Csv::read(b + "/compare/compare.csv");
  const Csv ba   = Csv::read(a + "/bands.csv");
  const Csv bb   = Csv::read(b + "/bands.csv");
  ASSERT_GT(data.size(), 0u);
  for (std::size_t i = 0; i < data.size(); ++i) {
    SCOPED_TRACE(data.at(i, "date"));
    const std::size_t ia = ba.find("date", data.at(i, "date"), "metric", "online_gw");
    const std::size_t ib = bb.find("date", data.at(i, "date"), "metric", "online_gw");
    EXPECT_NEAR(data.number(i, "online_a"), ba.number(ia, "p50"), 1e-6);
    EXPECT_NEAR(data.number(i, "online_b"), bb.number(ib, "p50"), 1e-6);
    EXPECT_NEAR(data.number(i, "online_a_p10"), ba.number(ia, "p10"), 1e-6);
    EXPECT_NEAR(data.number(i, "online_b_p90"), bb.number(ib, "p90"), 1e-6);
  }
  EXPECT_TRUE(fs::is_regular_file(b + "/compare/compare.png"));
  // An ensemble against a run: not comparable, exit 2, the folders named.
  run_reference(tmp, tmp / "run");
  EXPECT_EQ(run_gwsim({"compare", a, tmp / "run"}, tmp / "mixed.out", tmp / "mixed.err"), 2);
  EXPECT_NE(slurp(tmp / "mixed.err").find("gwsim: error: " + a + " is an ensemble's folder and " + (tmp / "run")),
            std::string::npos)
      << slurp(tmp / "mixed.err");
}

TEST(Compare, MissingFolderExitsTwo)
{
  TempDir tmp;
  EXPECT_EQ(run_gwsim({"compare", tmp / "x", tmp / "y"}, tmp / "out", tmp / "err"), 2);
  EXPECT_NE(slurp(tmp / "err").find("gwsim: error: " + (tmp / "x") + ": no such folder"), std::string::npos);
}

TEST(RunReport, WritesTheReportRightAfterTheRun)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  run_reference(tmp, out, {"--report"});
  EXPECT_TRUE(fs::is_regular_file(out + "/report.html"));
  for (const auto& chart : kReferenceCharts)
    EXPECT_TRUE(fs::is_regular_file(out + "/report/" + chart + ".png")) << chart;
}
