/* Shared scenario texts and helpers of the loader tests. kMinimal is a valid scenario whose line numbers the error
 * tests rely on: each bad case changes one line of it (keeping the line count) so the expected line is plain. */
#ifndef GWSIM_TESTS_UNIT_TEST_LOADER_SUPPORT_HPP
#define GWSIM_TESTS_UNIT_TEST_LOADER_SUPPORT_HPP

#include "sim/load/loader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gwsim::test {

// Line numbers, for the tests: 1 scenario, 5 accelerator A, 8 supplier s, 12 lane, 15 region r, 18 site x,
// 21 phase p1 (it_power on 22, build on 23), 24 phase p2 (after on 27, its `[` at column 16).
inline const std::string kMinimal = R"(scenario: t
start: 2026-01-01
end: 2027-01-01
accelerators:
  - name: A
    it_power: 1 kW
suppliers:
  - name: s
    product: A
    rate: 1000/day
lanes:
  - from: s
    to: r
regions:
  - name: r
    headroom: 1 GW
sites:
  - name: x
    region: r
    phases:
      - name: p1
        it_power: 1 MW
        build: 1 month
      - name: p2
        it_power: 1 MW
        build: 1 month
        after: [p1]
)";

/** @brief The example of SCENARIO-FORMAT.md, verbatim. */
inline const std::string kFormatExample = R"(scenario: teaching-one-site
description: One supplier, one region, one site of two phases.
start: 2026-01-01
end: 2028-12-31
step: 1 month                 # timeline.csv sampling
seed: 1

accelerators:
  - name: GB300
    it_power: 1.8 kW          # all-in IT power per accelerator
    pflops: 5                 # dense PFLOP/s per accelerator (for compute timelines)
    price: $60k               # system price per accelerator

suppliers:
  - name: nvidia
    product: GB300            # or a schedule: {2026-01: GB300, 2026-07: VR200}
    rate: {2026-01: 400k/month, 2026-07: 500k/month}
    share: 25%                # this buyer's share of output; may be a schedule
    lot: 1 week               # production is handed out in lots of this much time (default 1 week)

lanes:
  - from: nvidia
    to: texas
    transit: 3 weeks
    throughput: 300k/month

regions:
  - name: texas
    headroom: {2026-01: 1 GW, 2027-07: 3 GW}   # total power it can grant to these sites
    interconnect: 12 months                    # from request to eligible for grant

sites:
  - name: abilene
    region: texas
    phases:
      - name: p1
        it_power: 600 MW
        pue: 1.2
        start: 2026-01-01
        build: 10 months
        install: 100k/month   # optional; unlimited when absent
      - name: p2
        it_power: 600 MW
        pue: 1.2
        after: [p1]           # same site by bare name; other sites as site/phase
        build: 8 months

demand:
  unit: GW                    # GW (of IT), accelerators, or PFLOPS
  interpolate: linear         # or step
  points: {2026-06: 0.2, 2027-06: 0.8, 2028-06: 1.2}

finance:
  facility: $15B/GW           # non-accelerator capex per GW of IT, spent evenly over the build
)";

/** @brief `text` with the first `from` replaced by `to`; fails the test when `from` is not there. */
inline std::string replaced(const std::string& text, const std::string& from, const std::string& to)
{
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "the test text has no " << from;
  if (at == std::string::npos) return text;
  return text.substr(0, at) + to + text.substr(at + from.size());
}

/** @brief The ScenarioError loading `text` (as file `t.yaml`) throws; fails the test when it loads. */
inline ScenarioError load_error(const std::string& text, const std::vector<Override>& overrides = {})
{
  try {
    load_scenario_text(text, "t.yaml", overrides);
  } catch (const ScenarioError& e) {
    return e;
  }
  ADD_FAILURE() << "expected a ScenarioError, the scenario loaded";
  return ScenarioError("", 0, 0, "", "");
}

/** @brief Checks the location, key path and a fragment of the message of `e`. */
inline void expect_error(const ScenarioError& e, int line, int column, const std::string& key_path,
                         const std::string& fragment)
{
  EXPECT_EQ(e.file(), "t.yaml") << e.what();
  EXPECT_EQ(e.line(), line) << e.what();
  if (column > 0) {
    EXPECT_EQ(e.column(), column) << e.what();
  }
  EXPECT_EQ(e.key_path(), key_path) << e.what();
  EXPECT_NE(e.message().find(fragment), std::string::npos) << "message: " << e.message() << "\nwanted: " << fragment;
}

} // namespace gwsim::test

#endif
