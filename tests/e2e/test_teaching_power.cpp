/* End-to-end tests of the teaching scenarios of the grid's extensions (docs/model.md, "Power"): the real gwsim binary
 * on scenarios/teaching/{queue,withdrawal}.yaml, dates checked to the day against the arithmetic in each file's
 * description. Day 0 is 2026-01-01. */
#include "tests/e2e/hand_worked.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

using gwsim_e2e::expect_phase;
using gwsim_e2e::ExpectedPhase;
using gwsim_e2e::kGwTol;
using gwsim_e2e::run_teaching;
using gwsim_e2e::timeline_at;

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

// Onsite generation bridges the grid (scenarios/teaching/onsite.yaml): ready day 100; p1 draws on it then, p2 at its
// build end (day 120), p3 when p1's grant frees 120 MW (day 300); p4 gets the grid before it is built.
TEST(TeachingOnsite, BridgesTheGrid)
{
  auto run = run_teaching("onsite.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const auto& phases = run->phases;
  const auto phase   = [] {
    ExpectedPhase e;
    e.it_gw        = 0.1; // 100 MW
    e.accelerators = 100000;
    e.binding      = "power";
    return e;
  };
  ExpectedPhase p1   = phase();
  p1.build_end       = "2026-04-01"; // day 90
  p1.power_granted   = "2026-10-28"; // day 300: eligible 0 + 300, 120 <= 150 MW
  p1.energized       = "2026-04-11"; // day 100: onsite ready (0 + 100)
  p1.complete        = "2026-04-11";
  p1.wait_power_days = 10; // the first power (onsite, day 100) - build end (90)
  expect_phase(phases, "colossus", "p1", p1);
  ExpectedPhase p2 = phase();
  p2.build_end     = "2026-05-01"; // 30 + 90 = day 120
  p2.power_granted = "2027-01-01"; // day 365: headroom 300 MW, 140 + 120 = 260 fits
  p2.energized     = "2026-05-01"; // 120 MW of the 130 free onsite
  p2.complete      = "2026-05-01";
  p2.binding       = "construction"; // construction (90 days) and power (0) tie at day 120
  expect_phase(phases, "colossus", "p2", p2);
  ExpectedPhase p3   = phase();
  p3.build_end       = "2026-05-31"; // 60 + 90 = day 150
  p3.power_granted   = "";           // 380 > 300 MW until the end (checked below)
  p3.energized       = "2026-10-28"; // day 300: p1's grant frees 120 MW
  p3.complete        = "2026-10-28";
  p3.wait_power_days = 150; // 300 - 150
  expect_phase(phases, "colossus", "p3", p3);
  ExpectedPhase p4 = phase();
  p4.it_gw         = 0.02;
  p4.accelerators  = 20000;
  p4.build_end     = "2027-02-05"; // day 400
  p4.power_granted = "2026-10-28"; // day 300, with p1 (120 + 20 <= 150)
  p4.energized     = "2027-02-05";
  p4.binding       = "construction";
  expect_phase(phases, "colossus", "p4", p4);

  const auto source = [&](const std::string& name) {
    return phases.at(phases.find("site", "colossus", "phase", name), "power_source");
  };
  EXPECT_EQ(source("p1"), "grid+onsite");
  EXPECT_EQ(source("p2"), "grid+onsite");
  EXPECT_EQ(source("p3"), "onsite");
  EXPECT_EQ(source("p4"), "grid");
  EXPECT_EQ(phases.at(phases.find("site", "colossus", "phase", "p3"), "power_granted"), "");
  // 2026-06-01 = day 151: p1 and p2 energized and online.
  EXPECT_NEAR(timeline_at(run->timeline, "2026-06-01", "energized_gw"), 0.2, kGwTol);
  EXPECT_NEAR(timeline_at(run->timeline, "2026-06-01", "online_gw"), 0.2, kGwTol);
}

// tests/same-instant/onsite-release.yaml: two phases built at one instant draw in declaration order; a grant frees
// onsite power that another phase draws on at the grant's own instant.
TEST(SameInstant, OnsiteGoesInDeclarationOrderAndIsDrawnOnAtTheGrantsInstant)
{
  auto run = gwsim_e2e::run_hand_worked(std::string(GWSIM_SOURCE_DIR) + "/tests/same-instant/onsite-release.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase p1;
  p1.it_gw         = 0.001;
  p1.accelerators  = 1000;
  p1.build_end     = "2026-01-06"; // day 5
  p1.energized     = "2026-01-06"; // the 1 MW onsite, declared first
  p1.power_granted = "2026-01-21"; // day 20: headroom 1 MW
  p1.binding       = "construction";
  expect_phase(run->phases, "s", "p1", p1);
  ExpectedPhase p2   = p1;
  p2.energized       = "2026-01-21"; // p1's grant frees the onsite power at day 20
  p2.power_granted   = "";           // 1 + 1 > 1 MW
  p2.wait_power_days = 15;           // 20 - 5
  p2.binding         = "power";
  expect_phase(run->phases, "s", "p2", p2);
  EXPECT_EQ(run->phases.at(run->phases.find("site", "s", "phase", "p1"), "power_source"), "grid+onsite");
  EXPECT_EQ(run->phases.at(run->phases.find("site", "s", "phase", "p2"), "power_source"), "onsite");
}

// scenarios/teaching/transmission.yaml: ercot imports 50 MW from miso over miso-spp (50 MW, then full) and spp-ercot;
// c waits for ercot's own headroom; miso keeps the 50 MW it exports.
TEST(TeachingTransmission, ImportsOverLinesWithLimits)
{
  auto run = run_teaching("transmission.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const auto at_30 = [](double it_gw) {
    ExpectedPhase e;
    e.build_start   = "2026-01-01";
    e.build_end     = "2026-01-31"; // day 30
    e.power_granted = "2026-01-31"; // eligible day 30
    e.energized     = "2026-01-31";
    e.complete      = "2026-01-31";
    e.binding       = "construction"; // build (30 days) and power (0) tie at day 30
    e.it_gw         = it_gw;
    e.accelerators  = it_gw * 1e6; // 1 kW each
    return e;
  };
  expect_phase(run->phases, "a", "p1", at_30(0.1));  // 100 <= 100 MW of its own
  expect_phase(run->phases, "b", "p1", at_30(0.05)); // imported: max-flow 50 MW >= the 50 MW it needs
  ExpectedPhase c   = at_30(0.02);
  c.power_granted   = "2026-07-01"; // day 181: 120 + 50 imported = 170 >= 150 + 20
  c.energized       = "2026-07-01";
  c.complete        = "2026-07-01";
  c.wait_power_days = 151; // 181 - 30
  c.binding         = "power";
  expect_phase(run->phases, "c", "p1", c);
  const auto& phases  = run->phases;
  const std::size_t d = phases.find("site", "d", "phase", "p1");
  EXPECT_EQ(phases.at(d, "power_granted"), ""); // 60 > 100 - 50 exported, and nothing to import
  EXPECT_EQ(phases.at(d, "binding"), "power");
  const std::string events = gwsim_e2e::slurp(run->dir / "out/events.csv");
  EXPECT_NE(events.find("30.000,2026-01-31,ercot,power_imported,miso,0.050000\n"), std::string::npos);
}

// scenarios/teaching/energy.yaml: 10 MW x PUE 1.2 ramps online over days 1-11, then draws 12 MW; $50/MWh.
TEST(TeachingEnergy, DrawEnergyAndCostToTheMwh)
{
  auto run = run_teaching("energy.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const auto& t = run->timeline;
  EXPECT_NEAR(timeline_at(t, "2026-01-01", "energy_mwh"), 0, 1e-9);
  // Day 31: 60 MW·days of ramp + 12 MW x 20 days = 300 MW·days x 24 h = 7,200 MWh; x $50 = $360,000.
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "draw_gw"), 0.012, kGwTol);
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "energy_mwh"), 7200, 1e-3);
  EXPECT_NEAR(timeline_at(t, "2026-02-01", "energy_cost_usd"), 360000, 0.5);
  // Day 59: 300 + 12 x 28 = 636 MW·days = 15,264 MWh; $763,200.
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "energy_mwh"), 15264, 1e-3);
  EXPECT_NEAR(timeline_at(t, "2026-03-01", "energy_cost_usd"), 763200, 0.5);
}

// scenarios/teaching/electricity.yaml: the energy case with funds, so cashflow.csv carries the electricity the phase
// drew in each report step, buyer to its region at $50/MWh.
TEST(TeachingElectricity, PaidToTheRegionEachStep)
{
  auto run = run_teaching("electricity.yaml");
  ASSERT_EQ(run->exit_code, 0);
  const auto flows = gwsim_e2e::Csv::read(run->dir / "out/cashflow.csv");
  std::vector<std::string> electricity;
  for (std::size_t i = 0; i < flows.size(); ++i)
    if (flows.at(i, "category") == "electricity")
      electricity.push_back(flows.at(i, "date") + " " + flows.at(i, "from") + " " + flows.at(i, "to") + " " +
                            flows.at(i, "amount_usd"));
  // Days 0-31: 300 MW·days = 7,200 MWh; days 31-59: 12 MW x 28 = 8,064 MWh; days 59-89: 12 x 30 = 8,640 MWh.
  EXPECT_EQ(electricity, (std::vector<std::string>{"2026-01-01 buyer grid 360000", "2026-02-01 buyer grid 403200",
                                                   "2026-03-01 buyer grid 432000"}));
  // Together: the timeline's energy_cost_usd at the end of February plus March's 8,640 MWh x $50.
  EXPECT_NEAR(timeline_at(run->timeline, "2026-03-01", "energy_cost_usd"), 360000 + 403200, 0.5);
}

namespace {

/** @brief A row of power.csv worked out by hand: GW of grid power. */
struct PowerRow {
  std::string date, region;
  double headroom, granted, imported, queued, onsite;
};

/** @brief Runs scenarios/teaching/`scenario` and checks `rows` of its power.csv, which has one row per report date
 * and each of its `regions`. */
void expect_power_rows(const std::string& scenario, std::size_t regions, const std::vector<PowerRow>& rows)
{
  auto run = run_teaching(scenario);
  ASSERT_EQ(run->exit_code, 0);
  const auto power = gwsim_e2e::Csv::read(run->dir / "out/power.csv");
  EXPECT_EQ(power.size(), run->timeline.size() * regions);
  for (const PowerRow& r : rows) {
    SCOPED_TRACE(r.date + " " + r.region);
    const std::size_t i = power.find("date", r.date, "region", r.region);
    EXPECT_NEAR(power.number(i, "headroom_gw"), r.headroom, kGwTol);
    EXPECT_NEAR(power.number(i, "granted_gw"), r.granted, kGwTol);
    EXPECT_NEAR(power.number(i, "imported_gw"), r.imported, kGwTol);
    EXPECT_NEAR(power.number(i, "queued_gw"), r.queued, kGwTol);
    EXPECT_NEAR(power.number(i, "onsite_gw"), r.onsite, kGwTol);
  }
}

} // namespace

// power.csv of scenarios/teaching/transmission.yaml (see its description).
TEST(PowerCsv, TransmissionImportsAndQueues)
{
  expect_power_rows("transmission.yaml", 3,
                    {
                        // Day 31: ercot granted a (0.1) and b (0.05, imported from miso); c (0.02) queued.
                        {"2026-02-01", "ercot", 0.1, 0.15, 0.05, 0.02, 0},
                        {"2026-02-01", "spp", 0, 0, 0, 0, 0},
                        {"2026-02-01", "miso", 0.1, 0, 0, 0.06, 0}, // d, never granted
                                                                    // Day 212: c granted on day 181 under 120 MW.
                        {"2026-08-01", "ercot", 0.12, 0.17, 0.05, 0, 0},
                    });
}

// power.csv of scenarios/teaching/onsite.yaml: grid power is IT x 1.2 for p1-p3 (0.12 GW each), p4 0.02 GW.
TEST(PowerCsv, OnsiteInUse)
{
  expect_power_rows("onsite.yaml", 1,
                    {
                        // Day 151: nothing granted; all four queued (3 x 0.12 + 0.02); p1 and p2 on onsite.
                        {"2026-06-01", "grid", 0.15, 0, 0, 0.38, 0.24},
                        // Day 304: p1 and p4 granted on day 300; p1 released its onsite power, p3 drew it.
                        {"2026-11-01", "grid", 0.15, 0.14, 0, 0.24, 0.24},
                        // Day 396: p2 granted on day 365 under 300 MW; only p3 on onsite.
                        {"2027-02-01", "grid", 0.3, 0.26, 0, 0.12, 0.12},
                    });
}

// A withdrawn request leaves the queue (scenarios/teaching/withdrawal.yaml: south withdrawn on day 200).
TEST(PowerCsv, WithdrawnLeavesTheQueue)
{
  expect_power_rows("withdrawal.yaml", 1,
                    {
                        {"2026-07-01", "grid", 0.01, 0.01, 0, 0.01, 0},
                        {"2026-08-01", "grid", 0.01, 0.01, 0, 0, 0},
                    });
}

// A core scenario writes no power.csv and keeps its columns.
TEST(PowerCsv, NotWrittenForCoreScenarios)
{
  auto run = run_teaching("headroom.yaml");
  ASSERT_EQ(run->exit_code, 0);
  EXPECT_FALSE(std::filesystem::exists(run->dir / "out/power.csv"));
  const auto& header = run->timeline.header();
  EXPECT_EQ(std::find(header.begin(), header.end(), "energy_mwh"), header.end());
}
