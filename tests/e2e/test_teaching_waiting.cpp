/* End-to-end test of scenarios/teaching/waiting-dollars.yaml: timeline.csv's waiting_usd, each product's price times
 * its accelerators delivered but not online, worked out by hand (the arithmetic is the scenario's description). */
#include "tests/e2e/ensemble_support.hpp"
#include "tests/e2e/hand_worked.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using gwsim_e2e::Csv;
using gwsim_e2e::expect_phase;
using gwsim_e2e::ExpectedPhase;
using gwsim_e2e::run_teaching;
using gwsim_e2e::timeline_at;

TEST(TeachingWaitingDollars, PhaseDates)
{
  auto run = run_teaching("waiting-dollars.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase early;
  early.build_start            = "2026-01-01";
  early.build_end              = "2026-01-11"; // day 10
  early.power_granted          = "2026-01-01"; // interconnect 0 days; 12.5 MW fits the first 12.5 MW
  early.energized              = "2026-01-11"; // max(10, 0)
  early.first_online           = "2026-01-11"; // the first batch starts ramping on day 10
  early.complete               = "2026-04-21"; // batches days 10-60 and 60-110 at 100 a day
  early.wait_accelerators_days = 10;           // the last A2 on day 20, energized on day 10
  early.binding                = "install";    // unlimited install: complete on day 20 (all delivered)
  expect_phase(run->phases, "s", "early", early);
  ExpectedPhase late;
  late.build_end       = "2026-01-11";
  late.power_granted   = "2026-04-11"; // day 100: the headroom grows to 25 MW
  late.energized       = "2026-04-11";
  late.complete        = "2026-04-11"; // its 10,000 A1 (in by day 10) online at once
  late.wait_power_days = 90;           // 100 - 10
  late.binding         = "power";      // power at once: complete on day 10
  expect_phase(run->phases, "s", "late", late);
}

TEST(TeachingWaitingDollars, WaitingUsdIsEachProductsPriceTimesItsWaiting)
{
  auto run = run_teaching("waiting-dollars.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const auto& t = run->timeline;
  ASSERT_EQ(t.header().back(), "waiting_usd"); // the scenario gives prices: the column is appended last
  // 2026-01-01 (day 0): nothing delivered yet.
  EXPECT_EQ(timeline_at(t, "2026-01-01", "waiting_usd"), 0);
  // 2026-02-01 (day 31): 10,000 A1 (late, not energized) + 10,000 A2, of which 5,000 x 21/50 = 2,100 online:
  // 17,900 waiting; 10,000 x $10k + 7,900 x $30k = $100M + $237M.
  EXPECT_EQ(timeline_at(t, "2026-02-01", "waiting_accelerators"), 17900);
  EXPECT_EQ(timeline_at(t, "2026-02-01", "waiting_usd"), 337e6);
  // 2026-03-01 (day 59): A2 online 5,000 x 49/50 = 4,900: 15,100 waiting; $100M + 5,100 x $30k = $253M.
  EXPECT_EQ(timeline_at(t, "2026-03-01", "waiting_accelerators"), 15100);
  EXPECT_EQ(timeline_at(t, "2026-03-01", "waiting_usd"), 253e6);
  // 2026-04-01 (day 90): A2 online 5,000 + 5,000 x 30/50 = 8,000: 12,000 waiting; $100M + 2,000 x $30k = $160M
  // (one price for all would give 12,000 x $10k = $120M or x $30k = $360M).
  EXPECT_EQ(timeline_at(t, "2026-04-01", "waiting_accelerators"), 12000);
  EXPECT_EQ(timeline_at(t, "2026-04-01", "waiting_usd"), 160e6);
  // 2026-05-01 (day 120): late online since day 100, early since day 110.
  EXPECT_EQ(timeline_at(t, "2026-05-01", "waiting_accelerators"), 0);
  EXPECT_EQ(timeline_at(t, "2026-05-01", "waiting_usd"), 0);
}

// The ensemble keeps waiting_usd too: results.sqlite's timeline and a bands.csv metric. The scenario draws nothing,
// so its 3 replicas (numbered 1 to 3) are the run above: every percentile is the run's value.
TEST(TeachingWaitingDollars, EnsembleBandsOfWaitingUsd)
{
  const gwsim_e2e::TempDir tmp;
  ASSERT_EQ(gwsim_e2e::run_ensemble(gwsim_e2e::scenario_path("teaching/waiting-dollars.yaml"), 3, tmp / "ens",
                                    {"--jobs", "2"}),
            0);
  EXPECT_EQ(gwsim_e2e::query(tmp / "ens/results.sqlite",
                             "SELECT replica, waiting_usd FROM timeline WHERE date = '2026-02-01' ORDER BY replica"),
            "1|337000000.0\n2|337000000.0\n3|337000000.0\n");
  const Csv bands = Csv::read(tmp / "ens/bands.csv");
  const std::vector<std::pair<std::string, double>> expected{
      {"2026-02-01", 337e6}, {"2026-04-01", 160e6}, {"2026-05-01", 0}};
  for (const auto& [date, usd] : expected) {
    SCOPED_TRACE(date);
    const std::size_t i = bands.find("date", date, "metric", "waiting_usd");
    for (const char* column : {"mean", "p10", "p50", "p90"})
      EXPECT_EQ(bands.number(i, column), usd) << column;
  }
}

} // namespace
