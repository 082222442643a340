/* Distributions in the scenario (SCENARIO-FORMAT.md, "Uncertainty"): quantiles of each form against closed forms,
 * truncation, medians and replica draws through the loader, groups, and the located errors of malformed ones. */
#include "sim/load/distribution.hpp"
#include "tests/load/test_loader_support.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace gwsim::test {
namespace {

Distribution make(Distribution::Form form, std::vector<double> parameters, ValidRange range = {})
{
  Distribution d;
  d.form       = form;
  d.parameters = std::move(parameters);
  d.range      = range;
  return d;
}

} // namespace

TEST(Distribution, QuantilesMatchClosedForms)
{
  const auto uniform = make(Distribution::Form::uniform, {200, 300});
  EXPECT_DOUBLE_EQ(uniform.quantile(0.1), 210);
  EXPECT_DOUBLE_EQ(uniform.median(), 250);
  // Triangular(200, 240, 300): F(mode) = 0.4; below it a + sqrt(u (b − a)(c − a)), above b − sqrt((1 − u)(b − a)(b −
  // c)).
  const auto tri = make(Distribution::Form::triangular, {200, 240, 300});
  EXPECT_NEAR(tri.quantile(0.1), 220, 1e-9);
  EXPECT_NEAR(tri.quantile(0.5), 300 - std::sqrt(3000.0), 1e-9);
  // Normal(1.2, 0.05): the median is the mean; P90 = mean + 1.28155 sd.
  const auto normal = make(Distribution::Form::normal, {1.2, 0.05}, ValidRange{1.0});
  EXPECT_NEAR(normal.median(), 1.2, 1e-5); // truncated at 1, 4 sd below: shifted by 2e-6
  EXPECT_NEAR(normal.quantile(0.9), 1.2 + 1.2815515655446004 * 0.05, 1e-6); // F(1) ≈ 3e-5: truncation is negligible
  // Lognormal(median 250, p90 300): the median and the p90 as given, P10 = median² / p90.
  const auto lognormal = make(Distribution::Form::lognormal, {250, 300});
  EXPECT_NEAR(lognormal.median(), 250, 1e-9);
  EXPECT_NEAR(lognormal.quantile(0.9), 300, 1e-9);
  EXPECT_NEAR(lognormal.quantile(0.1), 250.0 * 250.0 / 300.0, 1e-9);
}

TEST(Distribution, NormalIsTruncatedToTheValidRange)
{
  // A share N(10%, 20%) truncated to [0, 1]: F(0) = Φ(−0.5) = 0.3085; its median is the quantile 0.3085 + 0.5 ×
  // (Φ(4.5) − 0.3085) ≈ 0.6543 of the untruncated one: 0.1 + 0.2 × 0.3964 = 0.1793.
  const auto share = make(Distribution::Form::normal, {0.1, 0.2}, ValidRange{0, 1});
  EXPECT_NEAR(share.median(), 0.1793, 1e-3);
  for (double u : {1e-9, 0.01, 0.5, 0.99, 1 - 1e-9}) {
    EXPECT_GE(share.quantile(u), 0);
    EXPECT_LE(share.quantile(u), 1);
  }
}

TEST(Distribution, DiscreteTakesTheSmallestValueReachingTheQuantile)
{
  Distribution d;
  d.form     = Distribution::Form::discrete;
  d.outcomes = {{0.15, 0.5}, {0.20, 0.3}, {0.25, 0.2}};
  EXPECT_DOUBLE_EQ(d.quantile(0.3), 0.15);
  EXPECT_DOUBLE_EQ(d.median(), 0.15);
  EXPECT_DOUBLE_EQ(d.quantile(0.7), 0.20);
  EXPECT_DOUBLE_EQ(d.quantile(0.95), 0.25);
}

TEST(LoaderDistributions, RunUsesMediansEverywhere)
{
  std::string text = replaced(kMinimal, "build: 1 month", "build: {uniform: [10 days, 20 days]}");
  text             = replaced(text, "rate: 1000/day", "rate: {2026-01: {triangular: [100/day, 100/day, 300/day]}}");
  text             = replaced(text, "headroom: 1 GW", "headroom: {lognormal: {median: 1 GW, p90: 2 GW}, group: g}");
  const ScenarioSource source(text, "t.yaml", {});
  const Scenario& s = source.medians();
  EXPECT_DOUBLE_EQ(s.sites[0].phases[0].build.days, 15);
  EXPECT_NEAR(s.suppliers[0].rate.steps[0].value.per_day, 300 - std::sqrt(0.5 * 200 * 200), 1e-9);
  EXPECT_NEAR(s.regions[0].headroom.at(Date::from_ymd(2026, 6, 1)).watts, 1e9, 1e-3);
  ASSERT_EQ(source.uncertain_inputs().size(), 3u);
  EXPECT_EQ(source.uncertain_inputs()[0].path, "suppliers.s.rate.2026-01");
  EXPECT_EQ(source.uncertain_inputs()[1].path, "regions.r.headroom");
  EXPECT_EQ(source.uncertain_inputs()[1].group, "g");
  EXPECT_EQ(source.uncertain_inputs()[2].path, "sites.x.phases.p1.build");
}

TEST(LoaderDistributions, ReplicasDependOnlyOnSeedAndIndexAndGroupsShareTheQuantile)
{
  std::string text = replaced(kMinimal, "build: 1 month", "build: {uniform: [10 days, 20 days], group: g}");
  text             = replaced(text, "build: 1 month", "build: {uniform: [100 days, 200 days], group: g}");
  text             = replaced(text, "it_power: 1 kW", "it_power: {uniform: [1 kW, 2 kW]}");
  const ScenarioSource source(text, "t.yaml", {});
  const Scenario a = source.replica(7, 3);
  const Scenario b = ScenarioSource(text, "t.yaml", {}).replica(7, 3);
  const double p1  = a.sites[0].phases[0].build.days;
  EXPECT_DOUBLE_EQ(p1, b.sites[0].phases[0].build.days);
  EXPECT_DOUBLE_EQ(a.accelerators[0].it_power.watts, b.accelerators[0].it_power.watts);
  // Same group: the same quantile u, so p2 = 100 + 100 u when p1 = 10 + 10 u.
  EXPECT_NEAR(a.sites[0].phases[1].build.days, 100 + 10 * (p1 - 10), 1e-9);
  EXPECT_NE(p1, source.replica(7, 4).sites[0].phases[0].build.days);
  EXPECT_NE(p1, source.replica(8, 3).sites[0].phases[0].build.days);
}

TEST(LoaderDistributions, MalformedDistributionsAreLocatedErrors)
{
  expect_error(load_error(replaced(kMinimal, "build: 1 month", "build: {lognormal: {median: 3 years, p90: 2 years}}")),
               23, 51, "sites.x.phases.p1.build.lognormal.p90", "expected a p90 above the median \"3 years\"");
  expect_error(load_error(replaced(kMinimal, "build: 1 month", "build: {uniform: [-1 month, 2 months]}")), 23, 27,
               "sites.x.phases.p1.build.uniform[0]", "expected a non-negative duration");
  expect_error(load_error(replaced(kMinimal, "rate: 1000/day", "rate: {discrete: {1000/day: 0.5, 2000/day: 0}}")), 10,
               48, "suppliers.s.rate.discrete.2000/day", "expected a weight above zero, found \"0\"");
  expect_error(load_error(replaced(kMinimal, "product: A", "product: {discrete: {A: 1}}")), 9, 14,
               "suppliers.s.product", "found a distribution");
  expect_error(load_error(replaced(kMinimal, "build: 1 month", "build: {uniform: [1 day]}")), 23, 26,
               "sites.x.phases.p1.build.uniform", "expected a list of two values [LOW, HIGH], found a list of 1 value");
  expect_error(load_error(replaced(kMinimal, "build: 1 month", "build: {uniform: [1 day, 2 days], normal: {}}")), 23,
               16, "sites.x.phases.p1.build", "expected one distribution form");
  expect_error(load_error(replaced(kMinimal, "build: 1 month", "build: {uniform: [2 days, 1 day]}")), 23, 35,
               "sites.x.phases.p1.build.uniform[1]", "expected a high end of at least the low end");
}

} // namespace gwsim::test
