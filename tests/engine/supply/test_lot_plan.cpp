/* plan_lots: a supplier's lots worked out from its schedules before the run, with the arithmetic in the comments. */
#include "sim/engine/supply/lot_plan.hpp"
#include "tests/engine/test_worlds.hpp"

#include <gtest/gtest.h>

namespace gwsim {
namespace {

using testing::one_supplier;

TEST(LotPlan, ConstantRateMakesEqualLotsUntilTheHorizon)
{
  // 1,000/day in 7-day lots over 365 days: lots begin on days 0, 7, ..., 364 (364 = 52 × 7 < 365), so 53 lots of
  // 7,000; the last ends on day 371, after the horizon (it began before it).
  const auto lots = plan_lots(one_supplier(Schedule<Rate>::always(Rate{1000}), 7), 0);
  ASSERT_EQ(lots.size(), 53u);
  EXPECT_DOUBLE_EQ(lots[0].begin, 0);
  EXPECT_DOUBLE_EQ(lots[0].end, 7);
  EXPECT_DOUBLE_EQ(lots[0].made, 7000);
  EXPECT_DOUBLE_EQ(lots[52].begin, 364);
  EXPECT_DOUBLE_EQ(lots[52].end, 371);
  for (const auto& lot : lots) {
    EXPECT_EQ(lot.product, 0);
    EXPECT_DOUBLE_EQ(lot.buyers, lot.made);
  }
}

TEST(LotPlan, RateChangeInsideALotIsIntegrated)
{
  // 1,000/day until day 10, then 2,000/day; 7-day lots: lot 1 runs [7, 14]: 3 × 1,000 + 4 × 2,000 = 11,000.
  Scenario s          = one_supplier({}, 7);
  s.suppliers[0].rate = Schedule<Rate>{{{s.start, Rate{1000}}, {s.start.add_days(10), Rate{2000}}}, false};
  const auto lots     = plan_lots(s, 0);
  ASSERT_GE(lots.size(), 3u);
  EXPECT_DOUBLE_EQ(lots[1].made, 11000);
  EXPECT_DOUBLE_EQ(lots[2].made, 14000); // [14, 21] at 2,000/day
}

TEST(LotPlan, ZeroRatePausesProduction)
{
  // 1,000/day, zero from day 3 to day 20: lot 0 is cut at day 3 (3,000); the next begins on day 20, not day 3.
  Scenario s          = one_supplier({}, 7);
  s.suppliers[0].rate = Schedule<Rate>{
      {{s.start, Rate{1000}}, {s.start.add_days(3), Rate{0}}, {s.start.add_days(20), Rate{1000}}}, false};
  const auto lots = plan_lots(s, 0);
  ASSERT_GE(lots.size(), 2u);
  EXPECT_DOUBLE_EQ(lots[0].end, 3);
  EXPECT_DOUBLE_EQ(lots[0].made, 3000);
  EXPECT_DOUBLE_EQ(lots[1].begin, 20);
  EXPECT_DOUBLE_EQ(lots[1].end, 27);
  EXPECT_DOUBLE_EQ(lots[1].made, 7000);
}

TEST(LotPlan, NothingBeforeTheFirstRateDate)
{
  // The rate schedule starts on day 100: the first lot begins there.
  Scenario s          = one_supplier({}, 7);
  s.suppliers[0].rate = Schedule<Rate>{{{s.start.add_days(100), Rate{500}}}, false};
  const auto lots     = plan_lots(s, 0);
  ASSERT_FALSE(lots.empty());
  EXPECT_DOUBLE_EQ(lots[0].begin, 100);
  EXPECT_DOUBLE_EQ(lots[0].made, 3500);
}

TEST(LotPlan, NoPositiveRateMeansNoLots)
{
  EXPECT_TRUE(plan_lots(one_supplier(Schedule<Rate>::always(Rate{0}), 7), 0).empty());
}

TEST(LotPlan, ProductAndShareFollowTheirSchedules)
{
  // Product schedule from day 14: lots 0 and 1 (days 0 and 7) have no product (-1); lot 2 has product 0. A 25%
  // share: the buyer's part of a 7,000 lot is 1,750.
  Scenario s             = one_supplier(Schedule<Rate>::always(Rate{1000}), 7);
  s.suppliers[0].product = Schedule<int>{{{s.start.add_days(14), 0}}, false};
  s.suppliers[0].share   = Schedule<Share>::always(Share{0.25});
  const auto lots        = plan_lots(s, 0);
  ASSERT_GE(lots.size(), 3u);
  EXPECT_EQ(lots[0].product, -1);
  EXPECT_EQ(lots[1].product, -1);
  EXPECT_EQ(lots[2].product, 0);
  EXPECT_DOUBLE_EQ(lots[2].buyers, 1750);
}

} // namespace
} // namespace gwsim
