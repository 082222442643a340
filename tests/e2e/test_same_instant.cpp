/* End-to-end tests of the same-instant rules (docs/model.md, "Things that happen at the same instant"): each case in
 * tests/same-instant/ is a minimal scenario whose description works its dates out by hand; each test runs the real
 * gwsim binary and checks them to the day. The cascades (a landing, an install batch's end, a build end, a grant)
 * place orders at an instant whose lot they must take part in, whatever the lane type; the last case is the one
 * cascade that waits for the next lot. Day 0 is 2026-01-01 in every case. */
#include "tests/e2e/hand_worked.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using gwsim_e2e::ExpectedPhase;

/** @brief A run of tests/same-instant/`file`. */
std::unique_ptr<gwsim_e2e::HandWorkedRun> run_case(const std::string& file)
{
  return gwsim_e2e::run_hand_worked(std::string(GWSIM_SOURCE_DIR) + "/tests/same-instant/" + file);
}

/** @brief A 1 MW phase of 1 kW accelerators, all dates on `day` (build 0, power at once), filled at `complete`. */
ExpectedPhase at_once(const std::string& day, const std::string& complete, double wait_accelerators,
                      const std::string& binding)
{
  ExpectedPhase e;
  e.build_start = e.build_end = e.power_requested = e.power_granted = e.energized = day;
  e.first_online = e.complete = complete;
  e.wait_accelerators_days    = wait_accelerators;
  e.binding                   = binding;
  e.it_gw                     = 0.001;
  e.accelerators              = 1000;
  return e;
}

/** @brief delivery-cascade.yaml and its variants: p1 filled by the day-5 lot landing at day 15; p2 (after p1) orders
 * at day 15 and takes the day-15 lot, which lands at day 25 whatever the lane: transit 10 days, or 1,000 at 100/day,
 * or 5 days + 1,000 at 200/day. */
void expect_delivery_cascade(const std::string& file)
{
  SCOPED_TRACE(file);
  auto run = run_case(file);
  ASSERT_EQ(run->exit_code, 0);
  // p1: everything at day 0; the lot [0, 5) lands at day 15 = 2026-01-16: wait 15 - 0.
  gwsim_e2e::expect_phase(run->phases, "s", "p1", at_once("2026-01-01", "2026-01-16", 15, "accelerators"));
  // p2: starts at day 15 (p1 complete); the lot [10, 15) lands at day 25 = 2026-01-26: wait 25 - 15.
  gwsim_e2e::expect_phase(run->phases, "s", "p2", at_once("2026-01-16", "2026-01-26", 10, "accelerators"));
}

} // namespace

TEST(SameInstant, DeliveryCascadeTakesTheInstantsLot)
{
  expect_delivery_cascade("delivery-cascade.yaml");
}

TEST(SameInstant, DeliveryCascadeTakesTheInstantsLotOverAThroughputLane)
{
  expect_delivery_cascade("delivery-cascade-throughput.yaml");
}

TEST(SameInstant, DeliveryCascadeTakesTheInstantsLotOverATransitAndThroughputLane)
{
  expect_delivery_cascade("delivery-cascade-transit-throughput.yaml");
}

TEST(SameInstant, InstallCascadeTakesTheInstantsLot)
{
  auto run = run_case("install-cascade.yaml");
  ASSERT_EQ(run->exit_code, 0);
  // p1: the day-10 lot lands at once; its batch installs 1,000 at 100/day over days 10-20: complete day 20.
  ExpectedPhase p1 = at_once("2026-01-01", "2026-01-21", 10, "accelerators"); // wait 10 - 0; install binds less
  p1.first_online  = "2026-01-11";
  gwsim_e2e::expect_phase(run->phases, "s", "p1", p1);
  // p2: orders at day 20, takes the lot [10, 20) handed out then, which lands at once: complete day 20.
  gwsim_e2e::expect_phase(run->phases, "s", "p2", at_once("2026-01-21", "2026-01-21", 0, "construction"));
}

TEST(SameInstant, BuildEndOfACascadedStartTakesTheInstantsLot)
{
  auto run = run_case("build-cascade.yaml");
  ASSERT_EQ(run->exit_code, 0);
  gwsim_e2e::expect_phase(run->phases, "s", "p1", at_once("2026-01-01", "2026-01-11", 10, "accelerators"));
  // p2 starts at day 10 (a landing's cascade) and is built at day 10 + 10 = 20, when it completes (fab2's day-11 lot is
  // there): construction binds.
  ExpectedPhase p2 = at_once("2026-01-11", "2026-01-21", 0, "construction");
  p2.build_end     = "2026-01-21";
  p2.energized     = "2026-01-21";
  gwsim_e2e::expect_phase(run->phases, "s", "p2", p2);
  // p3 orders at day 20 and takes fab's lot [15, 20), which lands at day 25: wait 25 - 20.
  gwsim_e2e::expect_phase(run->phases, "s", "p3", at_once("2026-01-21", "2026-01-26", 5, "accelerators"));
}

TEST(SameInstant, GrantCascadeTakesTheInstantsLot)
{
  auto run = run_case("grant-cascade.yaml");
  ASSERT_EQ(run->exit_code, 0);
  // p1 waits for power until day 20 (headroom 0 before): wait_power 20 - 0; its accelerators are there.
  ExpectedPhase p1   = at_once("2026-01-01", "2026-01-21", 0, "power");
  p1.power_granted   = "2026-01-21";
  p1.energized       = "2026-01-21";
  p1.wait_power_days = 20;
  gwsim_e2e::expect_phase(run->phases, "s", "p1", p1);
  // p2 starts at day 20, is granted in the same instant and takes the day-20 lot: complete day 20.
  gwsim_e2e::expect_phase(run->phases, "s", "p2", at_once("2026-01-21", "2026-01-21", 0, "construction"));
}

TEST(SameInstant, GrantToABusySiteIsActedOnAtOnce)
{
  auto run = run_case("grant-while-busy.yaml");
  ASSERT_EQ(run->exit_code, 0);
  // p0: built day 10, granted day 35 with p1's start: energized and complete day 35 (wait_power 35 - 10).
  ExpectedPhase p0   = at_once("2026-01-01", "2026-02-05", 0, "power");
  p0.build_end       = "2026-01-11";
  p0.power_granted   = "2026-02-05";
  p0.energized       = "2026-02-05";
  p0.wait_power_days = 25;
  gwsim_e2e::expect_phase(run->phases, "s", "p0", p0);
  // p1: starts day 35, granted at once, built day 55.
  ExpectedPhase p1 = at_once("2026-02-05", "2026-02-25", 0, "construction");
  p1.build_end     = "2026-02-25";
  p1.energized     = "2026-02-25";
  gwsim_e2e::expect_phase(run->phases, "s", "p1", p1);
}

TEST(SameInstant, CompletionInAnotherSiteStartsTheDependentAtOnce)
{
  auto run = run_case("completion-in-other-site.yaml");
  ASSERT_EQ(run->exit_code, 0);
  // a/p0: built and energized day 25; its 1,000 (day-5 lot) install at 200/day: complete day 30. Construction binds:
  // without it max(0 + 5, 5) = day 5; without the install limit max(25, 5) = day 25.
  ExpectedPhase p0 = at_once("2026-01-01", "2026-01-31", 0, "construction");
  p0.build_end     = "2026-01-26";
  p0.energized     = "2026-01-26";
  p0.first_online  = "2026-01-26";
  gwsim_e2e::expect_phase(run->phases, "a", "p0", p0);
  // b/q1 starts at day 30, the instant a/p0 completes, and takes the day-30 lot: complete day 30.
  gwsim_e2e::expect_phase(run->phases, "b", "q1", at_once("2026-01-31", "2026-01-31", 0, "construction"));
}

TEST(SameInstant, WhatALotCausesAtItsInstantWaitsForTheNextLot)
{
  auto run = run_case("landing-at-hand-out.yaml");
  ASSERT_EQ(run->exit_code, 0);
  gwsim_e2e::expect_phase(run->phases, "s", "p1", at_once("2026-01-01", "2026-01-06", 5, "accelerators"));
  // p2 orders at day 5, after that instant's hand-out: the lot [5, 10) at day 10 fills it (wait 10 - 5).
  gwsim_e2e::expect_phase(run->phases, "s", "p2", at_once("2026-01-06", "2026-01-11", 5, "accelerators"));
}

TEST(SameInstant, BuildEndingAtTheHorizonIsNotShown)
{
  auto run = run_case("build-end-at-horizon.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const std::size_t i = run->phases.find("site", "s", "phase", "p1");
  EXPECT_EQ(run->phases.at(i, "build_start"), "2026-01-01");
  // Day 100 = 2026-04-11 is the horizon: nothing at it is recorded, so build_end is empty like energized.
  EXPECT_EQ(run->phases.at(i, "build_end"), "");
  EXPECT_EQ(run->phases.at(i, "energized"), "");
}

TEST(SameInstant, BindingTieGoesToWhatWaitedLongestByItself)
{
  auto run = run_case("binding-tie.yaml");
  ASSERT_EQ(run->exit_code, 0);
  // Every removal estimate is day 10. Added by itself: construction 5, power 10 - 5 = 5, accelerators 0, install 0:
  // construction and power tie; declared order gives construction.
  ExpectedPhase p1   = at_once("2026-01-01", "2026-01-11", 0, "construction");
  p1.build_end       = "2026-01-06";
  p1.power_granted   = "2026-01-11";
  p1.energized       = "2026-01-11";
  p1.wait_power_days = 5;
  p1.it_gw           = 0.01;
  p1.accelerators    = 10000;
  gwsim_e2e::expect_phase(run->phases, "s", "p1", p1);
}
