/* A one-phase scenario and its event record, made by hand for the analysis tests (no SimGrid). The numbers are
 * chosen so that every output can be worked out on paper:
 *
 *   start 2026-01-01, end 2026-03-02 (day 60), a row every 10 days.
 *   Accelerator A: 1 kW, 2 PFLOP/s, $10,000. Phase s/p1: 10 MW IT (= 10,000 A), PUE 1.5, build 20 days,
 *   install 100/day, facility $2/W (= $20M over days 0..20).
 *   day  0  build_start, order, power_requested (0.015 grid GW)
 *   day  5  delivered 4,000 A
 *   day 20  power_granted, build_end, energized; install_start 4,000 (100/day: until day 60)
 *   day 25  delivered 6,000 A (the whole 10 MW is in: T_a = 25)
 *   day 60  installed 4,000; install_start 6,000 (would end on day 120, past the horizon)
 */
#ifndef GWSIM_TESTS_UNIT_TEST_ANALYSIS_SUPPORT_HPP
#define GWSIM_TESTS_UNIT_TEST_ANALYSIS_SUPPORT_HPP

#include "analysis/buildout.hpp"
#include "analysis/phase_table.hpp"
#include "analysis/products.hpp"
#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

#include <string>

namespace gwsim::testing {

inline Event event(double day, EventKind kind, std::string actor, std::string subject, double quantity)
{
  return Event{day, kind, std::move(actor), std::move(subject), quantity};
}

inline Scenario one_phase_scenario()
{
  Scenario s;
  s.name        = "one-phase";
  s.description = "One phase, by hand";
  s.start       = Date::from_ymd(2026, 1, 1);
  s.end         = Date::from_ymd(2026, 3, 2);
  s.step        = ReportStep{ReportStep::Unit::days, 10};
  s.seed        = 7;
  s.accelerators.push_back(Accelerator{"A", Power{1000}, 2, Money{10000}, {}});
  s.regions.push_back(Region{"r", Schedule<Power>::always(Power{1e9}), Duration{0}, {}, {}, {}});
  Phase p;
  p.name     = "p1";
  p.it_power = Power{1e7};
  p.pue      = 1.5;
  p.build    = Duration{20};
  p.install  = Rate{100};
  s.sites.push_back(Site{"s", 0, {p}, {}});
  s.finance.facility = MoneyPerPower{2};
  return s;
}

inline EventRecord one_phase_events()
{
  const std::string p = "s/p1";
  return {
      event(0, EventKind::build_start, p, "", 0.01),       event(0, EventKind::order, p, "any", 0.01),
      event(0, EventKind::power_requested, p, "r", 0.015), event(5, EventKind::delivered, p, "A", 4000),
      event(20, EventKind::build_end, p, "", 0.01),        event(20, EventKind::power_granted, p, "r", 0.015),
      event(20, EventKind::energized, p, "", 0.01),        event(20, EventKind::install_start, p, "A", 4000),
      event(25, EventKind::delivered, p, "A", 6000),       event(60, EventKind::installed, p, "A", 4000),
      event(60, EventKind::install_start, p, "A", 6000),
  };
}

/** A phase of `it_w` watts and a build of `build_days`, with PUE 1 and unlimited install. */
inline Phase plain_phase(std::string name, double it_w, double build_days)
{
  Phase p;
  p.name     = std::move(name);
  p.it_power = Power{it_w};
  p.build    = Duration{build_days};
  return p;
}

/** The buildout curves of a record, as write_outputs builds them. */
inline Buildout buildout_of(const Scenario& s, const EventRecord& events)
{
  const ProductCatalog products(s);
  return Buildout(s, events, products, phase_facts(s, events, products));
}

/** Demand points on calendar dates, in the scenario's demand unit. */
inline void set_demand(Scenario& s, Demand::Unit unit, Demand::Interpolation how,
                       std::vector<ScheduleStep<double>> points)
{
  s.demand.unit          = unit;
  s.demand.interpolation = how;
  s.demand.points        = std::move(points);
}

} // namespace gwsim::testing

#endif
