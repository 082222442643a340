/* End-to-end tests of the command line: exit codes, error messages, nothing written on bad input, --set. */
#include "tests/e2e/csv_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

namespace {

using gwsim_e2e::Csv;
using gwsim_e2e::run_gwsim;
using gwsim_e2e::scenario_path;
using gwsim_e2e::slurp;
using gwsim_e2e::TempDir;

namespace fs = std::filesystem;

/** @brief Writes `text` to `path`. */
void write_file(const std::string& path, const std::string& text)
{
  std::ofstream out(path, std::ios::binary);
  out << text;
}

/** @brief construction.yaml with the phase's `it_power:` key misspelt `it_pwer:`; `line` gets its 1-based line. */
std::string typo_scenario(int& line)
{
  std::string text      = slurp(scenario_path("teaching/construction.yaml"));
  const std::string key = "        it_power: 10 MW";
  const std::size_t at  = text.find(key);
  if (at == std::string::npos) throw std::runtime_error("construction.yaml has no phase it_power line");
  line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  text.replace(at, key.size(), "        it_pwer: 10 MW");
  return text;
}

} // namespace

TEST(CliValidate, GoodFilesExitZero)
{
  // Every shipped scenario is valid; validate takes several files at once.
  TempDir tmp;
  std::vector<std::string> args{"validate"};
  for (const char* f : {"teaching/supply.yaml", "teaching/lane.yaml", "teaching/interconnect.yaml",
                        "teaching/headroom.yaml", "teaching/construction.yaml", "teaching/install.yaml",
                        "teaching/chain.yaml", "teaching/lane-sharing.yaml", "openai-nvidia-10gw.yaml"})
    args.push_back(scenario_path(f));
  EXPECT_EQ(run_gwsim(args, tmp / "stdout", tmp / "stderr"), 0) << slurp(tmp / "stderr");
}

TEST(CliValidate, TypoedKeyExitsTwoWithLocation)
{
  TempDir tmp;
  int line              = 0;
  const std::string bad = tmp / "typo.yaml";
  write_file(bad, typo_scenario(line));
  EXPECT_EQ(run_gwsim({"validate", bad}, tmp / "stdout", tmp / "stderr"), 2);
  const std::string err = slurp(tmp / "stderr");
  // The key `it_pwer` is indented by 8 spaces: line `line`, column 9 (1-based).
  EXPECT_NE(err.find(bad + ":" + std::to_string(line) + ":9: error:"), std::string::npos) << err;
  EXPECT_NE(err.find("it_pwer"), std::string::npos) << err;
}

TEST(CliRun, TypoedKeyExitsTwoAndWritesNothing)
{
  TempDir tmp;
  int line              = 0;
  const std::string bad = tmp / "typo.yaml";
  write_file(bad, typo_scenario(line));
  const std::string out = tmp / "out";
  EXPECT_EQ(run_gwsim({"run", bad, "-o", out, "--quiet"}, tmp / "stdout", tmp / "stderr"), 2);
  const std::string err = slurp(tmp / "stderr");
  EXPECT_TRUE(std::regex_search(err, std::regex(":" + std::to_string(line) + ":[0-9]+: error:"))) << err;
  EXPECT_FALSE(fs::exists(out)) << "an output folder was written for a bad scenario";
}

TEST(CliRun, SetOfUnknownPathExitsTwoAndWritesNothing)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  // construction.yaml has sites s only: `nowhere` names no site.
  EXPECT_EQ(run_gwsim({"run", scenario_path("teaching/construction.yaml"), "-o", out, "--quiet", "--set",
                       "sites.nowhere.phases.p1.build=10 days"},
                      tmp / "stdout", tmp / "stderr"),
            2);
  EXPECT_NE(slurp(tmp / "stderr").find("error"), std::string::npos);
  EXPECT_FALSE(fs::exists(out));
}

TEST(CliRun, SetOfUnknownKeyExitsTwo)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  // `bild` is no key of a phase.
  EXPECT_EQ(run_gwsim({"run", scenario_path("teaching/construction.yaml"), "-o", out, "--quiet", "--set",
                       "sites.s.phases.p1.bild=10 days"},
                      tmp / "stdout", tmp / "stderr"),
            2);
  EXPECT_FALSE(fs::exists(out));
}

TEST(CliRun, SetBuildChangesTheDates)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  // construction.yaml builds for 300 days (complete 2026-10-28); with 200 days the build ends on day 200 =
  // 2026-07-20, after the power grant (day 30) and the accelerators (day 1): energized and complete that day.
  ASSERT_EQ(run_gwsim({"run", scenario_path("teaching/construction.yaml"), "-o", out, "--quiet", "--set",
                       "sites.s.phases.p1.build=200 days"},
                      tmp / "stdout", tmp / "stderr"),
            0)
      << slurp(tmp / "stderr");
  const Csv phases    = Csv::read(out + "/phases.csv");
  const std::size_t i = phases.find("site", "s", "phase", "p1");
  EXPECT_EQ(phases.at(i, "build_end"), "2026-07-20");
  EXPECT_EQ(phases.at(i, "energized"), "2026-07-20");
  EXPECT_EQ(phases.at(i, "complete"), "2026-07-20");
  EXPECT_EQ(phases.at(i, "binding"), "construction");
}

TEST(CliRun, SetShareChangesTheDates)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  // supply.yaml at a 50% share: 50 of each daily lot of 100, so 10,000 / 50 = 200 lots, the last on day 200 =
  // 2026-07-20 (instead of day 100); accelerators still bind, waiting 200 - 60 = 140 days.
  ASSERT_EQ(run_gwsim({"run", scenario_path("teaching/supply.yaml"), "-o", out, "--quiet", "--set",
                       "suppliers.fab.share=50%"},
                      tmp / "stdout", tmp / "stderr"),
            0)
      << slurp(tmp / "stderr");
  const Csv phases    = Csv::read(out + "/phases.csv");
  const std::size_t i = phases.find("site", "s", "phase", "p1");
  EXPECT_EQ(phases.at(i, "complete"), "2026-07-20");
  EXPECT_NEAR(phases.number(i, "wait_accelerators_days"), 140, 1e-6);
  EXPECT_EQ(phases.at(i, "binding"), "accelerators");
}

TEST(CliRun, UnknownFlagExitsTwo)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  EXPECT_EQ(run_gwsim({"run", scenario_path("teaching/supply.yaml"), "-o", out, "--frobnicate"}, tmp / "stdout",
                      tmp / "stderr"),
            2);
  EXPECT_FALSE(fs::exists(out));
}

TEST(CliRun, MissingFileExitsTwo)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  EXPECT_EQ(run_gwsim({"run", tmp / "no-such-scenario.yaml", "-o", out, "--quiet"}, tmp / "stdout", tmp / "stderr"), 2);
  EXPECT_FALSE(fs::exists(out));
}

TEST(CliRun, QuietRunWritesTheFourOutputs)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  ASSERT_EQ(
      run_gwsim({"run", scenario_path("teaching/supply.yaml"), "-o", out, "--quiet"}, tmp / "stdout", tmp / "stderr"),
      0);
  for (const char* f : {"timeline.csv", "phases.csv", "events.csv", "summary.json"})
    EXPECT_TRUE(fs::is_regular_file(out + "/" + f)) << f;
}
