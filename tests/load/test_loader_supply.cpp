/* Loading the supply chain (SCENARIO-FORMAT.md, "Supply chain"): stages, needs and outages, their defaults, values
 * that may be distributions, and `--set` on them. Errors are in tests/bad/ (stage-*, needs-*, outage-*). */
#include "tests/load/test_loader_support.hpp"

#include <gtest/gtest.h>

namespace gwsim {
namespace {

using test::kMinimal;
using test::replaced;

const std::string kChain = replaced(
    replaced(kMinimal, "accelerators:\n  - name: A\n    it_power: 1 kW\n",
             R"(stages:
  - name: hbm
    unit: stack
    capacity: {2026-01: 1.5M/month, 2026-07: 2M/month}
  - name: cowos
    unit: wafer
    capacity: 12k/month
    cycle: 8 weeks
    yield: 90%
    inventory: 20k
    inputs: {n4: 1}
    outages:
      - {from: 2026-04-03, to: 2026-05-01, lost: 30%}
      - {from: 2026-04-20, to: 2026-06-01, lost: 70%}
  - name: n4
    unit: wafer
    capacity: 100k/month
accelerators:
  - name: A
    it_power: 1 kW
    needs: {cowos: 0.0625, hbm: 8}
)"),
    "    rate: 1000/day\n", "    rate: 1000/day\n    outages: [{from: 2026-02-01, to: 2026-02-15, lost: 100%}]\n");

TEST(LoaderSupply, StagesNeedsAndOutages)
{
  const Scenario s = load_scenario_text(kChain, "chain.yaml");
  ASSERT_EQ(s.stages.size(), 3u);
  const Stage& cowos = s.stages[1];
  EXPECT_EQ(cowos.name, "cowos");
  EXPECT_EQ(cowos.unit, "wafer");
  EXPECT_DOUBLE_EQ(cowos.capacity.at(s.start).per_day, 12000 / kDaysPerMonth);
  EXPECT_DOUBLE_EQ(cowos.cycle.days, 56);
  EXPECT_DOUBLE_EQ(cowos.yield.fraction, 0.9);
  EXPECT_DOUBLE_EQ(cowos.inventory, 20000); // a count with k
  ASSERT_EQ(cowos.inputs.size(), 1u);
  EXPECT_EQ(cowos.inputs[0].stage, 2u); // n4, declared after cowos
  EXPECT_DOUBLE_EQ(cowos.inputs[0].units, 1);
  ASSERT_EQ(cowos.outages.size(), 2u); // 30% + 70% overlap on Apr 20-May 1: exactly 100%, allowed
  EXPECT_EQ(cowos.outages[1].from.iso(), "2026-04-20");
  EXPECT_DOUBLE_EQ(cowos.outages[1].lost.fraction, 0.7);
  // Defaults: no cycle, all good, nothing on hand, no inputs.
  EXPECT_DOUBLE_EQ(s.stages[0].cycle.days, 0);
  EXPECT_DOUBLE_EQ(s.stages[0].yield.fraction, 1);
  EXPECT_DOUBLE_EQ(s.stages[0].inventory, 0);
  EXPECT_TRUE(s.stages[0].inputs.empty());
  ASSERT_EQ(s.accelerators[0].needs.size(), 2u);
  EXPECT_EQ(s.accelerators[0].needs[0].stage, 1u);
  EXPECT_DOUBLE_EQ(s.accelerators[0].needs[0].units, 0.0625);
  EXPECT_DOUBLE_EQ(s.accelerators[0].needs[1].units, 8);
  ASSERT_EQ(s.suppliers[0].outages.size(), 1u);
  EXPECT_DOUBLE_EQ(s.suppliers[0].outages[0].lost.fraction, 1);
}

TEST(LoaderSupply, ChainValuesMayBeDistributions)
{
  // Medians: uniform [6, 10] weeks → 8 weeks; a triangular yield (80%, 90%, 100%) → 90%; needs {uniform: [6, 10]} → 8.
  std::string text = replaced(kChain, "cycle: 8 weeks", "cycle: {uniform: [6 weeks, 10 weeks]}");
  text             = replaced(text, "yield: 90%", "yield: {triangular: [80%, 90%, 100%]}");
  text             = replaced(text, "hbm: 8}", "hbm: {uniform: [6, 10]}}");
  const Scenario s = load_scenario_text(text, "chain.yaml");
  EXPECT_NEAR(s.stages[1].cycle.days, 56, 1e-9);
  EXPECT_NEAR(s.stages[1].yield.fraction, 0.9, 1e-9);
  EXPECT_NEAR(s.accelerators[0].needs[1].units, 8, 1e-9);
}

TEST(LoaderSupply, OverridesReachTheChain)
{
  const Scenario s = load_scenario_text(kChain, "chain.yaml",
                                        {{"stages.cowos.capacity", "20k/month"}, {"accelerators.A.needs.hbm", "12"}});
  EXPECT_DOUBLE_EQ(s.stages[1].capacity.at(s.start).per_day, 20000 / kDaysPerMonth);
  EXPECT_DOUBLE_EQ(s.accelerators[0].needs[1].units, 12);
}

TEST(LoaderSupply, WithoutStagesNothingChanges)
{
  const Scenario s = load_scenario_text(kMinimal, "minimal.yaml");
  EXPECT_TRUE(s.stages.empty());
  EXPECT_TRUE(s.accelerators[0].needs.empty());
  EXPECT_TRUE(s.suppliers[0].outages.empty());
}

} // namespace
} // namespace gwsim
