/* Bad values, types and keys: each case changes one line of kMinimal (see test_loader_support.hpp for its line
 * numbers) and checks the line, column, key path and the gist of the message. Columns are 1-based and count the
 * characters before the offending value on its line, which the comment of each case spells out. */
#include "tests/load/test_loader_support.hpp"

using namespace gwsim;
using gwsim::test::expect_error;
using gwsim::test::kMinimal;
using gwsim::test::load_error;
using gwsim::test::replaced;

TEST(LoaderErrors, UnknownTopLevelKey)
{
  // kMinimal has 27 lines, so the appended key is on line 28, column 1.
  expect_error(load_error(kMinimal + "colour: red\n"), 28, 1, "colour",
               "unknown key \"colour\"; allowed keys: scenario, description, start, end");
}

TEST(LoaderErrors, UnknownPhaseKey)
{
  // p1's build is line 23: 8 spaces of indentation, the key at column 9.
  expect_error(load_error(replaced(kMinimal, "        build: 1 month", "        buildd: 1 month")), 23, 9,
               "sites.x.phases.p1.buildd", "unknown key \"buildd\"; allowed keys: name, it_power, pue, start");
}

TEST(LoaderErrors, DuplicateKey)
{
  // The second `rate` follows the first (line 10), on line 11 at column 5.
  expect_error(load_error(replaced(kMinimal, "    rate: 1000/day\n", "    rate: 1000/day\n    rate: 2/day\n")), 11, 5,
               "suppliers.s.rate", "duplicate key \"rate\"");
}

TEST(LoaderErrors, MissingRequiredKeyIsLocatedAtItsMap)
{
  // p1 loses `build` (line 23 becomes pue); the error points at p1's map, which starts after `      - ` (column 9).
  expect_error(load_error(replaced(kMinimal, "        build: 1 month", "        pue: 1.5")), 21, 9,
               "sites.x.phases.p1.build", "missing required key \"build\"");
}

TEST(LoaderErrors, MissingScenarioName)
{
  // The root map starts at line 1, column 1.
  expect_error(load_error(replaced(kMinimal, "scenario: t", "seed: 3")), 1, 1, "scenario",
               "missing required key \"scenario\"");
}

TEST(LoaderErrors, ScenarioNameNotAFolderName)
{
  // `scenario: ` is 10 characters, the value starts at column 11.
  expect_error(load_error(replaced(kMinimal, "scenario: t", "scenario: my plan/1")), 1, 11, "scenario",
               "usable as a folder name");
}

TEST(LoaderErrors, InvalidDate)
{
  // `start: ` is 7 characters: column 8. Month 13 does not exist.
  expect_error(load_error(replaced(kMinimal, "start: 2026-01-01", "start: 2026-13-01")), 2, 8, "start",
               "expected a date such as \"2026-01-01\" or \"2026-01\", found \"2026-13-01\"");
}

TEST(LoaderErrors, EndBeforeStart)
{
  // `end: ` is 5 characters: column 6.
  expect_error(load_error(replaced(kMinimal, "end: 2027-01-01", "end: 2025-01-01")), 3, 6, "end",
               "expected an end after the start (2026-01-01), found \"2025-01-01\"");
}

TEST(LoaderErrors, NegativeSeed)
{
  // Appended on line 28; `seed: ` is 6 characters.
  expect_error(load_error(kMinimal + "seed: -1\n"), 28, 7, "seed", "expected a whole number of zero or more");
}

TEST(LoaderErrors, FractionalReportStep)
{
  expect_error(load_error(kMinimal + "step: 1.5 months\n"), 28, 7, "step",
               "whole positive number of days, weeks, months or years");
}

TEST(LoaderErrors, WrongPowerUnit)
{
  // Accelerator A's it_power is line 6; `    it_power: ` is 14 characters.
  expect_error(load_error(replaced(kMinimal, "it_power: 1 kW", "it_power: 1 kB")), 6, 15, "accelerators.A.it_power",
               "expected a power such as \"1.2 GW\" (units W, kW, MW, GW), found \"1 kB\"");
}

TEST(LoaderErrors, ListWhereAPowerBelongs)
{
  expect_error(load_error(replaced(kMinimal, "it_power: 1 kW", "it_power: [1 kW]")), 6, 15, "accelerators.A.it_power",
               "expected a power such as \"1.2 GW\" (units W, kW, MW, GW), found a list");
}

TEST(LoaderErrors, EmptyValue)
{
  // A key with nothing after it is a null value, which yaml-cpp places at the next token (line 7): the error
  // points at its key instead, line 6 after 4 spaces.
  expect_error(load_error(replaced(kMinimal, "it_power: 1 kW", "it_power:")), 6, 5, "accelerators.A.it_power",
               "found nothing");
}

TEST(LoaderErrors, NegativeDuration)
{
  // p1's build, line 23: `        build: ` is 15 characters.
  expect_error(load_error(replaced(kMinimal, "build: 1 month", "build: -1 month")), 23, 16, "sites.x.phases.p1.build",
               "expected a non-negative duration such as \"3 weeks\", found \"-1 month\"");
}

TEST(LoaderErrors, ZeroPhasePower)
{
  // p1's it_power, line 22: `        it_power: ` is 18 characters.
  expect_error(load_error(replaced(kMinimal, "it_power: 1 MW", "it_power: 0 MW")), 22, 19, "sites.x.phases.p1.it_power",
               "expected a value above zero, found \"0 MW\"");
}

TEST(LoaderErrors, RateWithoutUnit)
{
  // `    rate: ` is 10 characters; a bare count has no time unit and is refused.
  expect_error(load_error(replaced(kMinimal, "rate: 1000/day", "rate: 1000")), 10, 11, "suppliers.s.rate",
               "expected a rate such as \"450k/month\"");
}

TEST(LoaderErrors, ShareAboveOne)
{
  // Inserted after the rate: line 11; `    share: ` is 11 characters.
  expect_error(load_error(replaced(kMinimal, "    rate: 1000/day\n", "    rate: 1000/day\n    share: 130%\n")), 11, 12,
               "suppliers.s.share", "expected a share between 0% and 100% (or 0 and 1), found \"130%\"");
}

TEST(LoaderErrors, ZeroLot)
{
  expect_error(load_error(replaced(kMinimal, "    rate: 1000/day\n", "    rate: 1000/day\n    lot: 0 days\n")), 11, 10,
               "suppliers.s.lot", "above zero");
}

TEST(LoaderErrors, ZeroThroughput)
{
  // Inserted after the lane's `to` (line 13): line 14; `    throughput: ` is 16 characters.
  expect_error(load_error(replaced(kMinimal, "    to: r\n", "    to: r\n    throughput: 0/day\n")), 14, 17,
               "lanes[0].throughput", "expected a value above zero, found \"0/day\"");
}

TEST(LoaderErrors, PueBelowOne)
{
  // Inserted after p1's name (line 21): line 22; `        pue: ` is 13 characters.
  expect_error(load_error(replaced(kMinimal, "      - name: p1\n", "      - name: p1\n        pue: 0.9\n")), 22, 14,
               "sites.x.phases.p1.pue", "expected a PUE of at least 1");
}

TEST(LoaderErrors, ListWhereAMapOfListsBelongs)
{
  // Accelerators written as one map (lines 5–6, same line count): the map starts at line 5, column 3.
  expect_error(load_error(replaced(kMinimal, "  - name: A\n    it_power: 1 kW", "  name: A\n  it_power: 1 kW")), 5, 3,
               "accelerators", "expected a list of accelerators, found a map");
}

TEST(LoaderErrors, EmptyAcceleratorList)
{
  // `accelerators: ` is 14 characters: the `[]` is at column 15 of line 4.
  expect_error(load_error(replaced(kMinimal, "accelerators:\n  - name: A\n    it_power: 1 kW", "accelerators: []\n\n")),
               4, 15, "accelerators", "with at least one item, found an empty list");
}

TEST(LoaderErrors, EmptyPhaseList)
{
  const std::string text = kMinimal.substr(0, kMinimal.find("    phases:")) + "    phases: []\n";
  // `    phases: ` is 12 characters, on line 20.
  expect_error(load_error(text), 20, 13, "sites.x.phases", "expected a list of phases with at least one item");
}

TEST(LoaderErrors, NameWithSlash)
{
  // A `/` would make site/phase references ambiguous (so the path names the item by index). `  - name: ` is 10
  // characters.
  expect_error(load_error(replaced(kMinimal, "  - name: x", "  - name: x/y")), 18, 11, "sites[0].name",
               "expected a name without \".\" or \"/\"");
}

TEST(LoaderErrors, DemandUnit)
{
  // Appended: `demand:` on line 28, `  unit: ` (8 characters) on line 29.
  expect_error(load_error(kMinimal + "demand:\n  unit: TW\n"), 29, 9, "demand.unit",
               "expected one of GW, accelerators, PFLOPS, found \"TW\"");
}

TEST(LoaderErrors, NegativeDemandPoint)
{
  // `  points: {2026-06: ` is 20 characters.
  expect_error(load_error(kMinimal + "demand:\n  points: {2026-06: -1}\n"), 29, 21, "demand.points.2026-06",
               "expected a non-negative number");
}

TEST(LoaderErrors, FacilityWithoutDollar)
{
  // `  facility: ` is 12 characters.
  expect_error(load_error(kMinimal + "finance:\n  facility: 15B/GW\n"), 29, 13, "finance.facility",
               "expected a cost per power such as \"$15B/GW\"");
}

TEST(LoaderErrors, RootIsAList)
{
  const ScenarioError e = load_error("- a\n- b\n");
  expect_error(e, 1, 1, "", "expected a map with keys scenario, description");
  EXPECT_STREQ(e.what(), ("t.yaml:1:1: error: " + e.message()).c_str()); // no key path at the root
}

TEST(LoaderErrors, EmptyFile)
{
  expect_error(load_error(""), 1, 1, "", "found nothing");
}

TEST(LoaderErrors, YamlSyntaxError)
{
  // The flow list opened on line 1 is never closed; yaml-cpp reports where it gave up.
  const ScenarioError e = load_error("scenario: [t\nstart: 2026-01-01\n");
  EXPECT_GE(e.line(), 1);
  EXPECT_EQ(e.key_path(), "");
  EXPECT_NE(e.message().find("invalid YAML"), std::string::npos) << e.what();
}

TEST(LoaderErrors, TwoDocuments)
{
  // The second document begins after `---` on line 28.
  expect_error(load_error(kMinimal + "---\nscenario: u\n"), 29, 1, "", "found 2 YAML documents");
}

TEST(LoaderErrors, WhatFollowsTheContract)
{
  // FILE:LINE:COLUMN: error: KEY.PATH: MESSAGE
  const ScenarioError e = load_error(replaced(kMinimal, "rate: 1000/day", "rate: 1000"));
  EXPECT_STREQ(e.what(), "t.yaml:10:11: error: suppliers.s.rate: expected a rate such as \"450k/month\" (a count "
                         "with optional k or M per day, week, month or year), found \"1000\"");
}
