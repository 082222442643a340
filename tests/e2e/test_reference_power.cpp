/* The power rules acting in the reference scenario (scenarios/openai-nvidia-10gw.yaml, its regions; docs/model.md,
 * "Power"): ERCOT's one study at a time, Abilene's onsite turbines bridging abilene/p1-gas, and what the withdrawals
 * and lines do (nothing, worked out below). Dates by hand from the scenario's figures; day 0 is 2026-01-01 and a
 * month is 365.25 / 12 = 30.4375 days, so 9 months = 273.9375 days, 11 months = 334.8125 and 12 months = 365.25. */
#include "tests/e2e/hand_worked.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace {

using gwsim_e2e::Csv;

/** @brief The reference's run, with its power.csv and events.csv. */
struct PowerRun {
  std::unique_ptr<gwsim_e2e::HandWorkedRun> run =
      gwsim_e2e::run_hand_worked(gwsim_e2e::scenario_path("openai-nvidia-10gw.yaml"));
  Csv power  = Csv::read(run->dir / "out/power.csv");
  Csv events = Csv::read(run->dir / "out/events.csv");

  const std::string& phase(const std::string& site, const std::string& name, const std::string& column) const
  {
    return run->phases.at(run->phases.find("site", site, "phase", name), column);
  }
};

} // namespace

// texas: `studies: 1`, `interconnect: 9 months`. Its requests in request order (then declaration): abilene/p1 and
// abilene/p1-gas on day 0, milam/p1 on 2026-04-01, shackelford/p1 on 2026-07-01, abilene/p2 on 2027-05-03 (when p1 and
// p1-gas are complete, a money and install result pinned in test_reference.cpp), shackelford/p2 on 2027-07-01. One
// slot: each study starts when the one before ends, 273.9375 days later: day 0, 273.94 (2026-10-01), 547.875
// (2027-07-02), 821.81 (2028-04-01), 1095.75 (2028-12-31), 1369.69 (2029-10-01), and the last ends on day 1643.625
// (2030-07-02). Headroom never holds a grant back: granted so far 0.84, 1.2, 2.4, 3.84, 4.8, 6.24 GW (IT x 1.2)
// against 1.3 (2026), 2.6 (2027), 4 (2028), 4 (2028-12-31), 5.2 (2029), 6.5 GW (2030): each is granted when its
// study ends.
TEST(ReferencePower, TexasStudiesOneRequestAtATime)
{
  const PowerRun r;
  ASSERT_EQ(r.run->exit_code, 0);
  struct Expected {
    std::string site, phase, requested, study_start, granted;
  };
  const std::vector<Expected> chain{
      {"abilene", "p1", "2026-01-01", "2026-01-01", "2026-10-01"},
      {"abilene", "p1-gas", "2026-01-01", "2026-10-01", "2027-07-02"},
      {"milam", "p1", "2026-04-01", "2027-07-02", "2028-04-01"},
      {"shackelford", "p1", "2026-07-01", "2028-04-01", "2028-12-31"},
      {"abilene", "p2", "2027-05-03", "2028-12-31", "2029-10-01"},
      {"shackelford", "p2", "2027-07-01", "2029-10-01", "2030-07-02"},
  };
  for (const auto& e : chain) {
    SCOPED_TRACE(e.site + "/" + e.phase);
    EXPECT_EQ(r.phase(e.site, e.phase, "power_requested"), e.requested);
    EXPECT_EQ(r.phase(e.site, e.phase, "study_start"), e.study_start);
    EXPECT_EQ(r.phase(e.site, e.phase, "power_granted"), e.granted);
  }
  // Without the cap milam/p1 would be studied from its request and granted 9 months later, on 2027-01-01 (as in the
  // reference before its regions were reworked); with it, it waits 15 months for the slot.
  EXPECT_EQ(r.phase("milam", "p1", "binding"), "install"); // granted 2028-04-01, two months after its 22-month build
}

// abilene: 360.5 MW onsite, 12 months' lead. Ordered when its first phases start (day 0), available on day 365.25 =
// 2027-01-01. abilene/p1-gas (0.3 GW x 1.2 = 360 MW) is built on day 334.81 = 2026-12-01, its grid study (the second
// in line above) ends on day 547.875: on 2027-01-01 it is built and not granted, and 360 <= 360.5 MW free: energized
// by the turbines. Its grant on 2027-07-02 releases them (grid+onsite). abilene/p1 (0.84 GW) never fits on 360.5 MW;
// granted on 2026-10-01 before its build end, it is energized by the grid on 2026-12-01, a month before the turbines.
TEST(ReferencePower, AbilenesTurbinesBridgeTheGasPhase)
{
  const PowerRun r;
  ASSERT_EQ(r.run->exit_code, 0);
  EXPECT_EQ(r.phase("abilene", "p1-gas", "build_end"), "2026-12-01");
  EXPECT_EQ(r.phase("abilene", "p1-gas", "energized"), "2027-01-01");
  EXPECT_EQ(r.phase("abilene", "p1-gas", "power_granted"), "2027-07-02");
  EXPECT_EQ(r.phase("abilene", "p1-gas", "power_source"), "grid+onsite");
  EXPECT_EQ(r.phase("abilene", "p1", "energized"), "2026-12-01");
  EXPECT_EQ(r.phase("abilene", "p1", "power_source"), "grid");
  std::vector<std::string> onsite;
  for (std::size_t i = 0; i < r.events.size(); ++i)
    if (r.events.at(i, "event").rfind("onsite_", 0) == 0)
      onsite.push_back(r.events.at(i, "date") + " " + r.events.at(i, "actor") + " " + r.events.at(i, "event"));
  EXPECT_EQ(onsite,
            (std::vector<std::string>{"2026-01-01 abilene onsite_ordered", "2027-01-01 abilene/p1-gas onsite_energized",
                                      "2027-07-02 abilene/p1-gas onsite_released"}));
  // power.csv, texas: the 0.36 GW drawn on the turbines from February to July 2027 (state at the start of each month).
  for (const char* date : {"2027-01-01", "2027-02-01", "2027-07-01", "2027-08-01"}) {
    const double expected = std::string(date) == "2027-02-01" || std::string(date) == "2027-07-01" ? 0.36 : 0.0;
    EXPECT_NEAR(r.power.number(r.power.find("date", date, "region", "texas"), "onsite_gw"), expected, gwsim_e2e::kGwTol)
        << date;
  }
}

// Nothing is withdrawn: texas's longest wait is shackelford/p2's, 2027-07-01 to 2030-07-02, 3 years < 5; ohio's is
// lordstown/p2's, 2027-01-01 to 2029-12-31, under 3 years < 7. Nothing is imported: every grant above fits its own
// region's headroom when its study ends (texas above; new-mexico 1.2 then 2.16 GW against 1.2 and 2.2; ohio 0.69 and
// 1.725 against 0.8 and 1.8; michigan 0.77 against 0.9; wisconsin 0.55 then 1.21 against 0.6 and 1.4): the 0.3-0.5
// GW lines stay unused. saline/p2, asked on 2030-09-01, is still in michigan's 30-month study at the end.
TEST(ReferencePower, NoWithdrawalAndNoImportWithinTheHorizon)
{
  const PowerRun r;
  ASSERT_EQ(r.run->exit_code, 0);
  for (std::size_t i = 0; i < r.run->phases.size(); ++i)
    EXPECT_EQ(r.run->phases.at(i, "power_withdrawn"), "") << r.run->phases.at(i, "site");
  for (std::size_t i = 0; i < r.power.size(); ++i)
    EXPECT_EQ(r.power.number(i, "imported_gw"), 0.0) << r.power.at(i, "date") << " " << r.power.at(i, "region");
  const std::size_t end = r.power.find("date", "2031-12-01", "region", "michigan");
  EXPECT_NEAR(r.power.number(end, "queued_gw"), 0.77, gwsim_e2e::kGwTol); // saline/p2: 0.7 x 1.1
  EXPECT_EQ(r.phase("saline", "p2", "power_requested"), "2030-09-01");
}
