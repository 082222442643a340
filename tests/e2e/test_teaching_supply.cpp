/* End-to-end tests of the supply-chain teaching scenarios (scenarios/teaching/supply-*.yaml, lane-outage.yaml): the
 * real gwsim binary; dates, binding and supply.csv values worked out by hand in each file's description (docs/model.md,
 * "Supply chain"). Day 0 is 2026-01-01. */
#include "tests/e2e/hand_worked.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace {

using gwsim_e2e::Csv;
using gwsim_e2e::expect_phase;
using gwsim_e2e::ExpectedPhase;

struct SupplyRun {
  std::unique_ptr<gwsim_e2e::HandWorkedRun> run;
  Csv supply;
};

SupplyRun run_teaching(const std::string& file)
{
  SupplyRun r{gwsim_e2e::run_hand_worked(gwsim_e2e::scenario_path("teaching/" + file)), {}};
  const std::string path = r.run->dir / "out/supply.csv";
  if (r.run->exit_code == 0 && std::filesystem::exists(path)) r.supply = Csv::read(path);
  return r;
}

/** @brief The one phase of a single-phase teaching chain: built by `build_end`, complete (all of its accelerators
 * online) by `complete`, bound by accelerators. */
ExpectedPhase chain_phase(const std::string& build_end, const std::string& complete, double wait_days, double it_gw)
{
  ExpectedPhase e;
  e.build_end              = build_end;
  e.complete               = complete;
  e.wait_accelerators_days = wait_days;
  e.binding                = "accelerators";
  e.it_gw                  = it_gw;
  e.accelerators           = it_gw * 1e6; // 1 kW each
  return e;
}

/** @brief A supply.csv value of `stage` on `date`. */
double supply_at(const Csv& supply, const std::string& date, const std::string& stage, const std::string& column)
{
  return std::stod(supply.at(supply.find("date", date, "stage", stage), column));
}

} // namespace

TEST(TeachingSupplyChain, NarrowestStageBinds)
{
  const SupplyRun r = run_teaching("supply-narrowest.yaml");
  ASSERT_EQ(r.run->exit_code, 0);
  ExpectedPhase e;
  e.build_start            = "2026-01-01";
  e.build_end              = "2026-01-31"; // day 30
  e.first_online           = "2026-02-01"; // the first lot, [30, 31), is handed out on day 31
  e.complete               = "2026-02-13"; // 13 lots of 800 (12 x 800 = 9,600 < 10,000): day 30 + 13 = 43
  e.wait_power_days        = 0;
  e.wait_accelerators_days = 13; // 43 - 30
  e.binding                = "accelerators";
  expect_phase(r.run->phases, "s", "p1", e);
  // 2026-01-01, days 0-30: wafer at capacity 31 x 100 = 3,100, good output 80 a day on days 20-30 = 880; cowos starts
  // those 880 (utilization 880 / (31 x 200)), its first 80 out on day 30; the fab makes 800 on day 30.
  const Csv& s = r.supply;
  EXPECT_DOUBLE_EQ(supply_at(s, "2026-01-01", "wafer", "started"), 3100);
  EXPECT_DOUBLE_EQ(supply_at(s, "2026-01-01", "wafer", "output"), 880);
  EXPECT_DOUBLE_EQ(supply_at(s, "2026-01-01", "cowos", "started"), 880);
  EXPECT_DOUBLE_EQ(supply_at(s, "2026-01-01", "cowos", "output"), 80);
  EXPECT_DOUBLE_EQ(supply_at(s, "2026-01-01", "cowos", "utilization"), 0.1419);
  EXPECT_DOUBLE_EQ(supply_at(s, "2026-01-01", "fab", "output"), 800);
  // hbm on 2026-02-01 (day 31): 31 x 10,000 made, 800 x 8 = 6,400 used on day 30.
  EXPECT_DOUBLE_EQ(supply_at(s, "2026-02-01", "hbm", "inventory"), 303600);
  // February (28 days): the fab makes 800 a day = 22,400, at 0.8 of its 1,000 a day.
  EXPECT_DOUBLE_EQ(supply_at(s, "2026-02-01", "fab", "output"), 22400);
  EXPECT_DOUBLE_EQ(supply_at(s, "2026-02-01", "fab", "utilization"), 0.8);
  // The fab is short of cowos, cowos of wafers, wafer runs at capacity: wafer binds every month.
  for (std::size_t i = 0; i < s.size(); ++i)
    EXPECT_EQ(s.at(i, "binding"), s.at(i, "stage") == "wafer" ? "1" : "0") << s.at(i, "date") << s.at(i, "stage");
  for (std::size_t i = 0; i < r.run->timeline.size(); ++i)
    EXPECT_EQ(r.run->timeline.at(i, "supply_binding"), "wafer");
}

TEST(TeachingSupplyChain, GenerationSwitchChangesUnitsPerWafer)
{
  const SupplyRun r = run_teaching("supply-generations.yaml");
  ASSERT_EQ(r.run->exit_code, 0);
  // Built on day 10; 20,000 G1 by day 10, then 20,000 / 800 = 25 days: complete day 35, waiting 35 - 10 days.
  expect_phase(r.run->phases, "s", "p1", chain_phase("2026-01-11", "2026-02-05", 25, 0.04));
  // Days 0-30: 10 x 2,000 G1 + 21 x 800 G2; cowos at capacity binds.
  EXPECT_DOUBLE_EQ(supply_at(r.supply, "2026-01-01", "fab", "output"), 36800);
  EXPECT_DOUBLE_EQ(supply_at(r.supply, "2026-01-01", "cowos", "utilization"), 1);
  EXPECT_EQ(r.run->timeline.at(0, "supply_binding"), "cowos");
}

TEST(TeachingSupplyChain, OutageShiftsCompletionByWhatItLoses)
{
  const SupplyRun r = run_teaching("supply-outage.yaml");
  ASSERT_EQ(r.run->exit_code, 0);
  // Built on day 10; 20 days of 1,000 with days 10-19 lost: complete day 30 (day 20 without the outage).
  expect_phase(r.run->phases, "s", "p1", chain_phase("2026-01-11", "2026-01-31", 20, 0.02));
  // 21 working days of 100 wafers in January, all of what the outage allowed.
  EXPECT_DOUBLE_EQ(supply_at(r.supply, "2026-01-01", "cowos", "started"), 2100);
  EXPECT_DOUBLE_EQ(supply_at(r.supply, "2026-01-01", "cowos", "utilization"), 1);
  EXPECT_DOUBLE_EQ(supply_at(r.supply, "2026-01-01", "fab", "output"), 21000);
}

TEST(TeachingSupplyChain, SharedStageDividedByWhatEachAsks)
{
  const SupplyRun r = run_teaching("supply-shared.yaml");
  ASSERT_EQ(r.run->exit_code, 0);
  ExpectedPhase a;
  a.build_end              = "2026-01-11";
  a.complete               = "2026-01-21"; // 15,000 / 750 a day = day 20
  a.wait_accelerators_days = 10;
  a.binding                = "accelerators";
  a.it_gw                  = 0.015;
  a.accelerators           = 15000;
  expect_phase(r.run->phases, "a", "p1", a);
  ExpectedPhase b          = a;
  b.complete               = "2026-02-10"; // 5,000 / 125 a day = day 40
  b.wait_accelerators_days = 30;
  b.it_gw                  = 0.005;
  b.accelerators           = 5000;
  expect_phase(r.run->phases, "b", "p1", b);
  // 150 and 50 wafers asked of 100: half each. January: 31 x 750 and 31 x 125; cowos output 3,100 all consumed.
  EXPECT_DOUBLE_EQ(supply_at(r.supply, "2026-01-01", "nvidia", "output"), 23250);
  EXPECT_DOUBLE_EQ(supply_at(r.supply, "2026-01-01", "amd", "output"), 3875);
  EXPECT_DOUBLE_EQ(supply_at(r.supply, "2026-02-01", "cowos", "inventory"), 0);
  EXPECT_DOUBLE_EQ(23250 * 0.1 + 3875 * 0.2, supply_at(r.supply, "2026-01-01", "cowos", "output"));
}

TEST(TeachingSupplyChain, ClosedLaneHoldsWhatWouldComeOff)
{
  const SupplyRun r = run_teaching("lane-outage.yaml");
  ASSERT_EQ(r.run->exit_code, 0);
  ExpectedPhase e;
  e.build_end              = "2026-01-06"; // day 5
  e.first_online           = "2026-01-07"; // the lot ended day 1 lands day 6
  e.complete               = "2026-01-21"; // lots due days 12-15 come off when the lane opens, day 20
  e.wait_accelerators_days = 15;           // 20 - 5
  e.binding                = "accelerators";
  expect_phase(r.run->phases, "s", "p1", e);
  EXPECT_FALSE(std::filesystem::exists(r.run->dir / "out/supply.csv")); // no stages, no supply.csv
}
