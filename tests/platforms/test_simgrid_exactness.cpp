/* Pins the SimGrid configuration that makes the model exact (DESIGN.md, traps): with CM02, no cross-traffic and
 * TCP-gamma 0, a lot of N units over a lane arrives at exactly latency + N / bandwidth, and an execution across a
 * rate change is integrated exactly. Each TEST runs in its own process (gtest_discover_tests). */
#include "platforms/world_platform.hpp"
#include "tests/engine/test_worlds.hpp"

#include <gtest/gtest.h>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Comm.hpp>
#include <simgrid/s4u/Engine.hpp>

#include <cmath>

namespace gwsim {
namespace {
namespace s4u = simgrid::s4u;

/** @brief One supplier with a rate schedule over days and one lane to one region. */
Scenario lane_world(std::vector<DaySchedule<Rate>::Change> rate_by_day, double transit_days, double throughput)
{
  Scenario s;
  s.name  = "exactness";
  s.start = Date::from_ymd(2026, 1, 1);
  s.end   = Date::from_ymd(2030, 1, 1);
  Supplier supplier;
  supplier.name = "fab";
  for (const auto& c : rate_by_day)
    supplier.rate.steps.push_back({s.start.add_days(static_cast<long>(c.day)), c.value});
  s.suppliers.push_back(supplier);
  s.regions.push_back(Region{"grid", Schedule<Power>::always(Power{1e9}), Duration{0}, {}, {}, {}});
  s.lanes.push_back(Lane{0, 0, Duration{transit_days}, Rate{throughput}, {}});
  return s;
}

struct Clock {
  double produced = -1;
  double arrived  = -1;
};

/** @brief Makes `units` on the supplier, then sends them over the lane; records both times. */
Clock make_and_ship(const Scenario& s, double units)
{
  const auto engine         = testing::gwsim_engine();
  const WorldPlatform world = build_platform(s);
  Clock clock;
  s4u::Actor::create("lot", world.suppliers[0], [&] {
    s4u::this_actor::execute(units);
    clock.produced = s4u::Engine::get_clock();
    s4u::Comm::sendto(world.suppliers[0], world.regions[0], static_cast<std::uint64_t>(units * kBytesPerUnit));
    clock.arrived = s4u::Engine::get_clock();
  });
  engine->run();
  return clock;
}

TEST(SimGridExactness, LotCrossesLaneInLatencyPlusSizeOverBandwidth)
{
  // 1,000 units at 80/day take 1000/80 = 12.5 days; over a 50/day lane with 5 days' transit they arrive
  // 5 + 1000/50 = 25 days later: day 37.5. The default TCP model gave day 99.2 (DESIGN.md). The lane's latency is its
  // transit less the head start that lets a shipment land just before its instant (platforms/world_platform.hpp).
  const Clock c = make_and_ship(lane_world({{0, Rate{80}}}, 5, 50), 1000);
  EXPECT_NEAR(c.produced, 12.5, 1e-9);
  EXPECT_NEAR(c.arrived, 37.5 - kShipmentHeadStartDays, 1e-9);
}

TEST(SimGridExactness, HugeLotStaysExact)
{
  // 1e8 units at 1e7/day: 10 days; lane 2e6/day, 2.5 days' transit: 2.5 + 1e8/2e6 = 52.5 days later, day 62.5.
  const Clock c = make_and_ship(lane_world({{0, Rate{1e7}}}, 2.5, 2e6), 1e8);
  EXPECT_NEAR(c.produced, 10.0, 1e-6);
  EXPECT_NEAR(c.arrived, 62.5 - kShipmentHeadStartDays, 1e-6);
}

TEST(SimGridExactness, RateChangeMidLotIsIntegrated)
{
  // 100/day until day 10, then 200/day: 1,500 units = 10 × 100 + 2.5 × 200, done at day 12.5.
  const Clock c = make_and_ship(lane_world({{0, Rate{100}}, {10, Rate{200}}}, 0, 1e6), 1500);
  EXPECT_NEAR(c.produced, 12.5, 1e-9);
  // Then 1,500 units over a 1e6/day lane with no transit: 0.0015 days.
  EXPECT_NEAR(c.arrived, 12.5015, 1e-9);
}

TEST(SimGridExactness, RateDropMidLotIsIntegrated)
{
  // 300/day until day 4, then 100/day: 1,500 units = 4 × 300 + 3 × 100, done at day 7.
  const Clock c = make_and_ship(lane_world({{0, Rate{300}}, {4, Rate{100}}}, 1, 1e9), 1500);
  EXPECT_NEAR(c.produced, 7.0, 1e-9);
}

} // namespace
} // namespace gwsim
