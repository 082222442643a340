/* Synthetic scenarios (gwsim generate): valid, of the asked shape, and the same text for the same spec. */
#include "sim/cli/generator.hpp"
#include "sim/load/loader.hpp"

#include <gtest/gtest.h>

#include <array>

namespace gwsim {
namespace {

TEST(Generator, MakesAValidScenarioOfTheAskedShape)
{
  const GeneratorSpec spec{7, 3, 2, 4, 5, 42};
  const Scenario s = load_scenario_text(generate_scenario(spec), "generated.yaml");
  EXPECT_EQ(s.name, "synthetic-7x3");
  EXPECT_EQ(s.sites.size(), 7u);
  for (const auto& site : s.sites)
    EXPECT_EQ(site.phases.size(), 3u);
  EXPECT_EQ(s.suppliers.size(), 2u);
  EXPECT_EQ(s.regions.size(), 4u);
  EXPECT_EQ(s.lanes.size(), 2u * 4u); // every supplier reaches every region
  // 2026-01-01 + 5 years = 2031-01-01.
  EXPECT_EQ(s.end.iso(), "2031-01-01");
  EXPECT_EQ(s.seed, 42u);
}

TEST(Generator, SameSpecSameTextOtherSeedOtherText)
{
  const GeneratorSpec a{20, 2, 3, 3, 4, 1};
  GeneratorSpec b = a;
  b.seed          = 2;
  EXPECT_EQ(generate_scenario(a), generate_scenario(a));
  EXPECT_NE(generate_scenario(a), generate_scenario(b));
}

TEST(Generator, EveryHorizonAndSizeValidates)
{
  // A generated scenario must load whatever its size and horizon: `--years 2` once wrote a demand with one date twice
  // (2027-01 as both the end of the first year and the start of the last), which validation rejects.
  for (int years = 1; years <= 20; ++years)
    for (const auto& [sites, phases, suppliers, regions] :
         {std::array<int, 4>{1, 1, 1, 1}, std::array<int, 4>{3, 2, 2, 2}, std::array<int, 4>{12, 5, 4, 3}}) {
      const GeneratorSpec spec{sites, phases, suppliers, regions, years, 7};
      EXPECT_NO_THROW(load_scenario_text(generate_scenario(spec), "generated.yaml"))
          << years << " years, " << sites << " sites, " << phases << " phases";
    }
}

TEST(Generator, RejectsEmptyShapes)
{
  EXPECT_THROW(generate_scenario(GeneratorSpec{0, 1, 1, 1, 1, 1}), std::invalid_argument);
  EXPECT_THROW(generate_scenario(GeneratorSpec{1, 1, 1, 1, 0, 1}), std::invalid_argument);
}

} // namespace
} // namespace gwsim
