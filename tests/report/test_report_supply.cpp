/* The report of a run with a supply chain (scenarios/teaching/supply-narrowest.yaml): the utilization and binding
 * charts, their data read back against supply.csv and timeline.csv. Runs without stages get neither
 * (test_report_files.cpp counts the reference page's images). */
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace {

using namespace gwsim_report_test;
namespace fs = std::filesystem;

// One test, one report (a report takes seconds).
TEST(ReportSupply, ChartsUtilizationAndTheBindingStageFromSupplyCsv)
{
  const TempDir tmp;
  const std::string out = run_and_report(tmp, "teaching/supply-narrowest.yaml");
  ASSERT_FALSE(::testing::Test::HasFailure());
  for (const char* name : {"supply_utilization", "supply_binding"}) {
    for (const char* ext : {".png", ".svg"})
      EXPECT_GT(fs::file_size(out + "/report/" + name + ext), 1000u) << name << ext;
    EXPECT_NE(slurp(out + "/report.html").find("<section id=\"" + std::string(name) + "\">"), std::string::npos);
  }
  // Every (date, stage) of supply.csv: its utilization is the chart's value in that stage's column.
  const Csv supply = Csv::read(out + "/supply.csv");
  const Csv used   = Csv::read(out + "/report/supply_utilization.csv");
  ASSERT_EQ(used.header(), (std::vector<std::string>{"date", "wafer", "cowos", "hbm", "fab"}));
  for (std::size_t i = 0; i < supply.size(); ++i) {
    const std::size_t row = used.find("date", supply.at(i, "date"));
    EXPECT_NEAR(used.number(row, supply.at(i, "stage")), supply.number(i, "utilization"), 1e-9)
        << supply.at(i, "date") << " " << supply.at(i, "stage");
  }
  // The binding band names, at each report date, timeline.csv's supply_binding (wafer throughout: the description's
  // arithmetic).
  const Csv bound    = Csv::read(out + "/report/supply_binding.csv");
  const Csv timeline = Csv::read(out + "/timeline.csv");
  ASSERT_EQ(bound.size(), timeline.size());
  for (std::size_t i = 0; i < bound.size(); ++i) {
    EXPECT_EQ(bound.at(i, "date"), timeline.at(i, "date"));
    EXPECT_EQ(bound.at(i, "stage"), timeline.at(i, "supply_binding"));
    EXPECT_EQ(bound.at(i, "stage"), "wafer");
  }
}

} // namespace
