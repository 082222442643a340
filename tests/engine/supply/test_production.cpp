/* Production in SimGrid (sim/engine/supply/production.hpp): each lot is an execution on its supplier's host, started by
 * the end of the lot before, or by the supplier's actor after a pause. Watched from an actor at chosen days. Each TEST
 * runs in its own process (gtest_discover_tests). */
#include "sim/engine/actors.hpp"
#include "sim/engine/supply/production.hpp"
#include "tests/engine/test_worlds.hpp"

#include <gtest/gtest.h>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

#include <functional>

namespace gwsim {
namespace {
namespace s4u = simgrid::s4u;

/** @brief One supplier in 7-day lots over January and February 2026, with a region and a lane. */
Scenario producer(Schedule<Rate> rate)
{
  Scenario s = testing::one_supplier(std::move(rate), 7, Date::from_ymd(2026, 3, 1));
  testing::add_grid_and_lane(s, 1, 1e9);
  return s;
}

/** @brief Runs production and the supplier's actor; `watch` runs in an actor of its own. */
void run_with_watch(const Scenario& s, const std::function<void(World&)>& watch)
{
  const auto engine = testing::gwsim_engine();
  World world(s, build_platform(s));
  const Production production(world);
  s4u::Actor::create("supplier", world.platform.suppliers[0], [&world] { run_supplier(world, 0); });
  s4u::Actor::create("watch", world.platform.control, [&world, &watch] { watch(world); });
  engine->run();
}

TEST(Production, EachLotEndStartsTheNext)
{
  // 1,000/day in 7-day lots: lot k runs [7k, 7k + 7]. On day 10.5 lot 1 runs and lot 0 ended on day 7; on day 17.5
  // lot 2 runs and lot 1 ended on day 14.
  Scenario s = producer(Schedule<Rate>::always(Rate{1000}));
  std::vector<std::size_t> lot;
  std::vector<double> finished_at;
  run_with_watch(s, [&](World& world) {
    for (double day : {10.5, 17.5}) {
      s4u::this_actor::sleep_until(day);
      lot.push_back(world.production[0].lot);
      finished_at.push_back(world.production[0].finished->get_finish_time());
      EXPECT_LT(world.production[0].running->get_finish_time(), 0) << "the running lot has not ended";
    }
  });
  ASSERT_EQ(lot.size(), 2u);
  EXPECT_EQ(lot[0], 1u);
  EXPECT_NEAR(finished_at[0], 7, 1e-9);
  EXPECT_EQ(lot[1], 2u);
  EXPECT_NEAR(finished_at[1], 14, 1e-9);
}

TEST(Production, PauseStopsTheChainAndATimerResumesIt)
{
  // 1,000/day, zero from day 3 to day 20: lot 0 ends on day 3 and nothing runs until day 20, when a kernel timer
  // starts lot 1 (days 20 to 27); its end starts lot 2 (days 27 to 34), as before the pause.
  Scenario s          = producer({});
  s.suppliers[0].rate = Schedule<Rate>{
      {{s.start, Rate{1000}}, {s.start.add_days(3), Rate{0}}, {s.start.add_days(20), Rate{1000}}}, false};
  double lot0_end   = -1;
  std::size_t lot10 = 99;
  std::size_t lot21 = 99;
  std::size_t lot30 = 99;
  double lot1_end   = -1;
  run_with_watch(s, [&](World& world) {
    s4u::this_actor::sleep_until(10);
    lot10    = world.production[0].lot;
    lot0_end = world.production[0].running->get_finish_time();
    s4u::this_actor::sleep_until(21);
    lot21 = world.production[0].lot;
    s4u::this_actor::sleep_until(30);
    lot30    = world.production[0].lot;
    lot1_end = world.production[0].finished->get_finish_time();
  });
  EXPECT_EQ(lot10, 0u);
  EXPECT_NEAR(lot0_end, 3, 1e-9);
  EXPECT_EQ(lot21, 1u);
  EXPECT_EQ(lot30, 2u);
  EXPECT_NEAR(lot1_end, 27, 1e-9);
}

TEST(Production, FirstLotMayBeginAfterDayZero)
{
  // The rate schedule starts on day 5: lot 0 runs [5, 12], lot 1 [12, 19]; on day 13 lot 1 runs.
  Scenario s          = producer({});
  s.suppliers[0].rate = Schedule<Rate>{{{s.start.add_days(5), Rate{1000}}}, false};
  std::size_t lot13   = 99;
  double lot0_end     = -1;
  run_with_watch(s, [&](World& world) {
    s4u::this_actor::sleep_until(13);
    lot13    = world.production[0].lot;
    lot0_end = world.production[0].finished->get_finish_time();
  });
  EXPECT_EQ(lot13, 1u);
  EXPECT_NEAR(lot0_end, 12, 1e-9);
}

} // namespace
} // namespace gwsim
