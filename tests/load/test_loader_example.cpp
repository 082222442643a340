/* The example of SCENARIO-FORMAT.md and kMinimal load, and every value converts to its base unit (days, watts,
 * dollars, units a day) as worked out by hand in each assertion. */
#include "tests/load/test_loader_support.hpp"

#include <cmath>
#include <limits>

using namespace gwsim;
using gwsim::test::kFormatExample;
using gwsim::test::kMinimal;
using gwsim::test::replaced;

TEST(LoaderExample, TopLevelValues)
{
  const Scenario s = load_scenario_text(kFormatExample, "example.yaml");
  EXPECT_EQ(s.name, "teaching-one-site");
  EXPECT_EQ(s.description, "One supplier, one region, one site of two phases.");
  EXPECT_EQ(s.file, "example.yaml");
  EXPECT_EQ(s.start.iso(), "2026-01-01");
  EXPECT_EQ(s.end.iso(), "2028-12-31");
  // 2026 and 2027 have 365 days, 2028 is a leap year: 365 + 365 + 365 (to Dec 31, 2028) = 1095.
  EXPECT_DOUBLE_EQ(s.horizon_days(), 1095.0);
  EXPECT_EQ(s.step.unit, ReportStep::Unit::months);
  EXPECT_EQ(s.step.count, 1);
  EXPECT_EQ(s.seed, 1u);
}

TEST(LoaderExample, AcceleratorAndSupplier)
{
  const Scenario s = load_scenario_text(kFormatExample, "example.yaml");
  ASSERT_EQ(s.accelerators.size(), 1u);
  EXPECT_EQ(s.accelerators[0].name, "GB300");
  EXPECT_DOUBLE_EQ(s.accelerators[0].it_power.watts, 1800.0); // 1.8 kW = 1.8 × 1000 W
  EXPECT_DOUBLE_EQ(s.accelerators[0].pflops, 5.0);
  EXPECT_DOUBLE_EQ(s.accelerators[0].price.usd, 60000.0); // $60k

  ASSERT_EQ(s.suppliers.size(), 1u);
  const Supplier& n = s.suppliers[0];
  EXPECT_EQ(n.name, "nvidia");
  EXPECT_TRUE(n.product.constant);
  EXPECT_EQ(n.product.at(Date::from_ymd(2027, 1, 1)), 0); // GB300 is accelerator 0
  ASSERT_EQ(n.rate.steps.size(), 2u);
  EXPECT_FALSE(n.rate.constant);
  EXPECT_EQ(n.rate.steps[0].from.iso(), "2026-01-01"); // `2026-01` is the first of the month
  // 400k/month = 400000 / (365.25 / 12) = 400000 / 30.4375 ≈ 13141.68 a day.
  EXPECT_DOUBLE_EQ(n.rate.steps[0].value.per_day, 400000.0 / 30.4375);
  EXPECT_NEAR(n.rate.steps[0].value.per_day, 13141.68, 0.01);
  EXPECT_EQ(n.rate.steps[1].from.iso(), "2026-07-01");
  EXPECT_DOUBLE_EQ(n.rate.steps[1].value.per_day, 500000.0 / 30.4375);
  EXPECT_DOUBLE_EQ(n.share.at(Date::from_ymd(2026, 3, 1)).fraction, 0.25); // 25%
  EXPECT_DOUBLE_EQ(n.lot.days, 7.0);                                       // 1 week
}

TEST(LoaderExample, LaneAndRegion)
{
  const Scenario s = load_scenario_text(kFormatExample, "example.yaml");
  ASSERT_EQ(s.lanes.size(), 1u);
  EXPECT_EQ(s.lanes[0].from, 0u);
  EXPECT_EQ(s.lanes[0].to, 0u);
  EXPECT_DOUBLE_EQ(s.lanes[0].transit.days, 21.0);                     // 3 weeks × 7
  EXPECT_DOUBLE_EQ(s.lanes[0].throughput.per_day, 300000.0 / 30.4375); // ≈ 9856.26 a day
  ASSERT_EQ(s.regions.size(), 1u);
  const Region& texas = s.regions[0];
  EXPECT_EQ(texas.name, "texas");
  EXPECT_DOUBLE_EQ(texas.headroom.at(Date::from_ymd(2027, 6, 30)).watts, 1e9); // 1 GW until 2027-07
  EXPECT_DOUBLE_EQ(texas.headroom.at(Date::from_ymd(2027, 7, 1)).watts, 3e9);
  EXPECT_DOUBLE_EQ(texas.interconnect.days, 365.25); // 12 months × 30.4375
}

TEST(LoaderExample, SiteAndPhases)
{
  const Scenario s = load_scenario_text(kFormatExample, "example.yaml");
  ASSERT_EQ(s.sites.size(), 1u);
  EXPECT_EQ(s.sites[0].region, 0u);
  ASSERT_EQ(s.sites[0].phases.size(), 2u);
  const Phase& p1 = s.sites[0].phases[0];
  EXPECT_DOUBLE_EQ(p1.it_power.watts, 600e6);
  EXPECT_DOUBLE_EQ(p1.pue, 1.2);
  ASSERT_TRUE(p1.start.has_value());
  EXPECT_EQ(p1.start->iso(), "2026-01-01");
  EXPECT_DOUBLE_EQ(p1.build.days, 10 * 30.4375); // 304.375
  ASSERT_TRUE(p1.install.has_value());
  EXPECT_DOUBLE_EQ(p1.install->per_day, 100000.0 / 30.4375);
  EXPECT_TRUE(p1.after.empty());
  EXPECT_FALSE(p1.accelerator.has_value());
  const Phase& p2 = s.sites[0].phases[1];
  EXPECT_FALSE(p2.start.has_value());
  EXPECT_FALSE(p2.install.has_value());
  EXPECT_DOUBLE_EQ(p2.build.days, 8 * 30.4375);     // 243.5
  EXPECT_EQ(p2.after, std::vector<std::size_t>{0}); // p1 is global phase 0
}

TEST(LoaderExample, DemandAndFinance)
{
  const Scenario s = load_scenario_text(kFormatExample, "example.yaml");
  EXPECT_EQ(s.demand.unit, Demand::Unit::gw);
  EXPECT_EQ(s.demand.interpolation, Demand::Interpolation::linear);
  ASSERT_EQ(s.demand.points.size(), 3u);
  EXPECT_EQ(s.demand.points[0].from.iso(), "2026-06-01");
  EXPECT_DOUBLE_EQ(s.demand.points[0].value, 0.2);
  EXPECT_EQ(s.demand.points[2].from.iso(), "2028-06-01");
  EXPECT_DOUBLE_EQ(s.demand.points[2].value, 1.2);
  EXPECT_DOUBLE_EQ(s.finance.facility.usd_per_watt, 15.0); // $15B / 1 GW = 15e9 / 1e9 dollars a watt
}

TEST(LoaderExample, DefaultsOfTheMinimalScenario)
{
  const Scenario s = load_scenario_text(kMinimal, "t.yaml");
  EXPECT_EQ(s.step.unit, ReportStep::Unit::months);
  EXPECT_EQ(s.step.count, 1);
  EXPECT_EQ(s.seed, 1u);
  EXPECT_DOUBLE_EQ(s.accelerators[0].pflops, 0.0);
  EXPECT_DOUBLE_EQ(s.accelerators[0].price.usd, 0.0);
  EXPECT_DOUBLE_EQ(s.suppliers[0].share.at(s.start).fraction, 1.0); // 100%
  EXPECT_DOUBLE_EQ(s.suppliers[0].lot.days, 7.0);
  EXPECT_DOUBLE_EQ(s.lanes[0].transit.days, 0.0);
  // No throughput: unlimited, stored as an infinite rate.
  EXPECT_EQ(s.lanes[0].throughput.per_day, std::numeric_limits<double>::infinity());
  EXPECT_DOUBLE_EQ(s.regions[0].interconnect.days, 0.0);
  EXPECT_DOUBLE_EQ(s.sites[0].phases[0].pue, 1.0);
  EXPECT_TRUE(s.demand.points.empty());
  EXPECT_DOUBLE_EQ(s.finance.facility.usd_per_watt, 0.0);
}

TEST(LoaderExample, SchedulesAreSortedAndProductsAreIndices)
{
  std::string text =
      replaced(kMinimal, "    it_power: 1 kW\n", "    it_power: 1 kW\n  - name: B\n    it_power: 2 kW\n");
  text             = replaced(text, "product: A", "product: {2026-07: B, 2026-01: A}");
  text             = replaced(text, "headroom: 1 GW", "headroom: {2027-01-15: 3 GW, 2026-02: 1.5 GW}");
  const Scenario s = load_scenario_text(text, "t.yaml");
  ASSERT_EQ(s.suppliers[0].product.steps.size(), 2u);
  EXPECT_EQ(s.suppliers[0].product.steps[0].from.iso(), "2026-01-01");
  EXPECT_EQ(s.suppliers[0].product.steps[0].value, 0); // A
  EXPECT_EQ(s.suppliers[0].product.steps[1].value, 1); // B
  const auto& headroom = s.regions[0].headroom;
  EXPECT_EQ(headroom.steps[0].from.iso(), "2026-02-01");
  EXPECT_DOUBLE_EQ(headroom.at(Date::from_ymd(2026, 1, 31)).watts, 0.0); // zero before the first date
  EXPECT_DOUBLE_EQ(headroom.at(Date::from_ymd(2026, 2, 1)).watts, 1.5e9);
  EXPECT_DOUBLE_EQ(headroom.at(Date::from_ymd(2027, 1, 15)).watts, 3e9);
}

TEST(LoaderExample, CrossSiteAfterAndAcceleratorChoice)
{
  const std::string text = kMinimal + R"(  - name: y
    region: r
    phases:
      - name: q1
        it_power: 2 MW
        build: 0 days
        accelerator: A
        after: [x/p2, q0]
      - name: q0
        it_power: 2 MW
        build: 2 weeks
seed: 42
step: 2 weeks
)";
  const Scenario s       = load_scenario_text(text, "t.yaml");
  const Phase& q1        = s.sites[1].phases[0];
  // Global indices: x/p1 = 0, x/p2 = 1, y/q1 = 2, y/q0 = 3 (declared later, still found).
  EXPECT_EQ(q1.after, (std::vector<std::size_t>{1, 3}));
  EXPECT_EQ(q1.accelerator, std::optional<std::size_t>(0));
  EXPECT_DOUBLE_EQ(q1.build.days, 0.0);
  EXPECT_EQ(s.seed, 42u);
  EXPECT_EQ(s.step.unit, ReportStep::Unit::weeks);
  EXPECT_EQ(s.step.count, 2);
}
