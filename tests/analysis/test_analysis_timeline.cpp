/* timeline.csv on the hand-made record of test_analysis_support.hpp: install interpolation, capex over the build,
 * demand linear and step, report dates, demand in accelerators. */
#include "analysis/buildout.hpp"
#include "analysis/curves.hpp"
#include "analysis/demand.hpp"
#include "analysis/phase_table.hpp"
#include "analysis/products.hpp"
#include "analysis/timeline.hpp"
#include "tests/analysis/test_analysis_support.hpp"

#include <gtest/gtest.h>

using namespace gwsim;
using namespace gwsim::testing;

namespace {

std::string csv_of(const Scenario& s, const EventRecord& events)
{
  return timeline_csv(s, timeline(s, buildout_of(s, events)));
}

std::vector<std::string> iso_dates(const Scenario& s)
{
  std::vector<std::string> out;
  for (Date d : report_dates(s))
    out.push_back(d.iso());
  return out;
}

Date ymd(int y, int m, int d)
{
  return Date::from_ymd(y, m, d);
}

} // namespace

TEST(Timeline, WholeTableWithLinearDemand)
{
  Scenario s = one_phase_scenario();
  // 2 MW on day 10 rising linearly to 6 MW on day 30, then held.
  set_demand(s, Demand::Unit::gw, Demand::Interpolation::linear,
             {{ymd(2026, 1, 11), 0.002}, {ymd(2026, 1, 31), 0.006}});
  // Online: the batch of 4,000 ramps over days 20..60, i.e. 100 A (0.1 MW, 200 PFLOP/s) a day; the batch of 6,000
  // starting on day 60 adds nothing yet.
  // Capex: deliveries 4,000 × $10k = $40M (day 5) and 6,000 × $10k = $60M (day 25); facility $20M × (t / 20).
  //   day 10: 40M + 10M = 50M; day 20: 40M + 20M = 60M; day 30 on: 120M.
  // building: 10 MW on days 0 and 10 (build_end day 20 excluded). requested: 0.015 grid GW from day 0.
  // Shortfall: day 10 0.002; day 20 0.004 − 0; day 30 0.006 − 0.001; day 40 0.006 − 0.002; ...
  const std::string expected =
      "date,demand_gw,online_gw,online_accelerators,online_pflops,delivered_accelerators,waiting_accelerators,"
      "energized_gw,requested_gw,building_gw,capex_usd,shortfall_gw\n"
      "2026-01-01,0.000000,0.000000,0,0.000,0,0,0.000000,0.015000,0.010000,0,0.000000\n"
      "2026-01-11,0.002000,0.000000,0,0.000,4000,4000,0.000000,0.015000,0.010000,50000000,0.002000\n"
      "2026-01-21,0.004000,0.000000,0,0.000,4000,4000,0.010000,0.015000,0.000000,60000000,0.004000\n"
      "2026-01-31,0.006000,0.001000,1000,2000.000,10000,9000,0.010000,0.015000,0.000000,120000000,0.005000\n"
      "2026-02-10,0.006000,0.002000,2000,4000.000,10000,8000,0.010000,0.015000,0.000000,120000000,0.004000\n"
      "2026-02-20,0.006000,0.003000,3000,6000.000,10000,7000,0.010000,0.015000,0.000000,120000000,0.003000\n"
      "2026-03-02,0.006000,0.004000,4000,8000.000,10000,6000,0.010000,0.015000,0.000000,120000000,0.002000\n";
  EXPECT_EQ(csv_of(s, one_phase_events()), expected);
}

TEST(Timeline, WaitingUsdOnlyWhenPricesAreGiven)
{
  Scenario s = one_phase_scenario();
  // The hand-made scenario sets A's price ($10k) without saying the scenario gave it: no waiting_usd column.
  EXPECT_EQ(csv_of(s, one_phase_events()).find("waiting_usd"), std::string::npos);
  s.accelerators[0].price_given = true;
  const std::string csv         = csv_of(s, one_phase_events());
  // Appended last, after shortfall_gw; the columns before it are those of WholeTableWithLinearDemand.
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "date,demand_gw,online_gw,online_accelerators,online_pflops,delivered_accelerators,waiting_accelerators,"
            "energized_gw,requested_gw,building_gw,capex_usd,shortfall_gw,waiting_usd");
  const Buildout b = buildout_of(s, one_phase_events());
  // Day 10: 4,000 delivered (day 5), none online: 4,000 x $10k = $40M.
  EXPECT_EQ(b.at(10).waiting_usd, 40e6);
  // Day 33.5: 10,000 delivered, 1,350 online (mid-batch, InterpolatesMidBatch): 8,650 x $10k = $86.5M.
  EXPECT_EQ(b.at(33.5).waiting_usd, 86.5e6);
  // Mid-batch, the counts are rounded as waiting_accelerators() rounds them: day 25.006 has 10,000 delivered and
  // 500.6 online, rounded to 501: 9,499 waiting x $10k = $94.99M (not 9,499.4 x $10k = $94.994M).
  EXPECT_EQ(b.at(25.006).waiting_accelerators(), 9499);
  EXPECT_EQ(b.at(25.006).waiting_usd, 94.99e6);
  // A second product at another price counts at its own: 2,000 B ($30k) delivered on day 40 and never installed
  // add $60M from day 40.
  s.accelerators.push_back(Accelerator{"B", Power{1000}, 1, Money{30000}, {}, true});
  EventRecord events = one_phase_events();
  events.push_back(event(40, EventKind::delivered, "s/p1", "B", 2000));
  const Buildout two = buildout_of(s, events);
  // Day 40: A 10,000 delivered, 2,000 online (100 a day from day 20): 8,000 x $10k + 2,000 x $30k = $140M.
  EXPECT_EQ(two.at(40).waiting_accelerators(), 10000);
  EXPECT_EQ(two.at(40).waiting_usd, 140e6);
}

TEST(Timeline, InterpolatesMidBatch)
{
  const Buildout b = buildout_of(one_phase_scenario(), one_phase_events());
  // 4,000 over days 20..60: 100 a day. Day 33.5: 1,350 online of 1 kW = 1.35 MW.
  EXPECT_NEAR(b.at(33.5).online_accelerators, 1350, 1e-9);
  EXPECT_NEAR(b.at(33.5).online_gw, 0.00135, 1e-15);
  // The second batch (6,000 from day 60, 100 a day) is extrapolated past the record: day 90 = 4,000 + 3,000.
  EXPECT_NEAR(b.at(90).online_accelerators, 7000, 1e-9);
  EXPECT_NEAR(b.at(200).online_accelerators, 10000, 1e-9);
}

TEST(Timeline, InstantInstallIsAStep)
{
  // No install rate: install_start and installed on the same day put the batch online at once.
  PiecewiseLinear curve({{10, 10, 5.0}, {20, 30, 2.0}});
  EXPECT_EQ(curve.at(9.999), 0);
  EXPECT_EQ(curve.at(10), 5);
  EXPECT_DOUBLE_EQ(curve.at(25), 6);
  EXPECT_DOUBLE_EQ(curve.at(1000), 7);
}

TEST(Timeline, CapexOverBuildAndZeroBuild)
{
  Scenario s = one_phase_scenario();
  s.sites[0].phases.push_back(plain_phase("p2", 5e6, 0));
  EventRecord ev = one_phase_events();
  ev.push_back(event(60, EventKind::build_start, "s/p2", "", 0.005));
  ev.push_back(event(60, EventKind::build_end, "s/p2", "", 0.005));
  const Buildout b = buildout_of(s, ev);
  // p1: $20M spent evenly over days 0..20: $5M by day 5 (plus the $40M delivered that day).
  EXPECT_NEAR(b.at(5).capex_usd, 45e6, 1e-6);
  EXPECT_NEAR(b.at(4.99).capex_usd, 4.99e6, 1e-6);
  // p2: zero build, so its $10M (5 MW × $2/W) is all spent on day 60, and it is never "building".
  EXPECT_NEAR(b.at(59.9).capex_usd, 120e6, 1e-6);
  EXPECT_NEAR(b.at(60).capex_usd, 130e6, 1e-6);
  EXPECT_EQ(b.at(60).building_gw, 0);
}

TEST(Timeline, DemandLinearAndStep)
{
  Scenario s = one_phase_scenario();
  // Points on day 10 (2) and day 30 (6).
  set_demand(s, Demand::Unit::gw, Demand::Interpolation::linear, {{ymd(2026, 1, 11), 2}, {ymd(2026, 1, 31), 6}});
  EXPECT_EQ(demand_at(s, 9.9), 0); // zero before the first point
  EXPECT_EQ(demand_at(s, 10), 2);
  EXPECT_DOUBLE_EQ(demand_at(s, 15), 3); // 2 + 4 × 5/20
  EXPECT_EQ(demand_at(s, 30), 6);
  EXPECT_EQ(demand_at(s, 400), 6); // the last value after the last point
  s.demand.interpolation = Demand::Interpolation::step;
  EXPECT_EQ(demand_at(s, 9.9), 0);
  EXPECT_EQ(demand_at(s, 29.9), 2);
  EXPECT_EQ(demand_at(s, 30), 6);
}

TEST(Timeline, DemandPointBeforeStartIsInterpolated)
{
  Scenario s = one_phase_scenario();
  // Day −10: 0, day 10: 2: at day 0 the line is already at 1.
  set_demand(s, Demand::Unit::gw, Demand::Interpolation::linear, {{ymd(2025, 12, 22), 0}, {ymd(2026, 1, 11), 2}});
  EXPECT_DOUBLE_EQ(demand_at(s, 0), 1);
}

TEST(Timeline, MonthlyDatesKeepDayOfMonth)
{
  Scenario s = one_phase_scenario();
  s.start    = ymd(2026, 1, 31);
  s.end      = ymd(2026, 5, 31);
  s.step     = ReportStep{ReportStep::Unit::months, 1};
  EXPECT_EQ(iso_dates(s),
            (std::vector<std::string>{"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31"}));
  s.end  = ymd(2026, 7, 30); // not on a step: the last row is 2026-05-31
  s.step = ReportStep{ReportStep::Unit::months, 2};
  EXPECT_EQ(iso_dates(s), (std::vector<std::string>{"2026-01-31", "2026-03-31", "2026-05-31"}));
}

TEST(Timeline, YearlyAndWeeklyDates)
{
  Scenario s = one_phase_scenario();
  s.start    = ymd(2024, 2, 29);
  s.end      = ymd(2028, 3, 1);
  s.step     = ReportStep{ReportStep::Unit::years, 2};
  EXPECT_EQ(iso_dates(s), (std::vector<std::string>{"2024-02-29", "2026-02-28", "2028-02-29"}));
  s.start = ymd(2026, 1, 1);
  s.end   = ymd(2026, 1, 29);
  s.step  = ReportStep{ReportStep::Unit::weeks, 2};
  EXPECT_EQ(iso_dates(s), (std::vector<std::string>{"2026-01-01", "2026-01-15", "2026-01-29"}));
}

TEST(Timeline, DemandInAcceleratorsAddsColumns)
{
  Scenario s = one_phase_scenario();
  s.end      = ymd(2026, 1, 31); // rows on days 0, 10, 20, 30
  // 5,000 accelerators from day 30 on (step).
  set_demand(s, Demand::Unit::accelerators, Demand::Interpolation::step, {{ymd(2026, 1, 31), 5000}});
  // Day 30: 1,000 online, shortfall 5,000 − 1,000 = 4,000; demand_gw and shortfall_gw stay empty.
  const std::string expected =
      "date,demand_gw,online_gw,online_accelerators,online_pflops,delivered_accelerators,waiting_accelerators,"
      "energized_gw,requested_gw,building_gw,capex_usd,shortfall_gw,demand_accelerators,shortfall_accelerators\n"
      "2026-01-01,,0.000000,0,0.000,0,0,0.000000,0.015000,0.010000,0,,0,0\n"
      "2026-01-11,,0.000000,0,0.000,4000,4000,0.000000,0.015000,0.010000,50000000,,0,0\n"
      "2026-01-21,,0.000000,0,0.000,4000,4000,0.010000,0.015000,0.000000,60000000,,0,0\n"
      "2026-01-31,,0.001000,1000,2000.000,10000,9000,0.010000,0.015000,0.000000,120000000,,5000,4000\n";
  EXPECT_EQ(csv_of(s, one_phase_events()), expected);
}

TEST(Timeline, DemandInPflopsAddsColumns)
{
  Scenario s = one_phase_scenario();
  s.end      = ymd(2026, 1, 31);
  // 2,500 PFLOP/s from day 30; online then 1,000 × 2 = 2,000: shortfall 500.
  set_demand(s, Demand::Unit::pflops, Demand::Interpolation::step, {{ymd(2026, 1, 31), 2500}});
  const std::string csv = csv_of(s, one_phase_events());
  EXPECT_NE(csv.find("shortfall_gw,demand_pflops,shortfall_pflops\n"), std::string::npos);
  EXPECT_NE(csv.find("2026-01-31,,0.001000,1000,2000.000,10000,9000,0.010000,0.015000,0.000000,120000000,,2500.000,"
                     "500.000\n"),
            std::string::npos);
}
