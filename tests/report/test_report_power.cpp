/* The report of a run with the power extensions (scenarios/teaching/transmission.yaml): the power-by-region chart,
 * its data read back against power.csv. Runs without power.csv get no such chart (test_report_files.cpp counts the
 * reference page's images). */
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace {

using namespace gwsim_report_test;
namespace fs = std::filesystem;

// One test, one report (a report takes seconds).
TEST(ReportPower, ChartsEachRegionsGrantsAndHeadroomFromPowerCsv)
{
  const TempDir tmp;
  const std::string out = run_and_report(tmp, "teaching/transmission.yaml");
  ASSERT_FALSE(::testing::Test::HasFailure());
  for (const char* ext : {".png", ".svg"})
    EXPECT_GT(fs::file_size(out + "/report/power_regions" + ext), 1000u) << ext;
  EXPECT_NE(slurp(out + "/report.html").find("<section id=\"power_regions\">"), std::string::npos);
  // Row for row, the chart's data is power.csv: the same dates, regions and GW.
  const Csv power = Csv::read(out + "/power.csv");
  const Csv drawn = Csv::read(out + "/report/power_regions.csv");
  ASSERT_EQ(drawn.size(), power.size());
  for (std::size_t i = 0; i < power.size(); ++i) {
    EXPECT_EQ(drawn.at(i, "date"), power.at(i, "date"));
    EXPECT_EQ(drawn.at(i, "region"), power.at(i, "region"));
    for (const char* column : {"headroom_gw", "granted_gw", "imported_gw", "queued_gw", "onsite_gw"})
      EXPECT_NEAR(drawn.number(i, column), power.number(i, column), 1e-9) << i << " " << column;
  }
}

} // namespace
