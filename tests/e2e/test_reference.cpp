/* End-to-end tests of the reference scenario (scenarios/openai-nvidia-10gw.yaml): it runs, its outputs follow the
 * contract, two runs are byte-identical (except wall_seconds), and the deal's money: NVIDIA's tranches fund its last
 * two phases, and without the last six of them 10 GW is never reached (the what-if of docs/scenarios.md). */
#include "tests/e2e/csv_reader.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <set>
#include <string>
#include <vector>

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
      EXPECT_TRUE(binding == "construction" || binding == "power" || binding == "accelerators" ||
                  binding == "install" || binding == "funding")
          << binding;
    }
  }
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(phases.size(), expected.size());
}

TEST(Reference, DifferentPhasesAreBoundByDifferentThings)
{
  // The reference case is built so that power binds in the slow-grid regions (Ohio, Michigan, Wisconsin) and in
  // Texas (ERCOT studies one request at a time, test_reference_power.cpp), and accelerators in New Mexico
  // (dona-ana/p1, behind its single 40k-a-month integration lane; on the supply chain NVIDIA makes enough from 2027
  // that the Texas sites wait for power, not chips): at least these two, and at least three constraints in all
  // (abilene/p1 and p1-gas have their chips early and wait on install, as milam/p1 after its late grant; dona-ana/p2
  // waits for NVIDIA's tranches, the NvidiasTranches test below).
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
  // Doña Ana's 1 GW of 2.5 kW VR200s (400k) cross one lane of 40k a month: 10 months at least.
  EXPECT_EQ(phases.at(phases.find("site", "dona-ana", "phase", "p1"), "binding"), "accelerators");
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
  for (const char* c : {"construction", "power", "accelerators", "install", "funding"}) { // funding: it has funds
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

namespace {

/** @brief The reference's summary.json and phases.csv, run with extra arguments. */
struct ReferenceRun {
  nlohmann::json summary;
  Csv phases;
  Csv cashflow;
};

ReferenceRun run_reference_with(const TempDir& tmp, std::vector<std::string> extra)
{
  const std::string out = tmp / "out";
  std::vector<std::string> args{"run", kReference, "-o", out, "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  EXPECT_EQ(run_gwsim(args, tmp / "stdout", tmp / "stderr"), 0) << slurp(tmp / "stderr");
  return {nlohmann::json::parse(slurp(out + "/summary.json")), Csv::read(out + "/phases.csv"),
          Csv::read(out + "/cashflow.csv")};
}

} // namespace

// The deal's money (finance.funds of the reference; docs/scenarios.md). Budgets: $20B facility + $35B systems = $55B a
// GW of IT; the 11 date-started phases (8.7 GW, $478.5B) and abilene/p2 (0.8 GW, after p1 and p1-gas) commit $522.5B,
// covered by the $520B of equity and debt plus NVIDIA's first tranche ($10B at 1 GW, 2027-05-03, when abilene/p1-gas
// completes and abilene/p2 is ready). dona-ana/p2 (0.8 GW, $44B), ready when dona-ana/p1 completes on 2028-07-20,
// needs $566.5B in all: $520B + 5 tranches = $570B, the fifth released on 2029-05-26 (310.585 days later). saline/p2
// (0.7 GW, $38.5B), ready at saline/p1's completion on 2029-03-25, queues behind it and needs $605B: 9 tranches, the
// ninth on 2030-09-01 (525.150 days); built in 12 months and waiting 30 for Michigan's grid, it is not complete by the
// end of 2031.
TEST(Reference, NvidiasTranchesFundTheLastTwoPhases)
{
  TempDir tmp;
  const ReferenceRun run = run_reference_with(tmp, {});
  const auto& s          = run.summary;
  // The milestones are those of the plan without funds (measured): money gates only the last two phases.
  EXPECT_EQ(s.at("milestones").at("1_gw"), "2027-05-03");
  EXPECT_EQ(s.at("milestones").at("2_gw"), "2028-05-26");
  EXPECT_EQ(s.at("milestones").at("5_gw"), "2029-03-26");
  EXPECT_EQ(s.at("milestones").at("10_gw"), "2030-10-20");
  const Csv& phases     = run.phases;
  const std::size_t dp2 = phases.find("site", "dona-ana", "phase", "p2");
  EXPECT_EQ(phases.at(dp2, "build_start"), "2029-05-26");
  EXPECT_EQ(phases.at(dp2, "binding"), "funding");
  EXPECT_NEAR(phases.number(dp2, "wait_funding_days"), 310.585, 1e-9); // from dona-ana/p1's completion
  const std::size_t sp2 = phases.find("site", "saline", "phase", "p2");
  EXPECT_EQ(phases.at(sp2, "build_start"), "2030-09-01");
  EXPECT_EQ(phases.at(sp2, "complete"), "");
  EXPECT_NEAR(phases.number(sp2, "wait_funding_days"), 525.150, 1e-9);
  EXPECT_DOUBLE_EQ(s.at("online_gw").get<double>(), 10.3); // 11 GW less saline/p2's 0.7
  // Received: $520B of equity and debt + NVIDIA's ten tranches ($100B, the tenth as online IT crosses 10 GW).
  EXPECT_DOUBLE_EQ(s.at("funds_received_usd").get<double>(), 620e9);
  EXPECT_DOUBLE_EQ(s.at("capex_usd").get<double>(), 605e9); // 11 GW x $55B: every phase started
  // NVIDIA was paid the systems of all 11 GW at delivery (11 x $35B = $385B) for its $100B: 3.85.
  EXPECT_DOUBLE_EQ(s.at("circularity").at("nvidia").get<double>(), 3.85);
  EXPECT_DOUBLE_EQ(s.at("peak_funding_gap_usd").get<double>(), 0.0); // capex never runs ahead of funds received
  // The $420B loan at 7% a year: its first draw, $100B on 2026-04-01, accrues 7%/12 of it on 2026-05-01, then of that
  // plus the interest on 2026-06-01 (monthly compounding): $583,333,333 and $100.583333B x 7%/12 = $586,736,111.
  std::vector<std::string> interest;
  for (std::size_t i = 0; i < run.cashflow.size() && interest.size() < 2; ++i)
    if (run.cashflow.at(i, "category") == "interest")
      interest.push_back(run.cashflow.at(i, "date") + " " + run.cashflow.at(i, "to") + " " +
                         run.cashflow.at(i, "amount_usd"));
  EXPECT_EQ(interest, (std::vector<std::string>{"2026-05-01 lenders 583333333", "2026-06-01 lenders 586736111"}));
}

// docs/scenarios.md's what-if: NVIDIA's tranches stop after 4 GW ($40B in all). Funds top out at $520B + $40B = $560B,
// short of the $566.5B dona-ana/p2 needs: it never starts, and saline/p2 queues behind it. 9.5 GW are built; 10 GW
// is never reached; NVIDIA is paid 9.5 x $35B = $332.5B for $40B: 8.3125.
TEST(Reference, WithoutNvidiasLastSixTranchesTenGwIsNeverReached)
{
  TempDir tmp;
  const ReferenceRun run = run_reference_with(tmp, {"--set", "finance.funds.nvidia-investment.amount=$40B"});
  const auto& s          = run.summary;
  EXPECT_EQ(s.at("milestones").at("5_gw"), "2029-03-26");
  EXPECT_FALSE(s.at("milestones").contains("10_gw")) << s.at("milestones").dump();
  EXPECT_EQ(run.phases.at(run.phases.find("site", "dona-ana", "phase", "p2"), "build_start"), "");
  EXPECT_EQ(run.phases.at(run.phases.find("site", "saline", "phase", "p2"), "build_start"), "");
  EXPECT_DOUBLE_EQ(s.at("online_gw").get<double>(), 9.5);
  EXPECT_DOUBLE_EQ(s.at("funds_received_usd").get<double>(), 560e9);
  EXPECT_DOUBLE_EQ(s.at("capex_usd").get<double>(), 522.5e9);
  EXPECT_DOUBLE_EQ(s.at("circularity").at("nvidia").get<double>(), 8.3125);
}
