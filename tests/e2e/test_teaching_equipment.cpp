/* End-to-end test of long-lead equipment (docs/model.md, "Power: equipment"): the real gwsim binary on
 * scenarios/teaching/equipment.yaml, dates checked to the day against the arithmetic in its description. Day 0 is
 * 2026-01-01; transformers made by day d >= 30: 2 + (d - 29); turbines made by day d >= 60: d - 59. */
#include "tests/e2e/hand_worked.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using gwsim_e2e::Csv;

/** @brief The events.csv of a finished run. */
std::string events_of(const gwsim_e2e::HandWorkedRun& run)
{
  std::ifstream file(run.dir / "out/events.csv");
  std::stringstream events;
  events << file.rdbuf();
  return events.str();
}
using gwsim_e2e::expect_phase;
using gwsim_e2e::ExpectedPhase;

/** @brief A phase of site hub: 30-day build from day 0, PUE 1, granted and energized on `granted`. */
ExpectedPhase hub_phase(double it_gw, const std::string& granted, double wait_power_days)
{
  ExpectedPhase e;
  e.it_gw           = it_gw;
  e.accelerators    = it_gw * 1e6; // 1 kW each
  e.build_end       = "2026-01-31";
  e.power_granted   = granted;
  e.energized       = granted;
  e.complete        = granted; // all delivered by day 2, install unlimited
  e.wait_power_days = wait_power_days;
  e.binding         = "power";
  return e;
}

} // namespace

TEST(TeachingEquipment, PowerWaitsForTransformersAndTurbines)
{
  auto run = gwsim_e2e::run_teaching("equipment.yaml");
  ASSERT_EQ(run->exit_code, 0);
  // a1: 100 MW / 25 MW = 4 transformers; day 40 has 13 made: granted when eligible (40 - 30 = 10 days of wait).
  expect_phase(run->phases, "hub", "a1", hub_phase(0.1, "2026-02-10", 10));
  // a3: 2 transformers <= 13 - 4 = 9: granted day 40, although a2 before it waits.
  expect_phase(run->phases, "hub", "a3", hub_phase(0.05, "2026-02-10", 10));
  // a2: 20 transformers; 6 + 20 = 26 made on day 53 (2 + 53 - 29): 53 - 30 = 23 days of wait.
  expect_phase(run->phases, "hub", "a2", hub_phase(0.5, "2026-02-23", 23));
  // b1: onsite ready by its lead on day 30, its 10 turbines made on day 69; built day 20: 49 days of wait.
  ExpectedPhase b1 = hub_phase(0.15, "", 49);
  b1.build_end     = "2026-01-21";
  b1.energized     = "2026-03-11";
  b1.complete      = "2026-03-11";
  expect_phase(run->phases, "island", "b1", b1);
  EXPECT_EQ(run->phases.at(run->phases.find("site", "island", "phase", "b1"), "power_source"), "onsite");

  // What was drawn, by whom and when (events.csv): 4 + 2 transformers on day 40, 20 on day 53, 10 turbines on day 69.
  const std::string events = events_of(*run);
  for (const char* line : {"40.000,2026-02-10,hub/a1,equipment_drawn,transformers,4.000000\n",
                           "40.000,2026-02-10,hub/a3,equipment_drawn,transformers,2.000000\n",
                           "53.000,2026-02-23,hub/a2,equipment_drawn,transformers,20.000000\n",
                           "69.000,2026-03-11,island,equipment_drawn,turbines,10.000000\n"})
    EXPECT_NE(events.find(line), std::string::npos) << line;

  // supply.csv: the stock on hand less what was drawn before the date.
  const Csv supply     = Csv::read(run->dir / "out/supply.csv");
  const auto inventory = [&](const std::string& date, const std::string& stage) {
    return std::stod(supply.at(supply.find("date", date, "stage", stage), "inventory"));
  };
  EXPECT_DOUBLE_EQ(inventory("2026-02-01", "transformers"), 3); // day 31: made by day 30 (2 + 1), none drawn
  EXPECT_DOUBLE_EQ(inventory("2026-03-01", "transformers"), 5); // day 59: 2 + 29 made - 26 drawn
  EXPECT_DOUBLE_EQ(inventory("2026-03-01", "turbines"), 0);     // day 59: none made yet
  EXPECT_DOUBLE_EQ(inventory("2026-04-01", "turbines"), 20);    // day 90: 30 made - 10 drawn
}

// tests/same-instant/equipment-import.yaml: no import is arranged for a request whose transformers are not made; on
// day 22 (1 + 3 made) the import and the grant come together.
TEST(TeachingEquipment, AnImportWaitsForTheImportersEquipment)
{
  auto run = gwsim_e2e::run_hand_worked(std::string(GWSIM_SOURCE_DIR) + "/tests/same-instant/equipment-import.yaml");
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase p1 = hub_phase(0.01, "2026-01-11", 0); // day 10 on a's own headroom, its 1 transformer in stock
  p1.build_end     = "2026-01-11";
  p1.binding       = "construction";
  expect_phase(run->phases, "s", "p1", p1);
  ExpectedPhase p2 = hub_phase(0.03, "2026-01-23", 12); // day 22: 22 - 10 days of wait
  p2.build_end     = "2026-01-11";
  expect_phase(run->phases, "s", "p2", p2);
  const std::string events = events_of(*run);
  const std::string import = "22.000,2026-01-23,a,power_imported,b,0.030000\n";
  EXPECT_NE(events.find(import), std::string::npos);
  EXPECT_EQ(events.find("power_imported"), events.find(import) + import.find("power_imported")); // the only one
}
