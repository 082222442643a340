/* `gwsim sweep` end to end: the teaching scenario with an uncertain build swept over two fixed builds, at their
 * values and as small ensembles. */
#include "tests/e2e/ensemble_support.hpp"

#include <gtest/gtest.h>

using namespace gwsim_e2e;

TEST(Sweep, OneRowPerPointAndMilestone)
{
  TempDir tmp;
  ASSERT_EQ(run_gwsim({"sweep", uncertain_build_path(), "--vary", "sites.s.phases.p1.build=200 days,300 days", "--vary",
                       "regions.grid.interconnect=10 days,{uniform: [10 days, 50 days]}", "-o", tmp / "out", "--quiet"},
                      "/dev/null", tmp / "stderr"),
            0)
      << slurp(tmp / "stderr");
  const Csv s = Csv::read(tmp / "out/sweep.csv");
  ASSERT_EQ(s.header(), (std::vector<std::string>{"point", "sites.s.phases.p1.build", "regions.grid.interconnect", "gw",
                                                  "runs", "reached", "probability", "p10", "p50", "p90"}));
  ASSERT_EQ(s.size(), 4u); // 2 × 2 points, each reaching 1 GW only
  // The build binds: 1 GW on day 200 = 2026-07-20 or day 300 = 2026-10-28, whatever the interconnection time.
  EXPECT_EQ(s.at(0, "sites.s.phases.p1.build"), "200 days");
  EXPECT_EQ(s.at(1, "regions.grid.interconnect"), "{uniform: [10 days, 50 days]}");
  for (std::size_t i : {0u, 1u})
    EXPECT_EQ(s.at(i, "p50"), "2026-07-20");
  for (std::size_t i : {2u, 3u})
    EXPECT_EQ(s.at(i, "p50"), "2026-10-28");

  // As ensembles of 20 replicas each: the uniform build point's P50 falls near day 250.
  ASSERT_EQ(run_gwsim({"sweep", uncertain_build_path(), "--vary", "sites.s.phases.p1.pue=1.2,1.3", "--runs", "20", "-o",
                       tmp / "ens", "--quiet"}),
            0);
  const Csv e = Csv::read(tmp / "ens/sweep.csv");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e.at(0, "runs"), "20");
  EXPECT_NEAR(teaching_day(e.at(0, "p50")), 250, 25);
  EXPECT_EQ(e.at(0, "p50"), e.at(1, "p50")); // the PUE does not bind: the same draws give the same dates
  EXPECT_EQ(run_gwsim({"sweep", uncertain_build_path(), "--vary", "sites.s.phases.p1.pue=0.5", "-o", tmp / "bad"}), 2);
}
