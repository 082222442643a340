/* `gwsim compare DIR_A DIR_B` (a table on stdout, a chart and its data) and `gwsim run --report`. */
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
// tranches stop after 4 GW, and 10 GW (2030-05-26 in the reference) is never reached.
TEST(Compare, AMilestoneOneRunNeverReachedIsBlank)
{
  TempDir tmp;
  const std::string b = tmp / "b";
  compare_with_reference(tmp, "finance.funds.nvidia-investment.amount=$40B");
  const Csv table       = Csv::read(b + "/compare/compare_milestones.csv");
  const std::size_t ten = table.find("milestone", "10 GW");
  EXPECT_EQ(table.at(ten, "a"), "2030-05-26");
  EXPECT_EQ(table.at(ten, "b"), "");
  EXPECT_EQ(table.at(ten, "b_minus_a_days"), "");
  EXPECT_EQ(table.at(table.find("milestone", "5 GW"), "b_minus_a_days"), "0");
  EXPECT_NE(slurp(tmp / "compare.out").find("10 GW 2030-05-26"), std::string::npos) << slurp(tmp / "compare.out");
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
