/* The stock of long-lead equipment (sim/engine/power/equipment_stock.hpp) on scenarios/teaching/equipment.yaml:
 * transformers (stage 0): 2 in stock, 1 a day, cycle 30 days: made by day d >= 30 is 2 + (d - 29); turbines
 * (stage 1): 1 a day, cycle 60 days: made by day d >= 60 is d - 59. 1 transformer per 25 MW, 1 turbine per 20 MW. */
#include "sim/engine/power/equipment_stock.hpp"
#include "sim/load/loader.hpp"

#include <gtest/gtest.h>

#include <string>

namespace gwsim {
namespace {

constexpr double kMW = 1e6;

struct TeachingStock : ::testing::Test {
  Scenario scenario = load_scenario_file(std::string(GWSIM_SOURCE_DIR) + "/scenarios/teaching/equipment.yaml");
  EquipmentStock stock{scenario, plan_chain(scenario)};
  const std::vector<EquipmentNeed>& transformers = scenario.regions[0].equipment;
  const std::vector<EquipmentNeed>& turbines     = scenario.sites[1].onsite->equipment;
};

TEST_F(TeachingStock, OutputIsInStockOnTheDayItComesOut)
{
  EXPECT_DOUBLE_EQ(stock.on_hand(0, 0.0), 2);   // the inventory at the start
  EXPECT_DOUBLE_EQ(stock.on_hand(0, 29.9), 2);  // nothing made before day 30
  EXPECT_DOUBLE_EQ(stock.on_hand(0, 30.0), 3);  // day 30's output is there on day 30
  EXPECT_DOUBLE_EQ(stock.on_hand(0, 40.0), 13); // 2 + 11
  EXPECT_DOUBLE_EQ(stock.on_hand(1, 68.0), 9);  // 68 - 59
}

TEST_F(TeachingStock, CoversAndNextDayCovering)
{
  // 100 MW = 4 transformers: made by day 30 = 3, by day 31 = 4.
  EXPECT_FALSE(stock.covers(transformers, 100 * kMW, 30.0)); // 3 < 4
  EXPECT_TRUE(stock.covers(transformers, 100 * kMW, 31.0));  // 2 + 2 = 4: exactly
  EXPECT_DOUBLE_EQ(stock.next_day_covering(transformers, 100 * kMW, 0.0), 31.0);
  // Never sooner than the next whole day.
  EXPECT_DOUBLE_EQ(stock.next_day_covering(transformers, 25 * kMW, 0.0), 1.0);
  // 200 MW of onsite = 10 turbines: day 69.
  EXPECT_DOUBLE_EQ(stock.next_day_covering(turbines, 200 * kMW, 30.0), 69.0);
  // More than the horizon's output (181 days: 2 + 152 transformers made): never.
  EXPECT_LT(stock.next_day_covering(transformers, 10000 * kMW, 0.0), 0.0);
}

TEST_F(TeachingStock, DrawsTakeFromTheStockAndDelayTheNext)
{
  stock.draw(transformers, 100 * kMW);         // 4
  stock.draw(transformers, 50 * kMW);          // 2
  EXPECT_DOUBLE_EQ(stock.on_hand(0, 40.0), 7); // 13 - 6
  EXPECT_FALSE(stock.covers(transformers, 500 * kMW, 40.0));
  // 20 more: 26 made on day 53 (2 + 24).
  EXPECT_DOUBLE_EQ(stock.next_day_covering(transformers, 500 * kMW, 40.0), 53.0);
  EXPECT_DOUBLE_EQ(stock.on_hand(1, 100.0), 41); // turbines untouched by transformer draws
}

} // namespace
} // namespace gwsim
