/* End-to-end tests of the teaching scenarios (the YAML files in scenarios/teaching): each runs the real gwsim binary
 * and checks the dates, the binding constraint and some timeline values worked out by hand from docs/model.md. Day 0 is
 * 2026-01-01 in every teaching scenario; the arithmetic is repeated in each file's description. */
#include "tests/e2e/hand_worked.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace {

using gwsim_e2e::Csv;
using gwsim_e2e::expect_phase;
using gwsim_e2e::ExpectedPhase;
using gwsim_e2e::kGwTol;
using gwsim_e2e::run_teaching;
using gwsim_e2e::timeline_at;

} // namespace

TEST(TeachingOutputs, HeadersAreTheContract)
{
  auto run = run_teaching("supply.yaml");
  ASSERT_EQ(run->exit_code, 0);
  // The header lines of the contract (DESIGN.md, outputs), byte for byte; waiting_usd is appended because the
  // scenario gives its accelerator's price (docs/cli.md).
  const std::string out      = run->dir / "out";
  const std::string phases   = gwsim_e2e::slurp(out + "/phases.csv");
  const std::string timeline = gwsim_e2e::slurp(out + "/timeline.csv");
  EXPECT_EQ(phases.substr(0, phases.find('\n')),
            "site,phase,it_gw,build_start,build_end,power_requested,power_granted,energized,first_online,complete,"
            "accelerators,wait_power_days,wait_accelerators_days,binding");
  EXPECT_EQ(timeline.substr(0, timeline.find('\n')),
            "date,demand_gw,online_gw,online_accelerators,online_pflops,delivered_accelerators,waiting_accelerators,"
            "energized_gw,requested_gw,building_gw,capex_usd,shortfall_gw,waiting_usd");
  // One phase; a monthly step from 2026-01-01 to 2026-12-31 gives the 12 first-of-month rows.
  EXPECT_EQ(run->phases.size(), 1u);
  ASSERT_EQ(run->timeline.size(), 12u);
  EXPECT_EQ(run->timeline.at(0, "date"), "2026-01-01");
  EXPECT_EQ(run->timeline.at(11, "date"), "2026-12-01");
}

// Supplier rate binds: 10,000 accelerators at 100/day in daily lots, the last on day 100.
TEST(TeachingSupply, PhaseDatesAndBinding)
{
  auto run = run_teaching("supply.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase e;
  e.build_start            = "2026-01-01";   // day 0
  e.power_requested        = "2026-01-01";   // asked at build start
  e.power_granted          = "2026-01-31";   // eligible at 0 + 30 days; 12.5 MW fits under 100 MW
  e.build_end              = "2026-03-02";   // 0 + 60 days
  e.energized              = "2026-03-02";   // max(60, 30) = day 60
  e.first_online           = "2026-03-02";   // the waiting lots go online at once at day 60 (install unlimited)
  e.complete               = "2026-04-11";   // lot 100 of 100 handed out and delivered on day 100
  e.wait_power_days        = 0;              // max(0, 30 - 60)
  e.wait_accelerators_days = 40;             // 100 - max(60, 30)
  e.binding                = "accelerators"; // without it: day 60; without any other constraint: still day 100
  expect_phase(run->phases, "s", "p1", e);
}

TEST(TeachingSupply, Timeline)
{
  auto run = run_teaching("supply.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // 2026-03-01 = day 59: lots of days 1..59 delivered (59 x 100), none online before energizing on day 60.
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "delivered_accelerators"), 5900, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "waiting_accelerators"), 5900, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "waiting_usd"), 59e6, 0.5); // 5,900 x $10k
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "online_gw"), 0, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "requested_gw"), 0.0125, kGwTol); // 10 MW x PUE 1.25
  // 2026-04-01 = day 90: 90 lots delivered and installed = 9,000 x 1 kW = 0.009 GW, 9,000 PFLOP/s.
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "online_gw"), 0.009, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "online_accelerators"), 9000, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "online_pflops"), 9000, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "shortfall_gw"), 0.001, kGwTol); // demand 0.010 - 0.009
  // capex: facility $10B/GW x 10 MW = $100M (build over on day 60) + 9,000 x $10k = $90M.
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "capex_usd"), 190e6, 1.0);
  // 2026-05-01 = day 120: complete since day 100.
  EXPECT_NEAR(timeline_at(t, "2026-05-01", "online_gw"), 0.010, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-05-01", "shortfall_gw"), 0, kGwTol);
}

// Lane throughput binds: one lot of 10,000 on day 10, then 5 days of transit + 10,000 / 100/day = day 115.
TEST(TeachingLane, PhaseDatesAndBinding)
{
  auto run = run_teaching("lane.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase e;
  e.build_start            = "2026-01-01";
  e.power_requested        = "2026-01-01";
  e.power_granted          = "2026-01-01"; // interconnect 0 days
  e.build_end              = "2026-01-31"; // day 30
  e.energized              = "2026-01-31"; // max(30, 0)
  e.first_online           = "2026-04-26"; // day 10 + 5 + 100 = 115
  e.complete               = "2026-04-26";
  e.wait_power_days        = 0;
  e.wait_accelerators_days = 85;             // 115 - 30
  e.binding                = "accelerators"; // without it: day 30; the others leave day 115
  expect_phase(run->phases, "s", "p1", e);
}

TEST(TeachingLane, Timeline)
{
  auto run = run_teaching("lane.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // 2026-04-01 = day 90: energized since day 30, the shipment still on the lane (arrives day 115).
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "delivered_accelerators"), 0, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "online_gw"), 0, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "energized_gw"), 0.010, kGwTol);
  // 2026-05-01 = day 120: all 10,000 delivered (day 115) and online.
  EXPECT_NEAR(timeline_at(t, "2026-05-01", "delivered_accelerators"), 10000, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-05-01", "online_gw"), 0.010, kGwTol);
}

// Two shipments share one lane: lots of 10,000 on days 10 and 20 over 100/day arrive on days 200 and 210.
TEST(TeachingLaneSharing, PhaseDatesAndBinding)
{
  auto run = run_teaching("lane-sharing.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase e;
  e.it_gw           = 0.02; // 20 MW
  e.accelerators    = 20000;
  e.build_start     = "2026-01-01";
  e.power_requested = "2026-01-01";
  e.power_granted   = "2026-01-01"; // interconnect 0 days
  e.build_end       = "2026-01-31"; // day 30
  e.energized       = "2026-01-31";
  // Lot A alone on days 10-20 carries 1,000; then 50/day each: A's last 9,000 arrive 180 days later, day 200.
  e.first_online = "2026-07-20";
  // Lot B has carried 9,000 by day 200, then alone at 100/day: day 210 (= day 10 + 20,000 / 100).
  e.complete               = "2026-07-30";
  e.wait_power_days        = 0;
  e.wait_accelerators_days = 180;            // 210 - 30
  e.binding                = "accelerators"; // all accelerators at day 0: day 30; the others leave day 210
  expect_phase(run->phases, "s", "p1", e);
}

TEST(TeachingLaneSharing, Timeline)
{
  auto run = run_teaching("lane-sharing.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // 2026-07-01 = day 181: both shipments still on the lane (alone, A would have arrived on day 110).
  EXPECT_NEAR(timeline_at(t, "2026-07-01", "delivered_accelerators"), 0, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-07-01", "online_gw"), 0, kGwTol);
  // 2026-08-01 = day 212: all 20,000 in (day 210) and online; capex facility $10B/GW x 20 MW = $200M
  // + 20,000 x $10k = $200M.
  EXPECT_NEAR(timeline_at(t, "2026-08-01", "online_gw"), 0.020, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-08-01", "capex_usd"), 400e6, 1.0);
}

// Interconnection time binds: power eligible 200 days after the request, the building done at day 100.
TEST(TeachingInterconnect, PhaseDatesAndBinding)
{
  auto run = run_teaching("interconnect.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase e;
  e.build_start            = "2026-01-01";
  e.power_requested        = "2026-01-01";
  e.build_end              = "2026-04-11"; // day 100
  e.power_granted          = "2026-07-20"; // day 0 + 200; 12.5 MW fits under 100 MW
  e.energized              = "2026-07-20"; // max(100, 200)
  e.first_online           = "2026-07-20"; // accelerators waiting since day 1, install unlimited
  e.complete               = "2026-07-20";
  e.wait_power_days        = 100;     // 200 - 100
  e.wait_accelerators_days = 0;       // max(0, 1 - 200)
  e.binding                = "power"; // power at once: max(100, 1) = 100; the others leave day 200
  expect_phase(run->phases, "s", "p1", e);
}

TEST(TeachingInterconnect, Timeline)
{
  auto run = run_teaching("interconnect.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // 2026-07-01 = day 181: built (day 100), all delivered (day 1) and waiting, power not yet granted (day 200).
  EXPECT_NEAR(timeline_at(t, "2026-07-01", "waiting_accelerators"), 10000, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-07-01", "online_gw"), 0, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-07-01", "energized_gw"), 0, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-07-01", "requested_gw"), 0.0125, kGwTol); // 10 MW x 1.25
  EXPECT_NEAR(timeline_at(t, "2026-07-01", "shortfall_gw"), 0.010, kGwTol);
  // 2026-08-01 = day 212: energized and online since day 200.
  EXPECT_NEAR(timeline_at(t, "2026-08-01", "energized_gw"), 0.010, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-08-01", "online_gw"), 0.010, kGwTol);
}

// Regional headroom binds the second phase: 15 MW until 2026-07-01, then 30 MW.
TEST(TeachingHeadroom, PhaseDatesAndBinding)
{
  auto run = run_teaching("headroom.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ASSERT_EQ(run->phases.size(), 2u);
  ExpectedPhase north;
  north.build_start     = "2026-01-01";
  north.power_requested = "2026-01-01";
  north.power_granted   = "2026-01-31"; // eligible day 30; 15 MW <= 15 MW of headroom
  north.build_end       = "2026-03-02"; // day 60
  north.energized       = "2026-03-02"; // max(60, 30)
  north.first_online    = "2026-03-02";
  north.complete        = "2026-03-02";
  north.binding         = "construction"; // without it: max(30, 1) = 30 instead of 60
  expect_phase(run->phases, "north", "p1", north);

  ExpectedPhase south   = north;
  south.power_granted   = "2026-07-01"; // 15 + 15 > 15 MW until headroom is 30 MW on day 181
  south.energized       = "2026-07-01";
  south.first_online    = "2026-07-01";
  south.complete        = "2026-07-01";
  south.wait_power_days = 121;     // 181 - 60
  south.binding         = "power"; // power at once: max(60, 1) = 60 instead of 181
  expect_phase(run->phases, "south", "p1", south);
}

TEST(TeachingHeadroom, Timeline)
{
  auto run = run_teaching("headroom.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // 2026-06-01 = day 151: north online; south built, its 10,000 accelerators waiting for power.
  EXPECT_NEAR(timeline_at(t, "2026-06-01", "online_gw"), 0.010, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-06-01", "energized_gw"), 0.010, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-06-01", "requested_gw"), 0.030, kGwTol); // 2 x 10 MW x PUE 1.5
  EXPECT_NEAR(timeline_at(t, "2026-06-01", "waiting_accelerators"), 10000, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-06-01", "shortfall_gw"), 0.010, kGwTol); // demand 0.020 - 0.010
  // 2026-08-01 = day 212: both online since day 181.
  EXPECT_NEAR(timeline_at(t, "2026-08-01", "online_gw"), 0.020, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-08-01", "shortfall_gw"), 0, kGwTol);
}

// Construction binds: 300 days of building, power on day 30 and accelerators on day 1.
TEST(TeachingConstruction, PhaseDatesAndBinding)
{
  auto run = run_teaching("construction.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase e;
  e.build_start            = "2026-01-01";
  e.power_requested        = "2026-01-01";
  e.power_granted          = "2026-01-31"; // day 30
  e.build_end              = "2026-10-28"; // day 300
  e.energized              = "2026-10-28"; // max(300, 30)
  e.first_online           = "2026-10-28";
  e.complete               = "2026-10-28";
  e.wait_power_days        = 0;
  e.wait_accelerators_days = 0;
  e.binding                = "construction"; // without it: max(30, 1) = 30 instead of 300
  expect_phase(run->phases, "s", "p1", e);
}

TEST(TeachingConstruction, TimelineAndCapex)
{
  auto run = run_teaching("construction.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // 2026-04-01 = day 90: facility $20B/GW x 10 MW = $200M spread over 300 days -> 200M x 90/300 = $60M,
  // plus 10,000 x $10k = $100M paid at delivery on day 1: $160M.
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "capex_usd"), 160e6, 1.0);
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "building_gw"), 0.010, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "online_gw"), 0, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "waiting_accelerators"), 10000, 0.5);
  // 2026-11-01 = day 304: built on day 300: $300M in all, nothing building, 0.010 GW online.
  EXPECT_NEAR(timeline_at(t, "2026-11-01", "capex_usd"), 300e6, 1.0);
  EXPECT_NEAR(timeline_at(t, "2026-11-01", "building_gw"), 0, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-11-01", "online_gw"), 0.010, kGwTol);
}

// Install rate binds: 10,000 accelerators waiting at energizing (day 30), installed at 100/day in 100 days.
TEST(TeachingInstall, PhaseDatesAndBinding)
{
  auto run = run_teaching("install.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase e;
  e.build_start            = "2026-01-01";
  e.power_requested        = "2026-01-01";
  e.power_granted          = "2026-01-01"; // interconnect 0 days
  e.build_end              = "2026-01-31"; // day 30
  e.energized              = "2026-01-31";
  e.complete               = "2026-05-11"; // one batch of 10,000 from day 30: 30 + 10,000 / 100 = day 130
  e.wait_power_days        = 0;
  e.wait_accelerators_days = 0;
  e.binding                = "install"; // unlimited install: max(30, 1) = 30; without construction: 0 + 100 = 100
  expect_phase(run->phases, "s", "p1", e);
}

TEST(TeachingInstall, TimelineInterpolatesTheBatch)
{
  auto run = run_teaching("install.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // Online grows linearly from day 30 (0) to day 130 (10,000).
  // 2026-03-01 = day 59: 10,000 x (59 - 30) / 100 = 2,900 = 0.0029 GW.
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "online_gw"), 0.0029, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "online_accelerators"), 2900, 0.5);
  // 2026-04-01 = day 90: 10,000 x 60 / 100 = 6,000 = 0.006 GW.
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "online_gw"), 0.006, kGwTol);
  // 2026-06-01 = day 151: all 10,000 installed since day 130.
  EXPECT_NEAR(timeline_at(t, "2026-06-01", "online_gw"), 0.010, kGwTol);
}

// Dependencies: s/p2 after s/p1, t/q1 after s/p2: builds of 50, 40 and 30 days end to end.
TEST(TeachingChain, PhaseDatesAndBinding)
{
  auto run = run_teaching("chain.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ASSERT_EQ(run->phases.size(), 3u);
  ExpectedPhase p1;
  p1.build_start     = "2026-01-01";
  p1.power_requested = "2026-01-01";
  p1.power_granted   = "2026-01-01"; // interconnect 0 days
  p1.build_end       = "2026-02-20"; // day 50
  p1.energized       = "2026-02-20";
  p1.first_online    = "2026-02-20";
  p1.complete        = "2026-02-20"; // accelerators since day 1, install unlimited
  p1.binding         = "construction";
  expect_phase(run->phases, "s", "p1", p1);

  ExpectedPhase p2;
  p2.build_start     = "2026-02-20"; // p1 complete on day 50
  p2.power_requested = "2026-02-20";
  p2.power_granted   = "2026-02-20";
  p2.build_end       = "2026-04-01"; // 50 + 40 = day 90
  p2.energized       = "2026-04-01";
  p2.first_online    = "2026-04-01";
  p2.complete        = "2026-04-01"; // accelerators by day 51
  p2.binding         = "construction";
  expect_phase(run->phases, "s", "p2", p2);

  ExpectedPhase q1;
  q1.build_start     = "2026-04-01"; // s/p2 complete on day 90
  q1.power_requested = "2026-04-01";
  q1.power_granted   = "2026-04-01";
  q1.build_end       = "2026-05-01"; // 90 + 30 = day 120
  q1.energized       = "2026-05-01";
  q1.first_online    = "2026-05-01";
  q1.complete        = "2026-05-01";
  q1.binding         = "construction";
  expect_phase(run->phases, "t", "q1", q1);
}

TEST(TeachingChain, Timeline)
{
  auto run = run_teaching("chain.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // 2026-03-01 = day 59: p1 online (day 50), p2 building (days 50-90), q1 not started.
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "online_gw"), 0.010, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "building_gw"), 0.010, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "requested_gw"), 0.025, kGwTol); // p1 + p2: 2 x 12.5 MW
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "delivered_accelerators"), 20000, 0.5);
  // 2026-04-01 = day 90: the row counts the events of day 90, so p2 is complete: 0.020 GW.
  EXPECT_NEAR(timeline_at(t, "2026-04-01", "online_gw"), 0.020, kGwTol);
  // 2026-06-01 = day 151: all three complete (q1 on day 120).
  EXPECT_NEAR(timeline_at(t, "2026-06-01", "online_gw"), 0.030, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-06-01", "shortfall_gw"), 0, kGwTol);
}

// Cascades within an instant: each hall orders the moment the one before completes, the instant a lot is handed
// out, and takes part in that lot.
TEST(TeachingSameInstant, PhaseDatesAndBinding)
{
  auto run = run_teaching("same-instant.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ASSERT_EQ(run->phases.size(), 3u);
  ExpectedPhase p1;
  p1.build_start = p1.build_end = p1.power_requested = p1.power_granted = p1.energized = "2026-01-01";
  p1.first_online = p1.complete = "2026-01-21"; // the lot [0, 10) at day 10 lands at day 20
  p1.wait_accelerators_days     = 20;           // 20 - max(0, 0)
  p1.binding                    = "accelerators";
  expect_phase(run->phases, "s", "p1", p1);

  ExpectedPhase p2;
  p2.build_start = p2.power_requested = p2.power_granted = "2026-01-21"; // p1 complete at day 20
  p2.build_end = p2.energized = "2026-01-26";                            // 20 + 5
  p2.first_online             = "2026-01-31"; // the lot [10, 20), handed out at day 20, lands at day 30
  p2.complete                 = "2026-02-10"; // 10,000 at 1,000/day from day 30: day 40
  p2.wait_accelerators_days   = 5;            // 30 - 25
  p2.binding                  = "install";    // ties with construction at day 30; install added 10 days, the build 5
  expect_phase(run->phases, "s", "p2", p2);

  ExpectedPhase p3;
  p3.build_start = p3.build_end = p3.power_requested = p3.power_granted = p3.energized = "2026-02-10"; // day 40
  p3.first_online = p3.complete = "2026-02-20"; // the lot [30, 40), handed out at day 40, lands at day 50
  p3.wait_accelerators_days     = 10;           // 50 - 40
  p3.binding                    = "accelerators";
  expect_phase(run->phases, "s", "p3", p3);
}

TEST(TeachingSameInstant, Timeline)
{
  auto run = run_teaching("same-instant.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // 2026-02-01 = day 31: p1 online; p2's batch (days 30-40) one tenth installed: 11,000 online of 20,000 delivered.
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "online_accelerators"), 11000, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "online_gw"), 0.011, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "delivered_accelerators"), 20000, 0.5);
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "waiting_accelerators"), 9000, 0.5);
  // 2026-03-01 = day 59: all three complete (p3 at day 50).
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "online_gw"), 0.030, kGwTol);
}

// Money gates the second hall: it starts the instant the first GW online releases a tranche.
TEST(TeachingFunding, PhaseDatesAndBinding)
{
  auto run = run_teaching("funding.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase h1;
  h1.it_gw = 1, h1.accelerators = 1e6;                                        // 1 GW of 1 kW accelerators
  h1.build_start = h1.power_requested = h1.power_granted = "2026-01-01";      // equity's $20B covers its $20B budget
  h1.build_end = h1.energized = h1.first_online = h1.complete = "2026-01-31"; // build 30 days; the lot came day 10
  h1.binding                                                  = "construction";
  expect_phase(run->phases, "s", "h1", h1);
  ExpectedPhase h2;
  h2.it_gw = 1, h2.accelerators = 1e6;
  h2.build_start = h2.power_requested = h2.power_granted = "2026-01-31";      // the tranche of the first GW online
  h2.build_end = h2.energized = h2.first_online = h2.complete = "2026-02-20"; // 30 + 20; the day-30 lot
  h2.binding                                                  = "funding";    // without its wait: day 20; else 30 or 50
  expect_phase(run->phases, "s", "h2", h2);
  EXPECT_NEAR(run->phases.number(run->phases.find("site", "s", "phase", "h2"), "wait_funding_days"), 30, 1e-6);
  EXPECT_NEAR(run->phases.number(run->phases.find("site", "s", "phase", "h1"), "wait_funding_days"), 0, 1e-6);
}

TEST(TeachingFunding, FundsAndCircularity)
{
  auto run = run_teaching("funding.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const Csv& t = run->timeline;
  // 2026-01-01 (day 0): equity $20B received and committed to h1.
  EXPECT_NEAR(timeline_at(t, "2026-01-01", "funds_received_usd"), 20e9, 1);
  EXPECT_NEAR(timeline_at(t, "2026-01-01", "funds_committed_usd"), 20e9, 1);
  EXPECT_NEAR(timeline_at(t, "2026-01-01", "funds_available_usd"), 0, 1);
  // 2026-02-01 (day 31): fab's first tranche ($20B) committed to h2; fab paid $20B (two lots) for $20B invested: 1.
  // Capex: h1 $10B + $10B, h2's accelerators $10B, h2's facility 1 of 20 days ($0.5B): $30.5B.
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "funds_received_usd"), 40e9, 1);
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "funds_committed_usd"), 40e9, 1);
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "circularity_fab"), 1.0, 1e-4);
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "capex_usd"), 30.5e9, 1);
  // 2026-03-01 (day 59): 2 GW online since day 50: the second tranche; $20B paid / $40B invested = 0.5.
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "funds_received_usd"), 60e9, 1);
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "funds_available_usd"), 20e9, 1);
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "circularity_fab"), 0.5, 1e-4);

  const std::string out     = run->dir / "out";
  const std::string summary = gwsim_e2e::slurp(out + "/summary.json");
  EXPECT_NE(summary.find("\"capex_per_gw_online_usd\": 20000000000"), std::string::npos); // $40B / 2 GW
  EXPECT_NE(summary.find("\"peak_funding_gap_usd\": 0"), std::string::npos);
  EXPECT_NE(summary.find("\"fab\": 0.5"), std::string::npos);
  EXPECT_NE(summary.find("\"funding\": 0.5"), std::string::npos); // h2 of the 2 started phases
}

TEST(TeachingFunding, CashFlowConservesMoney)
{
  auto run = run_teaching("funding.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const std::string out = run->dir / "out";
  const Csv cash        = Csv::read(out + "/cashflow.csv");
  // Every row moves money between two parties; the buyer's inflows are the funds, its outflows the capex.
  double into_buyer = 0, out_of_buyer = 0, to_fab = 0, from_fab = 0;
  for (std::size_t i = 0; i < cash.size(); ++i) {
    const double usd = cash.number(i, "amount_usd");
    EXPECT_GT(usd, 0);
    if (cash.at(i, "to") == "buyer") into_buyer += usd;
    if (cash.at(i, "from") == "buyer") out_of_buyer += usd;
    if (cash.at(i, "to") == "fab") to_fab += usd;
    if (cash.at(i, "from") == "fab") from_fab += usd;
  }
  EXPECT_NEAR(into_buyer, 60e9, 1);   // equity $20B + fab's two tranches
  EXPECT_NEAR(out_of_buyer, 40e9, 1); // = capex_usd at the end: two facilities and two million accelerators
  EXPECT_NEAR(timeline_at(run->timeline, "2026-04-01", "capex_usd"), out_of_buyer, 1);
  EXPECT_NEAR(to_fab / from_fab, 0.5, 1e-9); // the circularity
  // h2's facility ($10B over days 30-50) is cut at the report date 2026-02-01: 1 day in January, 19 in February.
  EXPECT_EQ(cash.at(5, "date"), "2026-01-31");
  EXPECT_NEAR(cash.number(5, "amount_usd"), 0.5e9, 1);
  EXPECT_EQ(cash.at(6, "date"), "2026-02-01");
  EXPECT_NEAR(cash.number(6, "amount_usd"), 9.5e9, 1);
}
