/* Runs of hand-worked scenarios for the end-to-end tests (the teaching scenarios, the same-instant cases): the real
 * gwsim binary on a scenario file, its phases.csv and timeline.csv read back, and one phase's row checked against the
 * dates worked out by hand from docs/model.md. */
#ifndef GWSIM_TESTS_E2E_HAND_WORKED_HPP
#define GWSIM_TESTS_E2E_HAND_WORKED_HPP

#include "tests/e2e/csv_reader.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace gwsim_e2e {

// Power columns are in GW: one 1 kW accelerator is 1e-6 GW, the tolerance of every GW comparison below.
constexpr double kGwTol = 1e-6;

/** @brief One run of a scenario into its own temporary directory. */
struct HandWorkedRun {
  TempDir dir;
  int exit_code = -1;
  Csv phases;
  Csv timeline;
};

/** @brief Runs the scenario at `path` (absolute) with `gwsim run --quiet`; reads its outputs when it succeeded. */
inline std::unique_ptr<HandWorkedRun> run_hand_worked(const std::string& path)
{
  auto run              = std::make_unique<HandWorkedRun>();
  const std::string out = run->dir / "out";
  run->exit_code        = run_gwsim({"run", path, "-o", out, "--quiet"});
  if (run->exit_code == 0) {
    run->phases   = Csv::read(out + "/phases.csv");
    run->timeline = Csv::read(out + "/timeline.csv");
  }
  return run;
}

/** @brief A run of scenarios/teaching/`file`. */
inline std::unique_ptr<HandWorkedRun> run_teaching(const std::string& file)
{
  return run_hand_worked(scenario_path("teaching/" + file));
}

/** @brief The hand-worked dates of one phase (ISO dates; empty string = not checked). */
struct ExpectedPhase {
  std::string build_start, build_end, power_requested, power_granted, energized, first_online, complete;
  double wait_power_days        = 0;
  double wait_accelerators_days = 0;
  std::string binding;
  double it_gw        = 0.01;  // 10 MW of IT in most teaching phases
  double accelerators = 10000; // 10 MW / 1 kW
};

inline void expect_phase(const Csv& phases, const std::string& site, const std::string& phase, const ExpectedPhase& e)
{
  SCOPED_TRACE(site + "/" + phase);
  const std::size_t i = phases.find("site", site, "phase", phase);
  const auto check    = [&](const char* column, const std::string& expected) {
    if (!expected.empty()) {
      EXPECT_EQ(phases.at(i, column), expected) << column;
    }
  };
  check("build_start", e.build_start);
  check("build_end", e.build_end);
  check("power_requested", e.power_requested);
  check("power_granted", e.power_granted);
  check("energized", e.energized);
  check("first_online", e.first_online);
  check("complete", e.complete);
  EXPECT_NEAR(phases.number(i, "it_gw"), e.it_gw, kGwTol);
  EXPECT_NEAR(phases.number(i, "accelerators"), e.accelerators, 0.5);
  EXPECT_NEAR(phases.number(i, "wait_power_days"), e.wait_power_days, 1e-6);
  EXPECT_NEAR(phases.number(i, "wait_accelerators_days"), e.wait_accelerators_days, 1e-6);
  EXPECT_EQ(phases.at(i, "binding"), e.binding);
}

/** @brief The value of `column` in the timeline row of `date`. */
inline double timeline_at(const Csv& timeline, const std::string& date, const std::string& column)
{
  return timeline.number(timeline.find("date", date), column);
}

} // namespace gwsim_e2e

#endif
