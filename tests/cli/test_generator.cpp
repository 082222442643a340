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

TEST(Generator, StagesMakeALineOfWaferStagesAndMemoryBeside)
{
  // --stages 4: stage0 -> stage1 -> stage2 (packaged per accelerator), stage3 (memory stacks) beside; everything else
  // as without stages (drawn before them).
  GeneratorSpec spec{7, 3, 2, 4, 5, 42};
  const std::string plain = generate_scenario(spec);
  spec.stages             = 4;
  const std::string text  = generate_scenario(spec);
  const Scenario s        = load_scenario_text(text, "generated.yaml");
  ASSERT_EQ(s.stages.size(), 4u);
  EXPECT_TRUE(s.stages[0].inputs.empty());
  ASSERT_EQ(s.stages[2].inputs.size(), 1u);
  EXPECT_EQ(s.stages[2].inputs[0].stage, 1u);
  EXPECT_TRUE(s.stages[3].inputs.empty());
  ASSERT_EQ(s.accelerators[0].needs.size(), 2u);
  EXPECT_EQ(s.accelerators[0].needs[0].stage, 2u);
  EXPECT_DOUBLE_EQ(s.accelerators[0].needs[0].units, 0.05); // 20 per wafer
  EXPECT_DOUBLE_EQ(s.accelerators[0].needs[1].units, 8);
  EXPECT_EQ(text.substr(text.find("suppliers:")),
            plain.substr(plain.find("suppliers:"), text.find("\nstages:") - text.find("suppliers:")) +
                text.substr(text.find("\nstages:")));
  spec.stages = 1;
  EXPECT_THROW(generate_scenario(spec), std::invalid_argument);
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
