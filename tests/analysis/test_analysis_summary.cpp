/* summary.json, milestones and the human summary, on hand-made records. */
#include "analysis/buildout.hpp"
#include "analysis/curves.hpp"
#include "analysis/phase_table.hpp"
#include "analysis/products.hpp"
#include "analysis/report.hpp"
#include "analysis/summary.hpp"
#include "analysis/timeline.hpp"
#include "tests/analysis/test_analysis_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace gwsim;
using namespace gwsim::testing;

namespace {

std::string summary_json_of(const Scenario& s, const EventRecord& events)
{
  const ProductCatalog products(s);
  const auto phases = phase_facts(s, events, products);
  const Buildout buildout(s, events, products, phases);
  const auto rows = timeline(s, buildout);
  return summary_json(s, summarize(s, phases, buildout, rows), 1.5);
}

nlohmann::json json_of(const Scenario& s, const EventRecord& events)
{
  return nlohmann::json::parse(summary_json_of(s, events));
}

// Accelerator G of 1 MW: 1,000 of them are 1 GW. A phase of 10 GW gets 6,000 G (6 GW, not all of its order) on
// day 5, power on day 5, is built on day 20, installs a ramp of 3,000 G (3 GW) over days 20..50 and an instant batch
// of 3,000 more on day 55.
Scenario gigawatt_scenario()
{
  Scenario s = one_phase_scenario();
  s.accelerators.push_back(Accelerator{"G", Power{1e6}, 1, Money{0}, {}});
  s.sites[0].phases[0].it_power = Power{10e9};
  return s;
}

EventRecord gigawatt_events()
{
  const std::string p = "s/p1";
  return {
      event(0, EventKind::build_start, p, "", 10),    event(5, EventKind::delivered, p, "G", 6000),
      event(5, EventKind::power_granted, p, "r", 15), event(20, EventKind::build_end, p, "", 10),
      event(20, EventKind::energized, p, "", 10),     event(20, EventKind::install_start, p, "G", 3000),
      event(50, EventKind::installed, p, "G", 3000),  event(55, EventKind::install_start, p, "G", 3000),
      event(55, EventKind::installed, p, "G", 3000),
  };
}

} // namespace

TEST(Summary, FirstReachingIsExactOnRampsAndSteps)
{
  // 1.0 over days 0..4, then a step of 2 on day 10.
  PiecewiseLinear curve({{0, 4, 1.0}, {10, 10, 2.0}});
  EXPECT_DOUBLE_EQ(*curve.first_reaching(0.3), 1.2);
  EXPECT_DOUBLE_EQ(*curve.first_reaching(1.0), 4);
  EXPECT_DOUBLE_EQ(*curve.first_reaching(2.5), 10);
  EXPECT_FALSE(curve.first_reaching(3.5).has_value());
}

TEST(Summary, Milestones)
{
  const nlohmann::json j = json_of(gigawatt_scenario(), gigawatt_events());
  // 3 GW over days 20..50 is 0.1 GW a day: 1 GW on day 30 (2026-01-31), 2 GW on day 40 (2026-02-10); the step to
  // 6 GW on day 55 (2026-02-25) passes 5 GW. 10 GW and more are never reached: absent.
  const nlohmann::json expected = {{"1_gw", "2026-01-31"}, {"2_gw", "2026-02-10"}, {"5_gw", "2026-02-25"}};
  EXPECT_EQ(j["milestones"], expected);
  EXPECT_DOUBLE_EQ(j["online_gw"].get<double>(), 6);
  EXPECT_EQ(j["online_accelerators"], 6000);
}

TEST(Summary, OnePhaseJson)
{
  Scenario s = one_phase_scenario();
  set_demand(s, Demand::Unit::gw, Demand::Interpolation::linear, {{Date::from_ymd(2026, 1, 31), 0.006}});
  const nlohmann::json j = json_of(s, one_phase_events());
  EXPECT_EQ(j["scenario"], "one-phase");
  EXPECT_EQ(j["description"], "One phase, by hand");
  EXPECT_EQ(j["seed"], 7);
  EXPECT_EQ(j["start"], "2026-01-01");
  EXPECT_EQ(j["end"], "2026-03-02");
  EXPECT_EQ(j["step"], "10 days");
  // At day 60: the first batch of 4,000 × 1 kW is online; 10,000 were delivered: 6,000 wait.
  EXPECT_DOUBLE_EQ(j["online_gw"].get<double>(), 0.004);
  EXPECT_EQ(j["online_accelerators"], 4000);
  EXPECT_EQ(j["accelerators_waiting_at_end"], 6000);
  EXPECT_EQ(j["milestones"], nlohmann::json::object());
  // Demand 6 MW from day 30, never met by 4 MW.
  EXPECT_TRUE(j["demand_first_met"].is_null());
  EXPECT_EQ(j["phases"]["count"], 1);
  EXPECT_EQ(j["phases"]["started"], 1);
  EXPECT_EQ(j["phases"]["complete"], 0);
  // T_c = T_p = 20, T_a = 25, I = 10,000 / 100 = 100: install binds (see test_analysis_outputs.cpp).
  const nlohmann::json binding = {{"construction", 0.0}, {"power", 0.0}, {"accelerators", 0.0}, {"install", 1.0}};
  EXPECT_EQ(j["binding"], binding);
  // $100M of accelerators + $20M of facility.
  EXPECT_EQ(j["capex_usd"], 120000000);
  EXPECT_DOUBLE_EQ(j["wall_seconds"].get<double>(), 1.5);
}

TEST(Summary, KeysInOrder)
{
  const auto j = nlohmann::ordered_json::parse(summary_json_of(one_phase_scenario(), one_phase_events()));
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it)
    keys.push_back(it.key());
  const std::vector<std::string> expected{"scenario",    "description",
                                          "seed",        "start",
                                          "end",         "step",
                                          "online_gw",   "online_accelerators",
                                          "milestones",  "demand_first_met",
                                          "phases",      "binding",
                                          "capex_usd",   "accelerators_waiting_at_end",
                                          "wall_seconds"};
  EXPECT_EQ(keys, expected);
}

TEST(Summary, DemandFirstMet)
{
  Scenario s = one_phase_scenario();
  // 1 MW from day 30 (step): online reaches 1 MW exactly on day 30 (1,000 of 4,000 over days 20..60).
  set_demand(s, Demand::Unit::gw, Demand::Interpolation::step, {{Date::from_ymd(2026, 1, 31), 0.001}});
  EXPECT_EQ(json_of(s, one_phase_events())["demand_first_met"], "2026-01-31");
}

TEST(Summary, NeverStartedPhaseHasNoBinding)
{
  const nlohmann::json j = json_of(one_phase_scenario(), {});
  EXPECT_EQ(j["phases"]["started"], 0);
  const nlohmann::json binding = {{"construction", 0.0}, {"power", 0.0}, {"accelerators", 0.0}, {"install", 0.0}};
  EXPECT_EQ(j["binding"], binding);
  EXPECT_EQ(j["capex_usd"], 0);
}

TEST(Summary, HumanSummary)
{
  // Binding: T_c 20, T_p 5, T_a never (6 of 10 GW), I = 6,000 / 100 = 60. Only "without accelerators" is finite
  // (max(20, 5) + 60 = 80): accelerators. Delivered 6,000, online 6,000: none waiting.
  const Scenario s           = gigawatt_scenario();
  const std::string text     = human_summary(s, gigawatt_events());
  const std::string expected = "one-phase: 2026-01-01 to 2026-03-02\n"
                               "milestones: 1 GW 2026-01-31, 5 GW 2026-02-25, 10 GW not reached by 2026-03-02\n"
                               "online at end: 6.000 GW, 6000 accelerators\n"
                               "binding: accelerators 1, construction 0, power 0, install 0 (of 1 started phases, "
                               "1 in all)\n"
                               "waiting at end: 0 accelerators delivered but not online\n"
                               "demand: none given\n";
  EXPECT_EQ(text, expected);
}
