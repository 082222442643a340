/* The power extensions of the format (docs/scenario-format.md, "Power"): read into the model, or located errors. */
#include "tests/load/test_loader_support.hpp"

namespace {

using gwsim::load_scenario_text;
using gwsim::test::expect_error;
using gwsim::test::kMinimal;
using gwsim::test::load_error;
using gwsim::test::replaced;

TEST(LoaderPower, StudiesAndWithdrawAfter)
{
  const auto s = load_scenario_text(
      replaced(kMinimal, "    headroom: 1 GW\n", "    headroom: 1 GW\n    studies: 20\n    withdraw_after: 6 years\n"),
      "t.yaml");
  EXPECT_EQ(s.regions[0].queue.studies, 20u);
  ASSERT_TRUE(s.regions[0].queue.withdraw_after);
  EXPECT_DOUBLE_EQ(s.regions[0].queue.withdraw_after->days, 6 * 365.25);
  EXPECT_TRUE(gwsim::uses_power_extensions(s));
}

TEST(LoaderPower, AV1ScenarioUsesNoPowerExtension)
{
  const auto s = load_scenario_text(kMinimal, "t.yaml");
  EXPECT_EQ(s.regions[0].queue.studies, 0u); // no cap
  EXPECT_FALSE(s.regions[0].queue.withdraw_after);
  EXPECT_FALSE(gwsim::uses_power_extensions(s));
}

TEST(LoaderPower, StudiesZero)
{
  expect_error(load_error(replaced(kMinimal, "    headroom: 1 GW\n", "    headroom: 1 GW\n    studies: 0\n")), 17, 14,
               "regions.r.studies", "expected a whole number of requests of at least 1");
}

TEST(LoaderPower, WithdrawAfterZero)
{
  expect_error(
      load_error(replaced(kMinimal, "    headroom: 1 GW\n", "    headroom: 1 GW\n    withdraw_after: 0 days\n")), 17,
      21, "regions.r.withdraw_after", "expected a value above zero");
}

} // namespace

namespace {

TEST(LoaderPower, Onsite)
{
  const auto s = load_scenario_text(
      replaced(kMinimal, "    region: r\n", "    region: r\n    onsite: {power: 420 MW, lead: 4 months}\n"), "t.yaml");
  ASSERT_TRUE(s.sites[0].onsite);
  EXPECT_DOUBLE_EQ(s.sites[0].onsite->power.watts, 420e6);
  EXPECT_DOUBLE_EQ(s.sites[0].onsite->lead.days, 4 * 365.25 / 12);
  EXPECT_TRUE(gwsim::uses_power_extensions(s));
}

TEST(LoaderPower, OnsiteWithoutPower)
{
  expect_error(load_error(replaced(kMinimal, "    region: r\n", "    region: r\n    onsite: {lead: 4 months}\n")), 20,
               13, "sites.x.onsite.power", "missing required key \"power\"");
}

} // namespace

namespace {

const std::string kTwoRegions =
    replaced(kMinimal, "    headroom: 1 GW\n", "    headroom: 1 GW\n  - name: q\n    headroom: 2 GW\n");

TEST(LoaderPower, Transmission)
{
  const auto s = load_scenario_text(kTwoRegions + "transmission:\n  - {from: q, to: r, limit: 1 GW}\n", "t.yaml");
  ASSERT_EQ(s.transmission.size(), 1u);
  EXPECT_EQ(s.transmission[0].from, 1u);
  EXPECT_EQ(s.transmission[0].to, 0u);
  EXPECT_DOUBLE_EQ(s.transmission[0].limit.watts, 1e9);
  EXPECT_TRUE(gwsim::uses_power_extensions(s));
}

TEST(LoaderPower, TransmissionToAnUnknownRegion)
{
  // Line 30 = the 27 lines of kMinimal, 2 more for region q, then `transmission:`.
  expect_error(load_error(kTwoRegions + "transmission:\n  - {from: q, to: z, limit: 1 GW}\n"), 31, 19,
               "transmission[0].to", "expected the name of a declared region (r, q), found \"z\"");
}

TEST(LoaderPower, TransmissionNegativeLimit)
{
  expect_error(load_error(kTwoRegions + "transmission:\n  - {from: q, to: r, limit: -1 GW}\n"), 31, 29,
               "transmission[0].limit", "expected a non-negative power");
}

} // namespace
