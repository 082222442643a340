/* End-to-end tests of the reference scenario (scenarios/openai-nvidia-10gw.yaml): it runs, its outputs follow the
 * contract, and two runs are byte-identical (except wall_seconds). */
#include "tests/e2e/csv_reader.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <set>
#include <string>

namespace {

using gwsim_e2e::Csv;
using gwsim_e2e::run_gwsim;
using gwsim_e2e::slurp;
using gwsim_e2e::TempDir;

const std::string kReference = gwsim_e2e::scenario_path("openai-nvidia-10gw.yaml");

/** @brief The `site/phase` labels of the reference scenario, read from the YAML itself. */
std::set<std::string> reference_phases()
{
  std::set<std::string> labels;
  const YAML::Node root = YAML::LoadFile(kReference);
  for (const auto& site : root["sites"])
    for (const auto& phase : site["phases"])
      labels.insert(site["name"].as<std::string>() + "/" + phase["name"].as<std::string>());
  return labels;
}

int run_reference(const std::string& out, const TempDir& tmp)
{
  return run_gwsim({"run", kReference, "-o", out, "--quiet"}, tmp / "stdout", tmp / "stderr");
}

} // namespace

TEST(Reference, RunsWithOnePhaseRowPerPhase)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  ASSERT_EQ(run_reference(out, tmp), 0) << slurp(tmp / "stderr");
  const std::set<std::string> expected = reference_phases();
  ASSERT_GE(expected.size(), 5u); // the reference case has phases on at least 5 sites
  const Csv phases = Csv::read(out + "/phases.csv");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < phases.size(); ++i) {
    EXPECT_TRUE(seen.insert(phases.at(i, "site") + "/" + phases.at(i, "phase")).second) << "duplicate row " << i;
    const std::string binding = phases.at(i, "binding");
    const bool started        = !phases.at(i, "build_start").empty();
    if (started) {
      EXPECT_TRUE(binding == "construction" || binding == "power" || binding == "accelerators" || binding == "install")
          << binding;
    }
  }
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(phases.size(), expected.size());
}

TEST(Reference, DifferentPhasesAreBoundByDifferentThings)
{
  // The reference case is built so that power binds in the slow-grid regions (Ohio, Michigan, Wisconsin) and
  // accelerators at fast-grid sites that ordered late (Texas, New Mexico): at least these two, and at least three
  // constraints in all (milam/p1 is a long greenfield build, abilene/p1 has its chips early and waits on install).
  TempDir tmp;
  const std::string out = tmp / "out";
  ASSERT_EQ(run_reference(out, tmp), 0) << slurp(tmp / "stderr");
  const Csv phases = Csv::read(out + "/phases.csv");
  std::set<std::string> bindings;
  for (std::size_t i = 0; i < phases.size(); ++i)
    bindings.insert(phases.at(i, "binding"));
  EXPECT_EQ(bindings.count("power"), 1u);
  EXPECT_EQ(bindings.count("accelerators"), 1u);
  EXPECT_GE(bindings.size(), 3u);
  // Ohio's 36-month interconnection binds lordstown/p1: requested 2026-01-01, built in 14 months.
  EXPECT_EQ(phases.at(phases.find("site", "lordstown", "phase", "p1"), "binding"), "power");
}

TEST(Reference, SummaryHasTheContractFields)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  ASSERT_EQ(run_reference(out, tmp), 0) << slurp(tmp / "stderr");
  const nlohmann::json j = nlohmann::json::parse(slurp(out + "/summary.json"));
  EXPECT_EQ(j.at("scenario").get<std::string>(), "openai-nvidia-10gw");
  EXPECT_EQ(j.at("seed").get<long>(), 1); // the scenario's seed
  ASSERT_TRUE(j.at("milestones").is_object());
  // At least 10 GW of IT is planned, so at the very least 1 GW comes online by the end of 2031.
  EXPECT_TRUE(j.at("milestones").contains("1_gw")) << j.at("milestones").dump();
  ASSERT_TRUE(j.at("binding").is_object());
  double shares = 0;
  for (const char* c : {"construction", "power", "accelerators", "install"}) {
    ASSERT_TRUE(j.at("binding").contains(c)) << c;
    shares += j.at("binding").at(c).get<double>();
  }
  EXPECT_NEAR(shares, 1.0, 1e-9); // every started phase is bound by exactly one constraint
  // Capex: at least the first GW's systems and facility, ~$35B + ~$20B; at most 12 GW at $60B.
  EXPECT_GT(j.at("capex_usd").get<double>(), 50e9);
  EXPECT_LT(j.at("capex_usd").get<double>(), 12 * 60e9);
  EXPECT_TRUE(j.at("wall_seconds").is_number());
}

TEST(Reference, RunIsDeterministic)
{
  TempDir tmp;
  const std::string a = tmp / "a";
  const std::string b = tmp / "b";
  ASSERT_EQ(run_reference(a, tmp), 0) << slurp(tmp / "stderr");
  ASSERT_EQ(run_reference(b, tmp), 0) << slurp(tmp / "stderr");
  for (const char* f : {"timeline.csv", "phases.csv", "events.csv"}) {
    const std::string first = slurp(a + "/" + f);
    EXPECT_FALSE(first.empty()) << f;
    EXPECT_TRUE(first == slurp(b + "/" + f)) << f << " differs between two runs";
  }
  nlohmann::json ja = nlohmann::json::parse(slurp(a + "/summary.json"));
  nlohmann::json jb = nlohmann::json::parse(slurp(b + "/summary.json"));
  ASSERT_TRUE(ja.contains("wall_seconds"));
  ja.erase("wall_seconds");
  jb.erase("wall_seconds");
  EXPECT_EQ(ja, jb);
}
