/* Ensemble percentiles against closed forms: one 1 GW phase bound by construction (scenarios/teaching/
 * uncertain-build.yaml) reaches 1 GW exactly when its build B ends, so the 1 GW milestone's percentiles are B's
 * percentiles. Each case runs 300 replicas; the tolerance is about 3 standard errors of a sample percentile,
 * se = sqrt(p (1 − p) / n) / f(x_p) (f the density at the exact percentile x_p), plus the day a printed date floors
 * away. The draws are seeded, so a case that passes always passes. */
#include "tests/e2e/ensemble_support.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace gwsim_e2e;

struct Expected {
  double p10, p50, p90, tolerance;
};

/** @brief Runs 300 replicas with the phase's build set to `build` and checks the 1 GW percentiles. */
void check_build_percentiles(const std::string& build, const Expected& e)
{
  TempDir tmp;
  ASSERT_EQ(run_ensemble(uncertain_build_path(), 300, tmp / "out", {"--set", "sites.s.phases.p1.build=" + build},
                         tmp / "stderr"),
            0)
      << slurp(tmp / "stderr");
  const Csv m = Csv::read(tmp / "out/milestones.csv");
  ASSERT_EQ(m.header(), (std::vector<std::string>{"gw", "runs", "reached", "probability", "p10", "p50", "p90"}));
  const std::size_t row = m.find("gw", "1");
  EXPECT_EQ(m.at(row, "runs"), "300");
  // A printed date is the day of floor(t): compare against the exact percentile's floor.
  EXPECT_NEAR(teaching_day(m.at(row, "p10")), std::floor(e.p10), e.tolerance) << build;
  EXPECT_NEAR(teaching_day(m.at(row, "p50")), std::floor(e.p50), e.tolerance) << build;
  EXPECT_NEAR(teaching_day(m.at(row, "p90")), std::floor(e.p90), e.tolerance) << build;
  const Csv binding = Csv::read(tmp / "out/binding.csv");
  EXPECT_EQ(binding.at(binding.find("phase", "p1"), "construction"), "1.000000");
}

} // namespace

TEST(EnsembleQuantiles, UniformBuildMatchesClosedForm)
{
  // B ~ U[200, 300]: x_p = 200 + 100 p → 210, 250, 290. f = 0.01: se = 1.7 days at P10/P90, 2.9 at P50.
  check_build_percentiles("{uniform: [200 days, 300 days]}", {210, 250, 290, 8});
}

TEST(EnsembleQuantiles, TriangularBuildMatchesClosedForm)
{
  // B ~ Tri(a=200, c=240, b=300): F(c) = (c − a)/(b − a) = 0.4.
  // P10 (< 0.4): a + sqrt(0.1 × 100 × 40) = 200 + 20 = 220;
  // P50 (> 0.4): b − sqrt(0.5 × 100 × 60) = 300 − 54.77 = 245.23;
  // P90: b − sqrt(0.1 × 100 × 60) = 300 − 24.49 = 275.51.
  // Densities 0.0100, 0.0183, 0.0082: se 1.7, 1.6, 2.1 days.
  check_build_percentiles("{triangular: [200 days, 240 days, 300 days]}", {220, 245.23, 275.51, 8});
}

TEST(EnsembleQuantiles, LognormalBuildMatchesClosedForm)
{
  // ln B ~ N(ln 250, σ), σ = ln(300/250) / z90 = 0.18232 / 1.28155 = 0.14226:
  // P10 = 250 / 1.2 = 208.33, P50 = 250, P90 = 300.
  // Densities φ(z)/(x σ): 0.1755/(208.33 × 0.14226) = 0.0059, 0.3989/(250 × 0.14226) = 0.0112, 0.0041:
  // se 2.9, 2.6, 4.2 days.
  check_build_percentiles("{lognormal: {median: 250 days, p90: 300 days}}", {208.33, 250, 300, 13});
}
