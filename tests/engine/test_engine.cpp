/* The SimGrid actors on scenarios built as structs (no YAML, no analysis): each rule of docs/model.md checked on
 * the event record, with the arithmetic in the comments. Each TEST runs in its own process. */
#include "sim/engine/simulation.hpp"
#include "tests/engine/test_worlds.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace gwsim {
namespace {

// Events carry their instant's day (World::now), exact up to the rounding of the sums that make it.
constexpr double kTol = 1e-5;

/** @brief One 1 kW accelerator, one supplier of `per_day`/day in lots of `lot` days, one region, one lane. */
Scenario tiny(double per_day, double lot, double transit, double throughput)
{
  Scenario s = testing::one_supplier(Schedule<Rate>::always(Rate{per_day}), lot);
  s.name     = "tiny";
  testing::add_grid_and_lane(s, transit, throughput);
  return s;
}

Phase phase(const std::string& name, double mw, double build_days)
{
  Phase p;
  p.name     = name;
  p.it_power = Power{mw * 1e6};
  p.pue      = 1.0;
  p.build    = Duration{build_days};
  return p;
}

void add_site(Scenario& s, std::vector<Phase> phases, std::size_t region = 0)
{
  s.sites.push_back(Site{"site" + std::to_string(s.sites.size()), region, std::move(phases), {}});
}

const Event& find(const EventRecord& events, EventKind kind, const std::string& actor, int nth = 0)
{
  for (const auto& e : events)
    if (e.kind == kind && e.actor == actor && nth-- == 0) return e;
  ADD_FAILURE() << "no event " << event_name(kind) << " of " << actor;
  static const Event none{};
  return none;
}

int count(const EventRecord& events, EventKind kind, const std::string& actor)
{
  int n = 0;
  for (const auto& e : events)
    n += e.kind == kind && e.actor == actor;
  return n;
}

TEST(Engine, ConstructionBindsWhenAcceleratorsAndPowerComeEarly)
{
  // 10 MW of 1 kW accelerators = 10,000 units; 1,000/day in 1-day lots: lot k ends on day k (k = 1..10) and, with
  // 2 days' transit and an unlimited lane, arrives on day k + 2: the last on day 12. Power is granted at once
  // (interconnect 0, headroom 1 GW). The build ends on day 30, so everything installs then (no install limit).
  Scenario s = tiny(1000, 1, 2, std::numeric_limits<double>::infinity());
  add_site(s, {phase("p1", 10, 30)});
  const EventRecord ev = simulate(s);
  EXPECT_DOUBLE_EQ(find(ev, EventKind::build_start, "site0/p1").day, 0);
  EXPECT_NEAR(find(ev, EventKind::power_granted, "site0/p1").day, 0, kTol);
  EXPECT_NEAR(find(ev, EventKind::delivered, "site0/p1", 0).day, 3, kTol);
  EXPECT_NEAR(find(ev, EventKind::delivered, "site0/p1", 9).day, 12, kTol);
  EXPECT_EQ(count(ev, EventKind::delivered, "site0/p1"), 10);
  EXPECT_NEAR(find(ev, EventKind::energized, "site0/p1").day, 30, kTol);
  EXPECT_NEAR(find(ev, EventKind::installed, "site0/p1").quantity, 10000, 1e-6);
  EXPECT_NEAR(find(ev, EventKind::complete, "site0/p1").day, 30, kTol);
  // Lot 11 onwards finds no open order: forgone, 1,000 each.
  EXPECT_NEAR(find(ev, EventKind::forgone, "fab").quantity, 1000, 1e-6);
  EXPECT_NEAR(find(ev, EventKind::forgone, "fab").day, 11, kTol);
}

TEST(Engine, LaneThroughputIsShared)
{
  // One lot of 10 days × 1,000/day = 10,000 units ends on day 10; a 500/day lane with 1 day's transit carries it in
  // 1 + 10000/500 = 21 days: delivered on day 31. Build 5 days, power at once; install unlimited: complete day 31.
  Scenario s = tiny(1000, 10, 1, 500);
  add_site(s, {phase("p1", 10, 5)});
  const EventRecord ev = simulate(s);
  EXPECT_NEAR(find(ev, EventKind::delivered, "site0/p1").day, 31, kTol);
  EXPECT_NEAR(find(ev, EventKind::complete, "site0/p1").day, 31, kTol);
}

TEST(Engine, ShipmentsInFlightShareTheLaneEqually)
{
  // 2 MW = 2,000 units; 1,000/day in 1-day lots; a 500/day lane, no transit. Lot 1 leaves on day 1 and is alone
  // until day 2 (500 carried, 500 left). From day 2 lot 2 shares the lane: 250/day each, so lot 1's last 500 take
  // 2 days (arrives day 4) while lot 2 carries 500; then lot 2 is alone: 500 left at 500/day, arrives day 5.
  Scenario s = tiny(1000, 1, 0, 500);
  add_site(s, {phase("p1", 2, 0)});
  const EventRecord ev = simulate(s);
  EXPECT_NEAR(find(ev, EventKind::delivered, "site0/p1", 0).day, 4, kTol);
  EXPECT_NEAR(find(ev, EventKind::delivered, "site0/p1", 1).day, 5, kTol);
}

TEST(Engine, InstallRateMakesBatches)
{
  // 10,000 units in one lot at day 10, delivered day 10 (no transit, unlimited lane); build 20 days, so at day 20 all
  // 10,000 wait: one batch at 500/day takes 20 days: complete day 40.
  Scenario s = tiny(1000, 10, 0, std::numeric_limits<double>::infinity());
  Phase p    = phase("p1", 10, 20);
  p.install  = Rate{500};
  add_site(s, {p});
  const EventRecord ev = simulate(s);
  EXPECT_NEAR(find(ev, EventKind::install_start, "site0/p1").day, 20, kTol);
  EXPECT_NEAR(find(ev, EventKind::complete, "site0/p1").day, 40, kTol);
}

TEST(Engine, BackToBackBatchesKeepTheirOrderWithinAnInstant)
{
  // 1,000/day in 1-day lots, no transit; build 0, power at once; install 500/day. Batch 1 = the lot handed out on day
  // 1 (it lands at once, in the same instant), done 1000/500 = 2 days later, on day 3; batch 2 starts then with the lot
  // of day 2 (1,000): the lot of day 3 is handed out at that instant's last step, after batch 2 began, and lands at
  // once, so it waits for batch 3. The record must keep batch
  // 1's `installed` before batch 2's `install_start` (analysis pairs them in order: the other way round, batch 2 would
  // ramp from its own end and the online curve would be early).
  Scenario s = tiny(1000, 1, 0, std::numeric_limits<double>::infinity());
  Phase p    = phase("p1", 10, 0);
  p.install  = Rate{500};
  add_site(s, {p});
  const EventRecord ev = simulate(s);
  std::vector<EventKind> at_day_3;
  for (const auto& e : ev)
    if (e.actor == "site0/p1" && std::fabs(e.day - 3) < kTol &&
        (e.kind == EventKind::installed || e.kind == EventKind::install_start))
      at_day_3.push_back(e.kind);
  ASSERT_EQ(at_day_3.size(), 2u);
  EXPECT_EQ(at_day_3[0], EventKind::installed);
  EXPECT_EQ(at_day_3[1], EventKind::install_start);
  EXPECT_NEAR(find(ev, EventKind::install_start, "site0/p1", 1).quantity, 1000, 1e-6);
}

TEST(Engine, InterconnectionQueueGrantsInRequestOrderWithoutBlocking)
{
  // Headroom 15 MW, interconnect 10 days. a (10 MW, starts day 0) eligible day 10: granted day 10. b (10 MW, day 1)
  // does not fit (10 + 10 > 15) and waits; c (5 MW, day 2) is eligible day 12 and fits (10 + 5 = 15): granted day 12
  // although b came first. b never fits within the year.
  Scenario s   = tiny(1e6, 1, 0, std::numeric_limits<double>::infinity());
  s.regions[0] = Region{"grid", Schedule<Power>::always(Power{15e6}), Duration{10}, {}, {}, {}};
  Phase a      = phase("a", 10, 0);
  Phase b      = phase("b", 10, 0);
  b.start      = s.start.add_days(1);
  Phase c      = phase("c", 5, 0);
  c.start      = s.start.add_days(2);
  add_site(s, {a, b, c});
  const EventRecord ev = simulate(s);
  EXPECT_NEAR(find(ev, EventKind::power_granted, "site0/a").day, 10, kTol);
  EXPECT_NEAR(find(ev, EventKind::power_granted, "site0/c").day, 12, kTol);
  EXPECT_EQ(count(ev, EventKind::power_granted, "site0/b"), 0);
}

TEST(Engine, HeadroomScheduleReleasesWaitingRequest)
{
  // Headroom 0 until day 100 (2026-04-11), then 20 MW; a 12 MW request (10 MW × PUE 1.2) is granted on day 100.
  Scenario s = tiny(1e6, 1, 0, std::numeric_limits<double>::infinity());
  s.regions[0] =
      Region{"grid", Schedule<Power>{{{s.start.add_days(100), Power{20e6}}}, false}, Duration{0}, {}, {}, {}};
  Phase a = phase("a", 10, 0);
  a.pue   = 1.2;
  add_site(s, {a});
  const EventRecord ev = simulate(s);
  const Event& grant   = find(ev, EventKind::power_granted, "site0/a");
  EXPECT_NEAR(grant.day, 100, kTol);
  EXPECT_NEAR(grant.quantity, 0.012, 1e-12);
}

TEST(Engine, DependencyChainStartsAfterCompletion)
{
  // p1: build 10 days, accelerators 10,000 at 1e6/day in 1-day lots: lot ends day 1, so complete at day 10.
  // p2 after p1: starts day 10, builds 10 days, its lot is the one ending day 11: complete day 20.
  Scenario s = tiny(1e6, 1, 0, std::numeric_limits<double>::infinity());
  Phase p2   = phase("p2", 10, 10);
  p2.after   = {0};
  add_site(s, {phase("p1", 10, 10), p2});
  const EventRecord ev = simulate(s);
  EXPECT_NEAR(find(ev, EventKind::complete, "site0/p1").day, 10, kTol);
  EXPECT_NEAR(find(ev, EventKind::build_start, "site0/p2").day, 10, kTol);
  EXPECT_NEAR(find(ev, EventKind::complete, "site0/p2").day, 20, kTol);
}

TEST(Engine, OrdersAreServedFirstComeFirstServed)
{
  // 1,000/day in 10-day lots (10,000 per lot). a (day 0) and b (day 5) order 10 MW each: lot 1 (day 10) fills a,
  // lot 2 (day 20) fills b. A share of 50% halves lots: a fills on day 20, b on day 40.
  Scenario s           = tiny(1000, 10, 0, std::numeric_limits<double>::infinity());
  s.suppliers[0].share = Schedule<Share>::always(Share{0.5});
  Phase b              = phase("b", 10, 0);
  b.start              = s.start.add_days(5);
  add_site(s, {phase("a", 10, 0), b});
  const EventRecord ev = simulate(s);
  EXPECT_NEAR(find(ev, EventKind::complete, "site0/a").day, 20, kTol);
  EXPECT_NEAR(find(ev, EventKind::complete, "site0/b").day, 40, kTol);
}

TEST(Engine, ZeroRateIdlesAndCutsLots)
{
  // 1,000/day from day 0, zero from day 3 to day 20, then 1,000/day again; 7-day lots. Lot 1 is cut at day 3
  // (3,000 units); production resumes day 20 and the next lot runs to day 27 (7,000): the 10 MW order is filled by
  // lot 2, delivered day 27, and (build 0) complete day 27.
  Scenario s          = tiny(1000, 7, 0, std::numeric_limits<double>::infinity());
  s.suppliers[0].rate = Schedule<Rate>{
      {{s.start, Rate{1000}}, {s.start.add_days(3), Rate{0}}, {s.start.add_days(20), Rate{1000}}}, false};
  add_site(s, {phase("a", 10, 0)});
  const EventRecord ev = simulate(s);
  EXPECT_NEAR(find(ev, EventKind::lot, "fab", 0).day, 3, kTol);
  EXPECT_NEAR(find(ev, EventKind::lot, "fab", 0).quantity, 3000, 1e-6);
  EXPECT_NEAR(find(ev, EventKind::lot, "fab", 1).day, 27, kTol);
  EXPECT_NEAR(find(ev, EventKind::complete, "site0/a").day, 27, kTol);
}

TEST(Engine, NothingIsRecordedAtTheHorizon)
{
  // 2026 has 365 days: a phase built in 365 days would end its build exactly at the horizon, where SimGrid ends the
  // daemons as soon as the suppliers stop; the record stops before it. Its build start (day 0) is recorded.
  Scenario s = tiny(1000, 7, 0, std::numeric_limits<double>::infinity());
  add_site(s, {phase("a", 10, 365)});
  const EventRecord ev = simulate(s);
  EXPECT_EQ(count(ev, EventKind::build_start, "site0/a"), 1);
  EXPECT_EQ(count(ev, EventKind::build_end, "site0/a"), 0);
  for (const auto& e : ev)
    EXPECT_LT(e.day, 365.0) << event_name(e.kind) << " of " << e.actor;
}

TEST(Engine, EventsAreInTimeOrder)
{
  Scenario s = tiny(1000, 1, 2, 3000);
  add_site(s, {phase("p1", 10, 30), phase("p2", 5, 3)});
  const EventRecord ev = simulate(s);
  ASSERT_FALSE(ev.empty());
  for (std::size_t i = 1; i < ev.size(); ++i)
    EXPECT_LE(ev[i - 1].day, ev[i].day);
}

} // namespace
} // namespace gwsim
