/* Energy from the install batches (docs/model.md, "Power: energy"): online IT × PUE, integrated exactly. */
#include "analysis/buildout.hpp"
#include "analysis/energy_use.hpp"
#include "tests/analysis/test_analysis_support.hpp"

#include <gtest/gtest.h>

namespace gwsim {
namespace {

/** @brief one_phase_scenario() with the phase at PUE 1.2 and its region priced at $50/MWh. */
Scenario priced_scenario()
{
  Scenario s               = testing::one_phase_scenario();
  s.sites[0].phases[0].pue = 1.2;
  s.regions[0].price       = EnergyPrice{50};
  return s;
}

TEST(EnergyUse, ARampThenAPlateau)
{
  const Scenario s        = priced_scenario();
  const std::string label = phase_label(s, {0, 0});
  // 10 MW of IT online linearly over days 1-11 (scenarios/teaching/energy.yaml).
  InstallBatch batch{1, 11, Fleet{10000, 10e6, 0, 0}, label};
  const EnergyUse e(s, {batch});
  EXPECT_NEAR(e.draw_gw(5), 0.0048, 1e-12); // 4 MW online x 1.2
  // 12 MW x (5 - 1)^2 / (2 x 10) = 9.6 MW·days = 230.4 MWh.
  EXPECT_NEAR(e.energy_mwh(5), 230.4, 1e-9);
  // 60 MW·days of ramp + 12 MW x 20 days = 300 MW·days = 7,200 MWh; at $50: $360,000.
  EXPECT_NEAR(e.energy_mwh(31), 7200, 1e-9);
  EXPECT_NEAR(e.cost_usd(31), 360000, 1e-6);
  EXPECT_NEAR(e.energy_mwh(0, 31), 7200, 1e-9);
}

TEST(EnergyUse, AStepDrawsFromItsDay)
{
  const Scenario s = priced_scenario();
  // Unlimited install: 10 MW online at once on day 10; by day 40: 12 MW x 30 days x 24 h = 8,640 MWh.
  const EnergyUse e(s, {InstallBatch{10, 10, Fleet{10000, 10e6, 0, 0}, phase_label(s, {0, 0})}});
  EXPECT_EQ(e.energy_mwh(10), 0);
  EXPECT_NEAR(e.energy_mwh(40), 8640, 1e-9);
}

} // namespace
} // namespace gwsim
