/* `gwsim sensitivity` end to end on the teaching scenario with an uncertain build (uniform 200–300 days, binding) and
 * an uncertain interconnection time that never binds (uniform 10–50 days, all granted before any build ends). */
#include "tests/e2e/ensemble_support.hpp"

#include <gtest/gtest.h>

using namespace gwsim_e2e;

TEST(Sensitivity, RanksTheBindingInputFirstWithItsSwing)
{
  TempDir tmp;
  ASSERT_EQ(run_gwsim({"sensitivity", uncertain_build_path(), "--metric", "1_gw", "-o", tmp / "out", "--quiet", "--set",
                       "regions.grid.interconnect={uniform: [10 days, 50 days]}"},
                      "/dev/null", tmp / "stderr"),
            0)
      << slurp(tmp / "stderr");
  const Csv s = Csv::read(tmp / "out/sensitivity.csv");
  ASSERT_EQ(s.header(),
            (std::vector<std::string>{"rank", "input", "paths", "median", "at_p10", "at_p90", "swing_days"}));
  ASSERT_EQ(s.size(), 2u);
  // The build at P10 = 200 + 100 × 0.1 = day 210, at P90 day 290: 1 GW moves by 80 days; the median is day 250.
  EXPECT_EQ(s.at(0, "input"), "sites.s.phases.p1.build");
  EXPECT_EQ(s.at(0, "median"), "2026-09-08");
  EXPECT_EQ(s.at(0, "at_p10"), "2026-07-30");
  EXPECT_EQ(s.at(0, "at_p90"), "2026-10-18");
  EXPECT_EQ(s.at(0, "swing_days"), "80.000");
  // The grant comes on day 14 or 46, long before the build ends: no effect.
  EXPECT_EQ(s.at(1, "input"), "regions.grid.interconnect");
  EXPECT_EQ(s.at(1, "swing_days"), "0.000");
  EXPECT_EQ(run_gwsim({"sensitivity", uncertain_build_path(), "--metric", "3_gw", "-o", tmp / "bad"}), 2);
}
