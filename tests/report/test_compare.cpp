/* `gwsim compare DIR_A DIR_B` (a table on stdout, a chart and its data) and `gwsim run --report`. */
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace {

using namespace gwsim_report_test;
namespace fs = std::filesystem;

} // namespace

TEST(Compare, PrintsMilestonesAndChartsTheDifference)
{
  TempDir tmp;
  const std::string a = tmp / "a";
  const std::string b = tmp / "b";
  run_reference(tmp, a);
  run_reference(tmp, b, {"--set", "suppliers.nvidia.share=40%"});
  ASSERT_EQ(run_gwsim({"compare", a, b}, tmp / "compare.out", tmp / "compare.err"), 0) << slurp(tmp / "compare.err");
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
  for (const auto& chart : kCharts)
    EXPECT_TRUE(fs::is_regular_file(out + "/report/" + chart + ".png")) << chart;
}
