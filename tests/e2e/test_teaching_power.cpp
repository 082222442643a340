/* End-to-end tests of the teaching scenarios of the grid's extensions (docs/model.md, "Power"): the real gwsim binary
 * on scenarios/teaching/{queue,withdrawal}.yaml, dates checked to the day against the arithmetic in each file's
 * description. Day 0 is 2026-01-01. */
#include "tests/e2e/hand_worked.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace {

using gwsim_e2e::expect_phase;
using gwsim_e2e::ExpectedPhase;
using gwsim_e2e::kGwTol;
using gwsim_e2e::timeline_at;

std::unique_ptr<gwsim_e2e::HandWorkedRun> run_teaching(const std::string& file)
{
  return gwsim_e2e::run_hand_worked(gwsim_e2e::scenario_path("teaching/" + file));
}

/** @brief A phase granted on `granted` after a 30-day build from day 0 (the queue's sites a, b, c). */
ExpectedPhase granted_on(const std::string& granted, double wait_power_days)
{
  ExpectedPhase e;
  e.build_start     = "2026-01-01";
  e.power_requested = "2026-01-01";
  e.build_end       = "2026-01-31"; // day 30
  e.power_granted   = granted;
  e.energized       = granted; // max(30, grant)
  e.first_online    = granted; // accelerators in since day 1, install unlimited
  e.complete        = granted;
  e.wait_power_days = wait_power_days;
  e.binding         = "power";
  return e;
}

} // namespace

// One study at a time, 100 days each: a granted day 100, b day 200, c day 300 (its withdrawal day: in time).
TEST(TeachingQueue, StudiesOneAtATime)
{
  auto run = run_teaching("queue.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const auto& phases = run->phases;
  expect_phase(phases, "a", "p1", granted_on("2026-04-11", 70));  // day 100; 100 - 30
  expect_phase(phases, "b", "p1", granted_on("2026-07-20", 170)); // day 200
  expect_phase(phases, "c", "p1", granted_on("2026-10-28", 270)); // day 300 = 0 + withdraw_after: granted first
  const auto study = [&](const std::string& site) {
    return phases.at(phases.find("site", site, "phase", "p1"), "study_start");
  };
  EXPECT_EQ(study("a"), "2026-01-01"); // the slot was free
  EXPECT_EQ(study("b"), "2026-04-11"); // a's study ended day 100
  EXPECT_EQ(study("c"), "2026-07-20"); // b's ended day 200
  EXPECT_EQ(phases.at(phases.find("site", "c", "phase", "p1"), "power_withdrawn"), "");
}

// d asks on day 59, is studied from day 300 (c's slot) and withdrawn during its study on day 59 + 300 = 359.
TEST(TeachingQueue, WithdrawnDuringItsStudy)
{
  auto run = run_teaching("queue.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const auto& phases  = run->phases;
  const std::size_t d = phases.find("site", "d", "phase", "p1");
  EXPECT_EQ(phases.at(d, "power_requested"), "2026-03-01");
  EXPECT_EQ(phases.at(d, "build_end"), "2026-03-31"); // day 89
  EXPECT_EQ(phases.at(d, "study_start"), "2026-10-28");
  EXPECT_EQ(phases.at(d, "power_withdrawn"), "2026-12-26");
  EXPECT_EQ(phases.at(d, "power_granted"), "");
  EXPECT_EQ(phases.at(d, "energized"), "");
  EXPECT_EQ(phases.at(d, "complete"), "");
  EXPECT_EQ(phases.at(d, "wait_power_days"), ""); // the grant never came
  EXPECT_EQ(phases.at(d, "binding"), "power");
  EXPECT_NEAR(phases.number(d, "accelerators"), 0, 0.5); // delivered, never installed
}

// south's request (not fitting 10 MW) is withdrawn on day 200, before the headroom grows on day 273.
TEST(TeachingWithdrawal, NeverEnergizedFromTheGrid)
{
  auto run = run_teaching("withdrawal.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase north;
  north.build_start   = "2026-01-01";
  north.build_end     = "2026-01-31";
  north.power_granted = "2026-01-31"; // eligible day 30, 10 <= 10 MW
  north.energized     = "2026-01-31";
  north.complete      = "2026-01-31";
  north.binding       = "construction"; // without it: granted day 30 still; power at once: day 30; all tie at 30
  expect_phase(run->phases, "north", "p1", north);
  const auto& phases      = run->phases;
  const std::size_t south = phases.find("site", "south", "phase", "p1");
  EXPECT_EQ(phases.at(south, "power_withdrawn"), "2026-07-20"); // day 0 + 200
  EXPECT_EQ(phases.at(south, "power_granted"), "");
  EXPECT_EQ(phases.at(south, "energized"), "");
  EXPECT_EQ(phases.at(south, "binding"), "power");
  const auto& t = run->timeline;
  EXPECT_NEAR(timeline_at(t, "2026-12-01", "online_gw"), 0.010, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-12-01", "energized_gw"), 0.010, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-12-01", "requested_gw"), 0.020, kGwTol); // both asked
  EXPECT_NEAR(timeline_at(t, "2026-12-01", "shortfall_gw"), 0.010, kGwTol);
}
