/* The `waiting` chart's count and dollars on scenarios/teaching/waiting-dollars.yaml (two products at $10k and $30k,
 * one phase waiting for power, one installing), read back from report/waiting.csv against the hand-worked values of
 * the scenario's description; and a run without prices, whose chart has no dollars. */
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

namespace {

using namespace gwsim_report_test;
namespace fs = std::filesystem;

TEST(ReportWaiting, CountSplitAtEnergizingAndDollarsFromTimeline)
{
  const TempDir tmp;
  const std::string out = run_and_report(tmp, "teaching/waiting-dollars.yaml");
  ASSERT_FALSE(::testing::Test::HasFailure());
  const Csv waiting  = Csv::read(out + "/report/waiting.csv");
  const Csv timeline = Csv::read(out + "/timeline.csv");
  ASSERT_EQ(waiting.header(), (std::vector<std::string>{"date", "waiting_accelerators", "waiting_for_power",
                                                        "waiting_for_install", "waiting_usd"}));
  ASSERT_EQ(waiting.size(), timeline.size());
  for (std::size_t t = 0; t < waiting.size(); ++t)
    EXPECT_EQ(waiting.number(t, "waiting_usd"), timeline.number(t, "waiting_usd")) << waiting.at(t, "date");
  struct Row {
    const char* date;
    double power, install, usd;
  };
  // late's 10,000 A1 ($10k) wait for power until day 100 (2026-04-11); early's A2 ($30k) wait for their install:
  // day 31: 10,000 - 2,100 online; day 59: 10,000 - 4,900; day 90: 10,000 - 8,000 (the scenario's description).
  for (const Row& r :
       {Row{"2026-01-01", 0, 0, 0}, Row{"2026-02-01", 10000, 7900, 337e6}, Row{"2026-03-01", 10000, 5100, 253e6},
        Row{"2026-04-01", 10000, 2000, 160e6}, Row{"2026-05-01", 0, 0, 0}}) {
    SCOPED_TRACE(r.date);
    const std::size_t i = waiting.find("date", r.date);
    EXPECT_EQ(waiting.number(i, "waiting_for_power"), r.power);
    EXPECT_EQ(waiting.number(i, "waiting_for_install"), r.install);
    EXPECT_EQ(waiting.number(i, "waiting_accelerators"), r.power + r.install);
    EXPECT_EQ(waiting.number(i, "waiting_usd"), r.usd);
  }
  const std::string page = slurp(out + "/report.html");
  EXPECT_NE(page.find("<section id=\"waiting\">"), std::string::npos);
  EXPECT_NE(page.find("waiting_usd from timeline.csv"), std::string::npos) << "the caption names the dollars' source";
}

TEST(ReportWaiting, WithoutPricesCountsOnly)
{
  // teaching/supply.yaml without its accelerator's price: timeline.csv has no waiting_usd, nor the chart's data.
  const TempDir tmp;
  std::string yaml = slurp(gwsim_e2e::scenario_path("teaching/supply.yaml"));
  yaml             = std::regex_replace(yaml, std::regex("\n *price: [^\n]*"), "");
  ASSERT_EQ(yaml.find("price:"), std::string::npos);
  std::ofstream(tmp / "unpriced.yaml", std::ios::binary) << yaml;
  const std::string out = tmp / "out";
  ASSERT_EQ(run_gwsim({"run", tmp / "unpriced.yaml", "-o", out, "--quiet"}, tmp / "run.out", tmp / "run.err"), 0)
      << slurp(tmp / "run.err");
  EXPECT_EQ(Csv::read(out + "/timeline.csv").header().back(), "shortfall_gw");
  ASSERT_EQ(report(tmp, out), 0) << slurp(tmp / "report.err");
  EXPECT_EQ(Csv::read(out + "/report/waiting.csv").header(),
            (std::vector<std::string>{"date", "waiting_accelerators", "waiting_for_power", "waiting_for_install"}));
  EXPECT_GT(fs::file_size(out + "/report/waiting.png"), 1000u);
  EXPECT_EQ(slurp(out + "/report.html").find("waiting_usd"), std::string::npos);
}

} // namespace
