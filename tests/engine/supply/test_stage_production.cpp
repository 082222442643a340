/* The stages in SimGrid (sim/engine/supply/stage_production.hpp): each run of equal daily starts is one execution on
 * the stage's host, bounded to that many units a day; SimGrid ends each where the chain plan says. Each TEST runs in
 * its own process (gtest_discover_tests). */
#include "platforms/world_platform.hpp"
#include "sim/engine/supply/stage_production.hpp"
#include "sim/load/loader.hpp"
#include "tests/engine/test_worlds.hpp"

#include <gtest/gtest.h>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

#include <functional>
#include <string>

namespace gwsim {
namespace {
namespace s4u = simgrid::s4u;

TEST(StageRuns, EqualDaysMakeOneRun)
{
  // teaching/supply-narrowest.yaml over 180 days: wafer 100/day all along (1 run); cowos nothing until day 20, then
  // 80/day (1 run); hbm 10,000/day (1 run).
  const Scenario s = load_scenario_file(std::string(GWSIM_SOURCE_DIR) + "/scenarios/teaching/supply-narrowest.yaml");
  const std::vector<StageRun> runs = stage_runs(plan_chain(s));
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[1].stage, 1u);
  EXPECT_EQ(runs[1].begin, 20);
  EXPECT_EQ(runs[1].end, s.horizon_days());
  EXPECT_EQ(runs[1].per_day, 80);
}

/** @brief Plays the stages of scenarios/teaching/`file` in SimGrid; `watch` runs in an actor, which then stops the
 * stages at the horizon. Returns the check of the runs against the plan. */
StageProduction::Check play_stages(const std::string& file, const std::function<void(StageProduction&)>& watch)
{
  const Scenario s             = load_scenario_file(std::string(GWSIM_SOURCE_DIR) + "/scenarios/teaching/" + file);
  const auto engine            = testing::gwsim_engine();
  const SupplyPlan supply      = plan_supply(s);
  const WorldPlatform platform = build_platform(s, supply);
  StageProduction stages(supply.chain, platform.stages);
  const double horizon = s.horizon_days();
  s4u::Actor::create("watch", platform.control, [&stages, &watch, horizon] {
    watch(stages);
    s4u::this_actor::sleep_until(horizon);
    stages.stop();
  });
  engine->run();
  return stages.check(horizon);
}

TEST(StageProduction, SimGridEndsEachRunWhereThePlanDoes)
{
  // The outage teaching chain: cowos runs days 0-9 at 100 a day, stops on days 10-19 (its host's profile at a tiny
  // speed, no execution), runs again from day 20 to the horizon. SimGrid ends the first run within 1e-6 days of day 10
  // (its integration drifts by about 4e-7 days).
  const StageProduction::Check check = play_stages("supply-outage.yaml", [](StageProduction&) {});
  EXPECT_EQ(check.due, 1u);
  EXPECT_EQ(check.ended, 1u);
  EXPECT_LT(check.max_gap_days, 1e-6);
}

TEST(StageProduction, StarvedStageRunsAtItsBound)
{
  // cowos of teaching/supply-narrowest.yaml starts 80 of its 200 a day from day 20 to the horizon (day 180): one run
  // of 80 x 160 units. On day 100, 80 x 80 = 6,400 are done and 6,400 remain: at the host's 200 a day it would have
  // ended on day 84.
  double remaining_at_100 = -1;
  play_stages("supply-narrowest.yaml", [&remaining_at_100](StageProduction& stages) {
    s4u::this_actor::sleep_until(100);
    remaining_at_100 = stages.remaining(1);
  });
  EXPECT_NEAR(remaining_at_100, 80.0 * 160 - 80.0 * 80, 1e-3);
}

} // namespace
} // namespace gwsim
