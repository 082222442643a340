/* The supply chain planned day by day (sim/engine/supply/chain_plan.hpp): conservation, the pro-rata division of a
 * short stage, cycles in whole days, outages, and suppliers' output rates. Hand arithmetic in the comments. */
#include "sim/engine/supply/chain_plan.hpp"
#include "sim/engine/supply/lot_plan.hpp"
#include "sim/load/loader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace gwsim {
namespace {

Scenario teaching(const std::string& file)
{
  return load_scenario_file(std::string(GWSIM_SOURCE_DIR) + "/scenarios/teaching/" + file);
}

/** @brief Checks, day by day, that each stage's inventory moves by its output less what its consumers started with,
 * that what they started with is their starts × their units per start, and that output = yield × starts `cycle`
 * whole days before. */
void expect_conserved(const Scenario& s, const ChainPlan& plan)
{
  const std::size_t stages = s.stages.size();
  for (std::size_t d = 0; d < plan.days; ++d) {
    std::vector<double> consumed(stages, 0.0);
    for (std::size_t n = 0; n < plan.nodes.size(); ++n) {
      const std::vector<StageNeed>* needs = nullptr;
      if (n < stages) {
        needs = &s.stages[n].inputs;
      } else {
        const int product = product_at(s, s.suppliers[n - stages], static_cast<double>(d));
        if (product < 0) continue;
        needs = &s.accelerators[static_cast<std::size_t>(product)].needs;
      }
      for (const StageNeed& need : *needs)
        consumed[need.stage] += plan.nodes[n].started[d] * need.units;
    }
    for (std::size_t x = 0; x < stages; ++x) {
      const ChainNodeDays& node = plan.nodes[x];
      const double scale        = 1 + node.inventory[d] + node.output[d];
      EXPECT_NEAR(node.consumed[d], consumed[x], 1e-9 * scale) << s.stages[x].name << " day " << d;
      EXPECT_NEAR(node.inventory[d + 1], node.inventory[d] + node.output[d] - node.consumed[d], 1e-9 * scale)
          << s.stages[x].name << " day " << d;
      EXPECT_GE(node.inventory[d + 1], 0) << s.stages[x].name << " day " << d;
      const auto cycle             = static_cast<std::size_t>(std::ceil(s.stages[x].cycle.days - 1e-9));
      const double expected_output = d >= cycle ? node.started[d - cycle] * s.stages[x].yield.fraction : 0.0;
      EXPECT_NEAR(node.output[d], expected_output, 1e-9 * scale) << s.stages[x].name << " day " << d;
    }
  }
}

TEST(ChainPlan, ConservedEveryDayOnEveryTeachingChain)
{
  for (const char* file : {"supply-narrowest.yaml", "supply-generations.yaml", "supply-outage.yaml",
                           "supply-shared.yaml", "equipment.yaml"}) {
    SCOPED_TRACE(file);
    const Scenario s = teaching(file);
    expect_conserved(s, plan_chain(s));
  }
}

TEST(ChainPlan, NarrowestStageLimitsEveryoneDownstream)
{
  // wafer 100/day x 80% out day 20 on: cowos starts 80/day from day 20 (out day 30), the fab 80 / 0.1 = 800/day.
  const Scenario s      = teaching("supply-narrowest.yaml");
  const ChainPlan plan  = plan_chain(s);
  const std::size_t fab = 3; // nodes: wafer, cowos, hbm, then the fab
  EXPECT_DOUBLE_EQ(plan.nodes[0].output[19], 0);
  EXPECT_DOUBLE_EQ(plan.nodes[0].output[20], 80);
  EXPECT_DOUBLE_EQ(plan.nodes[1].started[19], 0);
  EXPECT_DOUBLE_EQ(plan.nodes[1].started[20], 80);
  EXPECT_DOUBLE_EQ(plan.nodes[fab].started[29], 0);
  EXPECT_DOUBLE_EQ(plan.nodes[fab].started[30], 800);
  // Who limits whom on day 40: the fab by cowos (index 1), cowos by wafer (index 0), wafer by its capacity.
  EXPECT_EQ(plan.nodes[fab].limit[40], 1);
  EXPECT_EQ(plan.nodes[1].limit[40], 0);
  EXPECT_EQ(plan.nodes[0].limit[40], kOwnCapacity);
  EXPECT_EQ(plan.root_limit(fab, 40), 0u);
}

TEST(ChainPlan, ShortStageDividedInProportionToWhatEachAsks)
{
  // cowos 100/day; nvidia asks 1,500 x 0.1 = 150, amd 250 x 0.2 = 50: fill 100 / 200 = 0.5 for both.
  const Scenario s     = teaching("supply-shared.yaml");
  const ChainPlan plan = plan_chain(s);
  for (std::size_t d : {0u, 10u, 50u}) {
    EXPECT_DOUBLE_EQ(plan.supplier(0).started[d], 750);
    EXPECT_DOUBLE_EQ(plan.supplier(1).started[d], 125);
    EXPECT_DOUBLE_EQ(plan.nodes[0].consumed[d], 100);
  }
}

TEST(ChainPlan, CycleLandsOnTheFirstWholeDayAfterIt)
{
  // A cycle of 1 month = 30.4375 days: what is started on day 0 lands on day 31; 2 weeks = exactly day 14.
  Scenario s        = teaching("supply-outage.yaml");
  s.stages[0].cycle = Duration{kDaysPerMonth};
  EXPECT_DOUBLE_EQ(plan_chain(s).nodes[0].output[30], 0);
  EXPECT_DOUBLE_EQ(plan_chain(s).nodes[0].output[31], 100);
  s.stages[0].cycle = Duration{14};
  EXPECT_DOUBLE_EQ(plan_chain(s).nodes[0].output[13], 0);
  EXPECT_DOUBLE_EQ(plan_chain(s).nodes[0].output[14], 100);
}

TEST(ChainPlan, InventoryAtStartIsUsedFirst)
{
  // 1,500 wafers on hand at the start and the stage stopped for its first 20 days (an outage of days 0-19). The fab
  // (2,000 a day asks 200 wafers a day) makes 2,000 a day on days 0-6 (1,400 wafers), 1,000 on day 7 with the last 100
  // (fill 100 / 200), nothing on days 8-19, then 100 / 0.1 = 1,000 a day from day 20.
  Scenario s            = teaching("supply-outage.yaml");
  s.stages[0].inventory = 1500;
  s.stages[0].outages   = {{s.start, s.start.add_days(20), Share{1.0}}};
  const ChainPlan plan  = plan_chain(s);
  EXPECT_DOUBLE_EQ(plan.supplier(0).started[0], 2000);
  EXPECT_DOUBLE_EQ(plan.supplier(0).started[6], 2000);
  EXPECT_DOUBLE_EQ(plan.supplier(0).started[7], 1000);
  EXPECT_DOUBLE_EQ(plan.supplier(0).started[8], 0);
  EXPECT_DOUBLE_EQ(plan.supplier(0).started[20], 1000);
  EXPECT_DOUBLE_EQ(plan.nodes[0].inventory[8], 0);
  expect_conserved(s, plan);
}

TEST(ChainPlan, PartialOutagesInForceTogetherAddUp)
{
  // 100/day; 30% lost over days 5-14 and 20% over days 10-19: 70 on days 5-9, 50 on days 10-14, 80 on days 15-19.
  const Date start = Date::from_ymd(2026, 1, 1);
  const DaySchedule<Rate> rate{{{0.0, Rate{100}}}};
  const std::vector<Outage> outages{{start.add_days(5), start.add_days(15), Share{0.3}},
                                    {start.add_days(10), start.add_days(20), Share{0.2}}};
  const std::vector<double> capacity = daily_capacity(rate, outages, start, 25);
  EXPECT_DOUBLE_EQ(capacity[4], 100);
  EXPECT_DOUBLE_EQ(capacity[5], 70);
  EXPECT_DOUBLE_EQ(capacity[10], 50);
  EXPECT_DOUBLE_EQ(capacity[15], 80);
  EXPECT_DOUBLE_EQ(capacity[20], 100);
}

TEST(ChainPlan, WithoutStagesOrOutagesASupplierKeepsItsRateSchedule)
{
  // v1 scenarios: the very schedule the lots were planned from before the chain existed (byte-identical outputs).
  const Scenario s      = load_scenario_file(std::string(GWSIM_SOURCE_DIR) + "/scenarios/teaching/supply.yaml");
  const SupplyPlan plan = plan_supply(s);
  const DaySchedule<Rate> before = DaySchedule<Rate>::from(s.suppliers[0].rate, s.start);
  ASSERT_EQ(plan.output[0].changes.size(), before.changes.size());
  for (std::size_t i = 0; i < before.changes.size(); ++i) {
    EXPECT_EQ(plan.output[0].changes[i].day, before.changes[i].day);
    EXPECT_EQ(plan.output[0].changes[i].value.per_day, before.changes[i].value.per_day);
  }
  EXPECT_TRUE(plan.chain.nodes.empty());
}

TEST(ChainPlan, SupplierOutageLowersItsOutputRate)
{
  // The fab of teaching/supply.yaml (100/day) stopped over days 10-19: 100, then 0 from day 10, 100 from day 20.
  Scenario s                  = load_scenario_file(std::string(GWSIM_SOURCE_DIR) + "/scenarios/teaching/supply.yaml");
  s.suppliers[0].outages      = {{s.start.add_days(10), s.start.add_days(20), Share{1.0}}};
  const DaySchedule<Rate> out = plan_supply(s).output[0];
  ASSERT_EQ(out.changes.size(), 3u);
  EXPECT_EQ(out.changes[1].day, 10);
  EXPECT_EQ(out.changes[1].value.per_day, 0);
  EXPECT_EQ(out.changes[2].day, 20);
  EXPECT_EQ(out.changes[2].value.per_day, 100);
  // Lots: days 0-9 in daily lots, a pause, then from day 20.
  const auto lots = plan_lots(s, 0, out);
  EXPECT_EQ(lots[9].end, 10);
  EXPECT_EQ(lots[10].begin, 20);
}

TEST(ChainPlan, StagesComeAfterTheirInputsWhateverTheDeclarationOrder)
{
  // packaging declared before the wafers it takes: the order still has wafer first.
  Scenario s = teaching("supply-narrowest.yaml");
  std::swap(s.stages[0], s.stages[1]); // cowos (index 0) takes wafer (index 1)
  s.stages[0].inputs = {{1, 1.0}};
  for (Accelerator& a : s.accelerators)
    for (StageNeed& n : a.needs)
      n.stage = n.stage == 0 ? 1 : n.stage == 1 ? 0 : n.stage;
  const ChainPlan plan = plan_chain(s);
  ASSERT_EQ(plan.order.size(), 3u);
  EXPECT_EQ(plan.order[0], 1u);
  EXPECT_DOUBLE_EQ(plan.supplier(0).started[30], 800); // the same chain: 800 a day from day 30
}

} // namespace
} // namespace gwsim
