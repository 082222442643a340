/* `--set KEY=VALUE`: parsing, walking the tree by key, name, `from->to` and index, replacing values and schedules,
 * and errors located at the override instead of the file. */
#include "tests/load/test_loader_support.hpp"

using namespace gwsim;
using gwsim::test::kMinimal;
using gwsim::test::load_error;

namespace {

/** @brief The InputError (not a ScenarioError) the overrides cause. */
std::string override_error(const std::vector<Override>& overrides)
{
  try {
    load_scenario_text(kMinimal, "t.yaml", overrides);
  } catch (const ScenarioError& e) {
    ADD_FAILURE() << "expected a plain InputError, got " << e.what();
  } catch (const InputError& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected an InputError, the scenario loaded";
  return {};
}

} // namespace

TEST(Override, ParseSplitsAtTheFirstEquals)
{
  const Override o = parse_override("demand.points={2026-01: 1}");
  EXPECT_EQ(o.path, "demand.points");
  EXPECT_EQ(o.value, "{2026-01: 1}");
  EXPECT_EQ(parse_override("a=b=c").value, "b=c");
  EXPECT_EQ(parse_override("seed=").value, "");
  EXPECT_THROW(parse_override("seed"), InputError);
  EXPECT_THROW(parse_override("=3"), InputError);
}

TEST(Override, ReplacesScalarsByKeyAndName)
{
  const Scenario s =
      load_scenario_text(kMinimal, "t.yaml", {{"sites.x.phases.p1.build", "8 months"}, {"suppliers.s.rate", "2k/day"}});
  EXPECT_DOUBLE_EQ(s.sites[0].phases[0].build.days, 8 * 30.4375); // 243.5
  EXPECT_DOUBLE_EQ(s.suppliers[0].rate.at(s.start).per_day, 2000.0);
}

TEST(Override, AddressesLanesByEndsOrIndex)
{
  const Scenario by_ends = load_scenario_text(kMinimal, "t.yaml", {{"lanes.s->r.to", "r"}});
  EXPECT_EQ(by_ends.lanes[0].to, 0u);
  const Scenario by_index = load_scenario_text(kMinimal, "t.yaml", {{"lanes.0.from", "s"}});
  EXPECT_EQ(by_index.lanes[0].from, 0u);
}

TEST(Override, ScalarBecomesScheduleAndBack)
{
  const Scenario s = load_scenario_text(kMinimal, "t.yaml", {{"regions.r.headroom", "{2026-06: 2 GW, 2026-01: 1 GW}"}});
  ASSERT_EQ(s.regions[0].headroom.steps.size(), 2u);
  EXPECT_DOUBLE_EQ(s.regions[0].headroom.at(Date::from_ymd(2026, 7, 1)).watts, 2e9);
  const Scenario back = load_scenario_text(kMinimal, "t.yaml",
                                           {{"regions.r.headroom", "{2026-06: 2 GW}"}, {"regions.r.headroom", "3 GW"}});
  EXPECT_TRUE(back.regions[0].headroom.constant);
  EXPECT_DOUBLE_EQ(back.regions[0].headroom.at(back.start).watts, 3e9);
}

TEST(Override, LaterOverridesWin)
{
  const Scenario s = load_scenario_text(kMinimal, "t.yaml", {{"end", "2030-01-01"}, {"end", "2029-01-01"}});
  EXPECT_EQ(s.end.iso(), "2029-01-01");
}

TEST(Override, ErrorInOverriddenValueIsLocatedAtTheOverride)
{
  const ScenarioError e = load_error(kMinimal, {{"sites.x.phases.p1.build", "-2 weeks"}});
  EXPECT_EQ(e.file(), "--set sites.x.phases.p1.build=-2 weeks");
  EXPECT_EQ(e.line(), 0); // no position: the value is not in the file
  EXPECT_EQ(e.key_path(), "sites.x.phases.p1.build");
  EXPECT_STREQ(e.what(), "--set sites.x.phases.p1.build=-2 weeks: error: sites.x.phases.p1.build: expected a "
                         "non-negative duration such as \"3 weeks\", found \"-2 weeks\"");
}

TEST(Override, ErrorInsideAnOverriddenSchedule)
{
  const ScenarioError e = load_error(kMinimal, {{"regions.r.headroom", "{2026-01: 1 GW, 2026-13: 2 GW}"}});
  EXPECT_EQ(e.file(), "--set regions.r.headroom={2026-01: 1 GW, 2026-13: 2 GW}");
  EXPECT_EQ(e.key_path(), "regions.r.headroom.2026-13");
}

TEST(Override, ErrorsElsewhereStayInTheFile)
{
  // The override is fine; the file's own bad seed (appended as line 28) is still reported at its line.
  const ScenarioError e = load_error(kMinimal + "seed: x\n", {{"lanes.0.to", "r"}});
  EXPECT_EQ(e.file(), "t.yaml");
  EXPECT_EQ(e.line(), 28);
}

TEST(Override, EmptyValueIsLocatedAtTheOverride)
{
  const ScenarioError e = load_error(kMinimal, {{"suppliers.s.rate", ""}});
  EXPECT_EQ(e.file(), "--set suppliers.s.rate=");
  EXPECT_NE(e.message().find("found nothing"), std::string::npos) << e.what();
}

TEST(Override, UnknownPhase)
{
  EXPECT_EQ(override_error({{"sites.x.phases.p9.build", "1 day"}}),
            "--set sites.x.phases.p9.build=1 day: error: no phase named \"p9\" in sites.x.phases (have: p1, p2)");
}

TEST(Override, UnknownKey)
{
  EXPECT_EQ(override_error({{"sites.x.colour", "red"}}),
            "--set sites.x.colour=red: error: no key \"colour\" in sites.x (have: name, region, phases)");
  // An optional key the file leaves out cannot be set: only values that exist are replaced.
  EXPECT_EQ(override_error({{"seed", "3"}}).find("--set seed=3: error: no key \"seed\" in the scenario"), 0u);
}

TEST(Override, UnknownLaneAndIndex)
{
  EXPECT_EQ(override_error({{"lanes.s->q.transit", "1 day"}}),
            "--set lanes.s->q.transit=1 day: error: no lane named \"s->q\" in lanes (have: s->r)");
  EXPECT_EQ(override_error({{"lanes.3.transit", "1 day"}}),
            "--set lanes.3.transit=1 day: error: no lane [3] in lanes (it has 1)");
}

TEST(Override, OnlyValuesAndSchedulesCanBeReplaced)
{
  EXPECT_EQ(override_error({{"sites.x.phases", "[]"}}),
            "--set sites.x.phases=[]: error: sites.x.phases is a list; --set replaces a single value or a schedule");
  EXPECT_EQ(override_error({{"sites.x.phases.p1", "{}"}}),
            "--set sites.x.phases.p1={}: error: sites.x.phases.p1 is a map; --set replaces a single value or a "
            "schedule");
  EXPECT_EQ(override_error({{"scenario.name", "u"}}),
            "--set scenario.name=u: error: scenario is a single value, it has no \"name\"");
}

TEST(Override, ValueMustBeYaml)
{
  EXPECT_EQ(override_error({{"suppliers.s.rate", "{2026-01: 1/day"}})
                .find("--set suppliers.s.rate={2026-01: 1/day: error: the value is not valid YAML"),
            0u);
}
