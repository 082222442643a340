/* Property test of the same-instant rules (issue 7): random small scenarios on a coarse day grid, where many things
 * coincide (lots of several suppliers end together, builds end as lots are handed out, shipments land as phases
 * complete), each run through the real gwsim binary and checked against invariants that follow from docs/model.md
 * without a second model of the buildout:
 *   1. conservation: each lot is shipped or forgone; a phase never installs more than was delivered to it, nor
 *      receives more than it ordered; a region receives what was shipped to it; grants fit under the headroom; the
 *      timeline counts what events.csv records;
 *   2. causality: each phase's life goes in the order of docs/model.md ("A phase's life"), and every delivery comes
 *      from a shipment that could have arrived by then;
 *   3. the timeline's cumulative columns never decrease;
 *   4. every open order at an instant takes part in that instant's lots.
 * Scenarios come from a fixed seed each (std::mt19937_64, drawn with `%` so that no library's distribution enters),
 * so a failure names a seed that reproduces it; set GWSIM_PROPS_KEEP=DIR to keep the scenario and outputs of every
 * failing seed in DIR/seed-N. */
#include "tests/e2e/csv_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using gwsim_e2e::Csv;
using gwsim_e2e::TempDir;

constexpr double kNever = std::numeric_limits<double>::infinity();
// Days in events.csv have three decimals: two printed days of one instant are equal (the settles, a millionth of a day,
// never show); two printed days that may each be off by half a thousandth compare with this tolerance.
constexpr double kDayTol = 2e-3;
// Quantities have six decimals; sums of a few hundred of them stay well within this.
constexpr double kUnitTol = 1e-3;
// A delivery smaller than this is rounding residue of real-number allocation, not a part of a lot.
constexpr double kResidue = 1e-3;
// The horizon: 2026-01-01 to 2027-01-01.
constexpr int kHorizon = 365;
// At most this many failures of one invariant are reported per scenario (then a count).
constexpr int kShownPerInvariant = 4;

// ---------------------------------------------------------------------------------------------------------------
// Dates (day 0 = 2026-01-01)

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
long days_from_civil(long y, unsigned m, unsigned d)
{
  y -= m <= 2;
  const long era     = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

const long kDay0 = days_from_civil(2026, 1, 1);

std::string date_of(int day)
{
  const long z       = kDay0 + day + 719468;
  const long era     = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp  = (5 * doy + 2) / 153;
  const unsigned d   = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m   = mp < 10 ? mp + 3 : mp - 9;
  const long y       = static_cast<long>(yoe) + era * 400 + (m <= 2);
  char text[48];
  std::snprintf(text, sizeof text, "%04ld-%02u-%02u", y, m, d);
  return text;
}

// The day of an ISO date (timeline.csv's first column).
int day_of(const std::string& iso)
{
  return static_cast<int>(days_from_civil(std::stol(iso.substr(0, 4)),
                                          static_cast<unsigned>(std::stoul(iso.substr(5, 2))),
                                          static_cast<unsigned>(std::stoul(iso.substr(8, 2)))) -
                          kDay0);
}

// ---------------------------------------------------------------------------------------------------------------
// The generated scenario, kept for the checks

/** @brief Draws from a fixed seed; `%` keeps the draws the same with every standard library. */
class Dice {
 public:
  explicit Dice(std::uint64_t seed) : rng_(seed) {}
  int pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); } // 0 .. n-1
  int between(int lo, int hi) { return lo + pick(hi - lo + 1); }
  bool chance(int percent) { return pick(100) < percent; }

 private:
  std::mt19937_64 rng_;
};

struct Accelerator {
  std::string name;
  double kw = 1;
};

struct Supplier {
  std::string name;
  int product = 0;
  std::vector<std::pair<int, int>> rate; // (day, per day); one point at day -1 = a bare value
  int share_pct = 100;
  int lot_days  = 5;
};

struct Region {
  std::string name;
  int interconnect = 0;
  std::vector<std::pair<int, double>> headroom_mw; // (day, MW), increasing days; day -1 = a bare value
  /** @brief The headroom in force on `day`, in MW (zero before the first date). */
  double headroom_at(double day) const
  {
    double mw = 0;
    for (const auto& [from, value] : headroom_mw)
      if (from <= day + kDayTol) mw = value;
    return mw;
  }
};

struct Lane {
  int from = 0, to = 0;
  bool write_transit = false; // a transit of 0 is written out sometimes, left to the default otherwise
  int transit        = 0;
  int throughput     = 0; // 0 = unlimited
};

struct Site {
  std::string name;
  int region = 0;
};

struct Phase {
  int site = 0;
  std::string name;
  int mw          = 1;
  double pue      = 1;
  int build       = 0;
  int install     = 0;  // per day; 0 = unlimited
  int accelerator = -1; // -1 = any
  int start       = 0;
  bool has_start  = false;
  std::vector<int> after; // indices of phases
};

struct Scenario {
  std::uint64_t seed = 0;
  std::vector<Accelerator> accelerators;
  std::vector<Supplier> suppliers;
  std::vector<Region> regions;
  std::vector<Lane> lanes;
  std::vector<Site> sites;
  std::vector<Phase> phases;

  std::string label(int p) const { return sites[phases[p].site].name + "/" + phases[p].name; }
  int region_of(int p) const { return sites[phases[p].site].region; }
  const Lane* lane(int supplier, int region) const
  {
    for (const Lane& l : lanes)
      if (l.from == supplier && l.to == region) return &l;
    return nullptr;
  }
  int accelerator_index(const std::string& name) const
  {
    for (std::size_t i = 0; i < accelerators.size(); ++i)
      if (accelerators[i].name == name) return static_cast<int>(i);
    return -1;
  }
  int supplier_index(const std::string& name) const
  {
    for (std::size_t i = 0; i < suppliers.size(); ++i)
      if (suppliers[i].name == name) return static_cast<int>(i);
    return -1;
  }
  bool accepts(int p, const std::string& product) const
  {
    return phases[p].accelerator < 0 || accelerators[static_cast<std::size_t>(phases[p].accelerator)].name == product;
  }
  std::string yaml() const;
};

Scenario generate(std::uint64_t seed)
{
  Dice dice(seed);
  Scenario s;
  s.seed = seed;
  // 1 kW, 1.25 kW and 2 kW keep the parts of mixed products at multiples of 1/8 accelerator, so an install batch
  // never ends within a printed thousandth of a day of the instant it began.
  static const double kKw[] = {1.0, 1.25, 2.0};
  for (int i = 0, n = dice.between(1, 3); i < n; ++i)
    s.accelerators.push_back({"A" + std::to_string(i), kKw[dice.pick(3)]});

  for (int i = 0, n = dice.between(1, 2); i < n; ++i) {
    Region r;
    r.name         = "R" + std::to_string(i);
    r.interconnect = 5 * dice.between(0, 8);
    if (dice.chance(40)) {
      // A schedule from 0 MW: nothing fits until its second date.
      int day = dice.chance(70) ? 0 : 5 * dice.between(1, 6);
      r.headroom_mw.push_back({day, 0});
      day += 5 * dice.between(2, 24);
      const int first = dice.between(2, 8);
      r.headroom_mw.push_back({day, first});
      if (dice.chance(50)) r.headroom_mw.push_back({day + 5 * dice.between(2, 24), first + dice.between(2, 30)});
    } else {
      r.headroom_mw.push_back({-1, 100}); // more than all phases of a scenario ask
    }
    s.regions.push_back(r);
  }

  for (int i = 0, n = dice.between(1, 3); i < n; ++i) {
    Supplier sup;
    sup.name      = "S" + std::to_string(i);
    sup.product   = dice.pick(static_cast<int>(s.accelerators.size()));
    sup.lot_days  = dice.chance(50) ? 5 : 10;
    sup.share_pct = dice.chance(60) ? 100 : 25 * dice.between(1, 3);
    if (dice.chance(60)) {
      sup.rate.push_back({-1, 100 * dice.between(1, 8)});
    } else {
      // A schedule on the 5-day grid; zero values pause the supplier.
      int day = 0;
      sup.rate.push_back({day, 100 * dice.between(dice.chance(20) ? 0 : 1, 8)});
      for (int k = 0, m = dice.between(1, 3); k < m; ++k) {
        day += 5 * dice.between(1, 16);
        sup.rate.push_back({day, 100 * dice.between(dice.chance(35) ? 0 : 1, 8)});
      }
    }
    s.suppliers.push_back(sup);
  }

  static const double kPue[] = {1.0, 1.2, 1.5};
  for (int i = 0, n = dice.between(1, 3); i < n; ++i) {
    s.sites.push_back({"s" + std::to_string(i), dice.pick(static_cast<int>(s.regions.size()))});
    for (int j = 0, m = dice.between(1, 4); j < m; ++j) {
      Phase p;
      p.site        = i;
      p.name        = "p" + std::to_string(j);
      p.mw          = dice.between(1, 3);
      p.pue         = kPue[dice.pick(3)];
      p.build       = dice.chance(25) ? 0 : 5 * dice.between(1, 12);
      p.install     = dice.chance(40) ? 100 * dice.between(1, 2) : 0;
      p.accelerator = dice.chance(25) ? dice.pick(static_cast<int>(s.accelerators.size())) : -1;
      p.has_start   = dice.chance(30);
      p.start       = p.has_start ? 5 * dice.between(1, 24) : 0;
      s.phases.push_back(p);
    }
  }
  // `after` follows a random order of the phases (so within and across sites, forwards and backwards in the file),
  // which keeps the graph acyclic.
  const int phases = static_cast<int>(s.phases.size());
  std::vector<int> rank(static_cast<std::size_t>(phases));
  for (int i = 0; i < phases; ++i)
    rank[static_cast<std::size_t>(i)] = i;
  for (int i = phases - 1; i > 0; --i)
    std::swap(rank[static_cast<std::size_t>(i)], rank[static_cast<std::size_t>(dice.pick(i + 1))]);
  for (int i = 0; i < phases; ++i) {
    std::vector<int> earlier;
    for (int j = 0; j < phases; ++j)
      if (rank[static_cast<std::size_t>(j)] < rank[static_cast<std::size_t>(i)]) earlier.push_back(j);
    if (earlier.empty() || !dice.chance(45)) continue;
    for (int k = 0, m = dice.between(1, 2); k < m; ++k) {
      const int j = earlier[static_cast<std::size_t>(dice.pick(static_cast<int>(earlier.size())))];
      auto& after = s.phases[static_cast<std::size_t>(i)].after;
      if (std::find(after.begin(), after.end(), j) == after.end()) after.push_back(j);
    }
  }

  // Lanes of the three kinds; every supplier reaches a region with sites and every region with sites is reached.
  std::vector<bool> has_sites(s.regions.size(), false);
  for (const Site& site : s.sites)
    has_sites[static_cast<std::size_t>(site.region)] = true;
  const auto add_lane = [&](int from, int to) {
    Lane l;
    l.from = from;
    l.to   = to;
    switch (dice.pick(3)) {
    case 0: // transit only
      l.transit       = 5 * dice.between(0, 6);
      l.write_transit = true;
      break;
    case 1: // throughput-limited, with or without transit
      l.throughput    = 100 * dice.between(2, 20);
      l.transit       = dice.chance(50) ? 5 * dice.between(1, 4) : 0;
      l.write_transit = l.transit > 0 || dice.chance(50);
      break;
    default: // unlimited, no transit
      break;
    }
    s.lanes.push_back(l);
  };
  for (int i = 0; i < static_cast<int>(s.suppliers.size()); ++i)
    for (int r = 0; r < static_cast<int>(s.regions.size()); ++r)
      if (dice.chance(60)) add_lane(i, r);
  for (int i = 0; i < static_cast<int>(s.suppliers.size()); ++i) {
    bool reaches = false;
    for (const Lane& l : s.lanes)
      reaches = reaches || (l.from == i && has_sites[static_cast<std::size_t>(l.to)]);
    if (!reaches) add_lane(i, s.sites[static_cast<std::size_t>(dice.pick(static_cast<int>(s.sites.size())))].region);
  }
  for (int r = 0; r < static_cast<int>(s.regions.size()); ++r) {
    bool reached = false;
    for (const Lane& l : s.lanes)
      reached = reached || l.to == r;
    if (has_sites[static_cast<std::size_t>(r)] && !reached)
      add_lane(dice.pick(static_cast<int>(s.suppliers.size())), r);
  }
  return s;
}

std::string Scenario::yaml() const
{
  std::ostringstream y;
  y << "scenario: props-" << seed << "\nstart: 2026-01-01\nend: " << date_of(kHorizon) << "\nstep: 5 days\n";
  y << "accelerators:\n";
  for (const Accelerator& a : accelerators)
    y << "  - {name: " << a.name << ", it_power: " << a.kw << " kW, pflops: 1, price: $10k}\n";
  y << "suppliers:\n";
  for (const Supplier& sup : suppliers) {
    y << "  - name: " << sup.name << "\n    product: " << accelerators[static_cast<std::size_t>(sup.product)].name
      << "\n    rate: ";
    if (sup.rate.front().first < 0) {
      y << sup.rate.front().second << "/day";
    } else {
      y << "{";
      for (std::size_t k = 0; k < sup.rate.size(); ++k)
        y << (k ? ", " : "") << date_of(sup.rate[k].first) << ": " << sup.rate[k].second << "/day";
      y << "}";
    }
    y << "\n    share: " << sup.share_pct << "%\n    lot: " << sup.lot_days << " days\n";
  }
  y << "lanes:\n";
  for (const Lane& l : lanes) {
    y << "  - {from: " << suppliers[static_cast<std::size_t>(l.from)].name
      << ", to: " << regions[static_cast<std::size_t>(l.to)].name;
    if (l.write_transit) y << ", transit: " << l.transit << " days";
    if (l.throughput > 0) y << ", throughput: " << l.throughput << "/day";
    y << "}\n";
  }
  y << "regions:\n";
  for (const Region& r : regions) {
    y << "  - {name: " << r.name << ", interconnect: " << r.interconnect << " days, headroom: ";
    if (r.headroom_mw.front().first < 0) {
      y << r.headroom_mw.front().second << " MW}\n";
    } else {
      y << "{";
      for (std::size_t k = 0; k < r.headroom_mw.size(); ++k)
        y << (k ? ", " : "") << date_of(r.headroom_mw[k].first) << ": " << r.headroom_mw[k].second << " MW";
      y << "}}\n";
    }
  }
  y << "sites:\n";
  for (std::size_t i = 0; i < sites.size(); ++i) {
    y << "  - name: " << sites[i].name << "\n    region: " << regions[static_cast<std::size_t>(sites[i].region)].name
      << "\n    phases:\n";
    for (std::size_t p = 0; p < phases.size(); ++p) {
      const Phase& ph = phases[p];
      if (ph.site != static_cast<int>(i)) continue;
      y << "      - {name: " << ph.name << ", it_power: " << ph.mw << " MW, pue: " << ph.pue << ", build: " << ph.build
        << " days";
      if (ph.install > 0) y << ", install: " << ph.install << "/day";
      if (ph.accelerator >= 0) y << ", accelerator: " << accelerators[static_cast<std::size_t>(ph.accelerator)].name;
      if (ph.has_start) y << ", start: " << date_of(ph.start);
      if (!ph.after.empty()) {
        y << ", after: [";
        for (std::size_t k = 0; k < ph.after.size(); ++k) {
          const Phase& before = phases[static_cast<std::size_t>(ph.after[k])];
          y << (k ? ", " : "") << (before.site == ph.site ? before.name : label(ph.after[k]));
        }
        y << "]";
      }
      y << "}\n";
    }
  }
  y << "demand: {unit: GW, interpolate: step, points: {2026-01-01: 0.005}}\nfinance: {facility: $10B/GW}\n";
  return y.str();
}

// ---------------------------------------------------------------------------------------------------------------
// The outputs

struct Event {
  double day = 0;
  std::string day_text, date, actor, kind, subject;
  double quantity = 0;
};

struct Outputs {
  std::vector<Event> events;
  Csv phases;
  Csv timeline;
};

Outputs read_outputs(const std::string& dir)
{
  Outputs out;
  const Csv events = Csv::read(dir + "/events.csv");
  for (std::size_t i = 0; i < events.size(); ++i) {
    Event e;
    e.day_text = events.at(i, "day");
    e.day      = std::stod(e.day_text);
    e.date     = events.at(i, "date");
    e.actor    = events.at(i, "actor");
    e.kind     = events.at(i, "event");
    e.subject  = events.at(i, "subject");
    e.quantity = events.number(i, "quantity");
    out.events.push_back(e);
  }
  out.phases   = Csv::read(dir + "/phases.csv");
  out.timeline = Csv::read(dir + "/timeline.csv");
  return out;
}

/** @brief Reports failures of one scenario, naming its seed and the invariant; at most kShownPerInvariant each. */
class Verdict {
 public:
  explicit Verdict(std::uint64_t seed) : seed_(seed) {}
  ~Verdict()
  {
    for (const auto& [invariant, count] : counts_)
      if (count > kShownPerInvariant)
        ADD_FAILURE() << "seed " << seed_ << ", " << invariant << ": " << count - kShownPerInvariant
                      << " more failures not shown";
  }
  Verdict(const Verdict&)            = delete;
  Verdict& operator=(const Verdict&) = delete;

  void expect(bool ok, const std::string& invariant, const std::string& what)
  {
    if (ok) return;
    failed_ = true;
    if (++counts_[invariant] <= kShownPerInvariant) {
      EXPECT_TRUE(ok) << "seed " << seed_ << ", " << invariant << ": " << what;
    }
  }
  bool failed() const { return failed_; }

 private:
  std::uint64_t seed_;
  std::map<std::string, int> counts_;
  bool failed_ = false;
};

std::string num(double v)
{
  std::ostringstream o;
  o << v;
  return o.str();
}

bool near(double a, double b, double tol)
{
  return std::fabs(a - b) <= tol;
}
double qty_tol(double v)
{
  return kUnitTol + 1e-9 * std::fabs(v);
}

/** @brief The events of one run, indexed the ways the checks read them. */
class Record {
 public:
  const Scenario& s;
  const std::vector<Event>& events;
  std::map<std::string, std::vector<const Event*>> by_actor; // in file order
  std::vector<std::string> labels;                           // phase labels, by phase index

  Record(const Scenario& scenario, const Outputs& out) : s(scenario), events(out.events)
  {
    for (const Event& e : events)
      by_actor[e.actor].push_back(&e);
    for (int p = 0; p < static_cast<int>(s.phases.size()); ++p)
      labels.push_back(s.label(p));
    for (int p = 0; p < static_cast<int>(s.phases.size()); ++p)
      for (const Event* d : all(p, "delivered"))
        source_[d] = find_earliest_source(p, *d);
  }
  const std::vector<const Event*>& of(const std::string& actor) const
  {
    static const std::vector<const Event*> none;
    const auto it = by_actor.find(actor);
    return it == by_actor.end() ? none : it->second;
  }
  /** @brief The first event `kind` of phase `p`, or nullptr. */
  const Event* first(int p, const std::string& kind) const
  {
    for (const Event* e : of(labels[static_cast<std::size_t>(p)]))
      if (e->kind == kind) return e;
    return nullptr;
  }
  double day_of_first(int p, const std::string& kind) const
  {
    const Event* e = first(p, kind);
    return e ? e->day : kNever;
  }
  std::vector<const Event*> all(int p, const std::string& kind) const
  {
    std::vector<const Event*> found;
    for (const Event* e : of(labels[static_cast<std::size_t>(p)]))
      if (e->kind == kind) found.push_back(e);
    return found;
  }
  /** @brief The `shipped` events on the lane `supplier->region`. */
  std::vector<const Event*> shipped(int supplier, int region) const
  {
    std::vector<const Event*> found;
    for (const Event* e : of(s.suppliers[static_cast<std::size_t>(supplier)].name + "->" +
                             s.regions[static_cast<std::size_t>(region)].name))
      if (e->kind == "shipped") found.push_back(e);
    return found;
  }
  double kw_of(const std::string& product) const
  {
    const int a = s.accelerator_index(product);
    return a < 0 ? 0 : s.accelerators[static_cast<std::size_t>(a)].kw;
  }
  /** @brief The earliest day a lot can have been handed out for the delivery `d` (of a phase) to come from it: over the
   * `shipped` events of that product, at least as large, on a lane into the phase's region, whose arrival docs/model.md
   * allows at `d` (an unlimited lane: exactly `transit` later; a throughput lane: at least `transit + units ÷
   * throughput` later, the time it takes alone). kNever when no shipment fits. */
  double earliest_source(const Event& d) const { return source_.at(&d); }

 private:
  std::map<const Event*, double> source_; // earliest_source of each delivery

  double find_earliest_source(int p, const Event& d) const
  {
    double earliest  = kNever;
    const int region = s.region_of(p);
    for (const Lane& l : s.lanes) {
      if (l.to != region) continue;
      for (const Event* sh : shipped(l.from, region)) {
        if (sh->subject != d.subject || sh->quantity < d.quantity - qty_tol(d.quantity)) continue;
        const double arrival = sh->day + l.transit + (l.throughput > 0 ? sh->quantity / l.throughput : 0.0);
        const bool fits      = l.throughput > 0 ? arrival <= d.day + kDayTol : std::fabs(arrival - d.day) <= kDayTol;
        if (fits) earliest = std::min(earliest, sh->day);
      }
    }
    return earliest;
  }
};

// ---------------------------------------------------------------------------------------------------------------
// 1. Conservation

void check_conservation(const Record& r, const Outputs& out, Verdict& v)
{
  const Scenario& s     = r.s;
  const std::string inv = "conservation";

  // Each lot is this buyer's share, handed out whole: what open orders take leaves on the lanes (`shipped`, one per
  // region) and the rest is `forgone` ("What no open order takes is forgone"). Summed per supplier and instant, since
  // shipments are recorded by their lane (another actor) and events.csv sorts an instant's events by actor.
  struct Tally {
    double lots = 0, shipped = 0, forgone = 0;
  };
  std::map<std::pair<std::string, std::string>, Tally> tally; // (printed day, supplier)
  for (const Event& e : r.events) {
    if (e.kind == "lot") tally[{e.day_text, e.actor}].lots += e.quantity;
    if (e.kind == "forgone") tally[{e.day_text, e.actor}].forgone += e.quantity;
    if (e.kind == "shipped") tally[{e.day_text, e.actor.substr(0, e.actor.find("->"))}].shipped += e.quantity;
  }
  for (const auto& [key, t] : tally)
    v.expect(near(t.lots, t.shipped + t.forgone, qty_tol(t.lots)), inv,
             "supplier " + key.second + " on day " + key.first + ": lots " + num(t.lots) + " != shipped " +
                 num(t.shipped) + " + forgone " + num(t.forgone));

  // Per phase: an installer starts only accelerators waiting at the site and a batch goes online only after it
  // started ("Install", rule 7), so at the end of every instant installed <= started <= delivered; and an order takes
  // at most its remaining IT power ("Allocation"), so a phase never receives more IT power than it ordered.
  for (int p = 0; p < static_cast<int>(s.phases.size()); ++p) {
    const std::string& label = r.labels[static_cast<std::size_t>(p)];
    const auto& evs          = r.of(label);
    double delivered = 0, started = 0, installed = 0, delivered_kw = 0;
    for (std::size_t i = 0; i < evs.size(); ++i) {
      const Event& e = *evs[i];
      if (e.kind == "delivered") {
        delivered += e.quantity;
        delivered_kw += e.quantity * r.kw_of(e.subject);
      }
      if (e.kind == "install_start") started += e.quantity;
      if (e.kind == "installed") installed += e.quantity;
      const bool instant_ends = i + 1 == evs.size() || evs[i + 1]->day_text != e.day_text;
      if (!instant_ends) continue;
      v.expect(started <= delivered + qty_tol(delivered), inv,
               label + " on day " + e.day_text + ": " + num(started) + " accelerators started installing but only " +
                   num(delivered) + " delivered");
      v.expect(installed <= started + qty_tol(started), inv,
               label + " on day " + e.day_text + ": " + num(installed) + " accelerators installed but only " +
                   num(started) + " started");
    }
    const double ordered_kw = s.phases[static_cast<std::size_t>(p)].mw * 1000.0;
    v.expect(delivered_kw <= ordered_kw + kUnitTol * 2, inv,
             label + " received " + num(delivered_kw) + " kW of accelerators but ordered " + num(ordered_kw) + " kW");
  }

  // Per region and product: what arrives at its sites is what was put on the lanes into it; nothing appears on the
  // way (what is still on a lane at the horizon is the difference).
  for (int reg = 0; reg < static_cast<int>(s.regions.size()); ++reg) {
    std::map<std::string, double> shipped, delivered;
    for (const Lane& l : s.lanes)
      if (l.to == reg)
        for (const Event* e : r.shipped(l.from, reg))
          shipped[e->subject] += e->quantity;
    for (int p = 0; p < static_cast<int>(s.phases.size()); ++p)
      if (s.region_of(p) == reg)
        for (const Event* e : r.all(p, "delivered"))
          delivered[e->subject] += e->quantity;
    for (const auto& [product, units] : delivered)
      v.expect(units <= shipped[product] + qty_tol(units), inv,
               "region " + s.regions[static_cast<std::size_t>(reg)].name + ": " + num(units) + " " + product +
                   " delivered but only " + num(shipped[product]) + " shipped to it");
  }

  // Grid power: a request is granted only when it fits under the headroom minus what the region already granted
  // (rule 4), and in full (what was asked).
  std::vector<double> granted(s.regions.size(), 0.0);
  for (const Event& e : r.events) {
    if (e.kind != "power_granted") continue;
    for (std::size_t k = 0; k < s.regions.size(); ++k) {
      if (s.regions[k].name != e.subject) continue;
      granted[k] += e.quantity;
      v.expect(granted[k] * 1000.0 <= s.regions[k].headroom_at(e.day) + 1e-6, inv,
               "region " + e.subject + " on day " + e.day_text + ": " + num(granted[k] * 1000) +
                   " MW granted in all, headroom " + num(s.regions[k].headroom_at(e.day)) + " MW");
    }
  }
  for (int p = 0; p < static_cast<int>(s.phases.size()); ++p) {
    const Event* asked = r.first(p, "power_requested");
    const Event* got   = r.first(p, "power_granted");
    if (asked && got)
      v.expect(near(asked->quantity, got->quantity, 1e-9), inv,
               r.labels[static_cast<std::size_t>(p)] + " asked " + num(asked->quantity) + " GW, granted " +
                   num(got->quantity) + " GW");
  }

  // The timeline counts what events.csv records: a row shows the state after the events of its day (the instant's
  // settles included); delivered is the sum of `delivered`; online lies between what finished installing and what
  // started (a batch goes online progressively); waiting = delivered - online.
  const Csv& t = out.timeline;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const int day    = day_of(t.at(i, "date"));
    double delivered = 0, started = 0, installed = 0;
    for (const Event& e : r.events) {
      if (e.day > day + 5e-4) break;
      if (e.kind == "delivered") delivered += e.quantity;
      if (e.kind == "install_start") started += e.quantity;
      if (e.kind == "installed") installed += e.quantity;
    }
    const std::string row      = "timeline " + t.at(i, "date") + ": ";
    const double delivered_row = t.number(i, "delivered_accelerators");
    const double online_row    = t.number(i, "online_accelerators");
    v.expect(near(delivered_row, std::round(delivered), 1.0), inv,
             row + "delivered_accelerators " + num(delivered_row) + ", events.csv delivered " + num(delivered));
    v.expect(online_row >= installed - 1.0 && online_row <= started + 1.0, inv,
             row + "online_accelerators " + num(online_row) + " outside [installed " + num(installed) + ", started " +
                 num(started) + "]");
    v.expect(near(t.number(i, "waiting_accelerators"), delivered_row - online_row, 1.0), inv,
             row + "waiting_accelerators " + t.at(i, "waiting_accelerators") + " != delivered - online");
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Causality

void check_causality(const Record& r, const Outputs& out, Verdict& v)
{
  const Scenario& s         = r.s;
  const std::string inv     = "causality";
  const auto before_horizon = [](double day) { return day < kHorizon - kDayTol; };

  for (int p = 0; p < static_cast<int>(s.phases.size()); ++p) {
    const Phase& ph          = s.phases[static_cast<std::size_t>(p)];
    const std::string& label = r.labels[static_cast<std::size_t>(p)];
    const Region& region     = s.regions[static_cast<std::size_t>(s.region_of(p))];
    const double ts          = r.day_of_first(p, "build_start");
    const double ordered     = r.day_of_first(p, "order");
    const double requested   = r.day_of_first(p, "power_requested");
    const double built       = r.day_of_first(p, "build_end");
    const double granted     = r.day_of_first(p, "power_granted");
    const double energized   = r.day_of_first(p, "energized");
    const double complete    = r.day_of_first(p, "complete");

    // Rule 1: T_s = the later of `start` and the completion of every predecessor; a phase whose predecessor never
    // completes never starts. Nothing at the horizon is recorded, so a T_s at or after it leaves no event.
    double expected_ts = ph.start;
    for (int b : ph.after)
      expected_ts = std::max(expected_ts, r.day_of_first(b, "complete"));
    if (before_horizon(expected_ts))
      v.expect(near(ts, expected_ts, kDayTol), inv,
               label + " build_start on day " + num(ts) + ", expected day " + num(expected_ts) +
                   " (the later of its start and its predecessors' completions)");
    else
      v.expect(ts == kNever || ts >= kHorizon - kDayTol, inv,
               label + " build_start on day " + num(ts) + " before a predecessor completed or its start");

    // Rule 2: the order and the power request are placed at T_s, never before (nor without a start).
    v.expect(ordered == ts || near(ordered, ts, 1e-9), inv,
             label + " order on day " + num(ordered) + ", build_start on day " + num(ts));
    v.expect(requested == ts || near(requested, ts, 1e-9), inv,
             label + " power_requested on day " + num(requested) + ", build_start on day " + num(ts));

    // Rule 3: T_c = T_s + B.
    if (ts != kNever && before_horizon(ts + ph.build))
      v.expect(near(built, ts + ph.build, kDayTol), inv,
               label + " build_end on day " + num(built) + ", expected build_start + " + std::to_string(ph.build));
    else
      v.expect(built == kNever, inv, label + " build_end on day " + num(built) + " without a build due before the end");

    // Rule 4: eligible at T_s + interconnect, granted then or later; when the region's headroom at eligibility holds
    // every request of the scenario in that region, the request fits at once.
    if (granted != kNever && ts != kNever) {
      v.expect(granted >= ts + region.interconnect - kDayTol, inv,
               label + " power_granted on day " + num(granted) + " before eligibility at build_start + " +
                   std::to_string(region.interconnect));
      double region_mw = 0;
      for (int q = 0; q < static_cast<int>(s.phases.size()); ++q)
        if (s.region_of(q) == s.region_of(p))
          region_mw += s.phases[static_cast<std::size_t>(q)].mw * s.phases[static_cast<std::size_t>(q)].pue;
      if (region.headroom_at(ts + region.interconnect) >= region_mw + 1e-9)
        v.expect(near(granted, ts + region.interconnect, kDayTol), inv,
                 label + " power_granted on day " + num(granted) + " though it fits at eligibility, day " +
                     num(ts + region.interconnect));
    }

    // Rule 5: E = max(T_c, T_p), and no energizing without both.
    if (built != kNever && granted != kNever && before_horizon(std::max(built, granted)))
      v.expect(near(energized, std::max(built, granted), kDayTol), inv,
               label + " energized on day " + num(energized) + ", expected max(build_end " + num(built) +
                   ", power_granted " + num(granted) + ")");
    else
      v.expect(energized == kNever, inv,
               label + " energized on day " + num(energized) + " without both build_end and power_granted before");

    // Rule 6: accelerators arrive from T_s on (after the order); every delivery comes from a shipment of that product
    // into the phase's region that could have arrived by then.
    for (const Event* d : r.all(p, "delivered")) {
      v.expect(d->day >= ordered - kDayTol, inv,
               label + " delivered " + num(d->quantity) + " " + d->subject + " on day " + d->day_text +
                   ", before its order on day " + num(ordered));
      if (d->quantity > kResidue)
        v.expect(r.earliest_source(*d) != kNever, inv,
                 label + " delivered " + num(d->quantity) + " " + d->subject + " on day " + d->day_text +
                     ": no shipment on a lane into " + region.name + " could have arrived then");
    }

    // Rule 7: installs begin at E or later. An installer takes all accelerators waiting as one batch (recorded as one
    // install_start per product, at one instant) and installs it in batch / r days (at once when install is
    // unlimited); the batch goes online then (one installed per product). So the k-th group of installed events
    // carries the k-th batch's units, batch / r days after it began.
    const auto starts   = r.all(p, "install_start");
    const auto finishes = r.all(p, "installed");
    for (const Event* st : starts)
      v.expect(st->day >= energized - kDayTol, inv,
               label + " install_start on day " + st->day_text + " before energized on day " + num(energized));
    const auto batches = [](const std::vector<const Event*>& evs) {
      std::vector<std::pair<const Event*, double>> grouped; // (first event, units)
      for (const Event* e : evs) {
        if (grouped.empty() || grouped.back().first->day_text != e->day_text) grouped.push_back({e, 0.0});
        grouped.back().second += e->quantity;
      }
      return grouped;
    };
    const auto began = batches(starts);
    const auto ended = batches(finishes);
    v.expect(ended.size() <= began.size(), inv,
             label + ": " + std::to_string(ended.size()) + " batches installed, " + std::to_string(began.size()) +
                 " begun");
    for (std::size_t k = 0; k < ended.size() && k < began.size(); ++k) {
      const auto& [start, units] = began[k];
      const double duration      = ph.install > 0 ? units / ph.install : 0.0;
      v.expect(near(ended[k].second, units, qty_tol(units)) &&
                   near(ended[k].first->day, start->day + duration, kDayTol),
               inv,
               label + " batch " + std::to_string(k) + ": " + num(units) + " began on day " + start->day_text + ", " +
                   num(ended[k].second) + " installed on day " + ended[k].first->day_text + " (expected " +
                   num(duration) + " days later)");
    }

    // Rule 8: complete when the IT power installed reaches P: at the installed event that reaches it, after energized.
    double installed_kw = 0;
    double reached      = kNever;
    for (const Event* e : finishes) {
      installed_kw += e->quantity * r.kw_of(e->subject);
      if (reached == kNever && installed_kw >= ph.mw * 1000.0 - kUnitTol * 2) reached = e->day;
    }
    v.expect(complete == reached || near(complete, reached, kDayTol), inv,
             label + " complete on day " + num(complete) + ", its installed IT power reached " + num(ph.mw) +
                 " MW on day " + num(reached));
    v.expect(complete == kNever || complete >= energized - kDayTol, inv,
             label + " complete on day " + num(complete) + " before energized on day " + num(energized));

    // phases.csv shows the dates of these events, and nothing for an event that did not happen before the end
    // ("what happens at that very instant is not recorded either").
    const std::size_t row = out.phases.find("site", s.sites[static_cast<std::size_t>(ph.site)].name, "phase", ph.name);
    for (const char* column :
         {"build_start", "build_end", "power_requested", "power_granted", "energized", "complete"}) {
      const Event* e = r.first(p, column);
      v.expect(out.phases.at(row, column) == (e ? e->date : std::string()), inv,
               label + " phases.csv " + column + " is \"" + out.phases.at(row, column) + "\", events.csv has \"" +
                   (e ? e->date : std::string()) + "\"");
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Monotone cumulative outputs

void check_monotone(const Outputs& out, Verdict& v)
{
  // Installed, delivered and energized capacity is never taken back ("Granted power is never taken back"; an online
  // batch stays online) and capex is cumulative, so these columns never decrease from one row to the next. The
  // tolerances are one printed unit of the rounded columns: accelerators are real numbers and an exact half (2187.5
  // online, from mixed products) is rounded either way by the last bit of a sum, so the printed count can fall by
  // one while nothing changes (seed 683: 2188 then 2187; seed 1078: 0.010938 then 0.010937 GW). online_pflops, the
  // online accelerators to three decimals here (every product has 1 PFLOP/s), checks them finely.
  const std::pair<const char*, double> columns[] = {{"online_gw", 1.000001e-6}, {"online_accelerators", 1.0},
                                                    {"online_pflops", 5e-4},    {"delivered_accelerators", 1.0},
                                                    {"energized_gw", 5e-7},     {"capex_usd", 1.0}};
  const Csv& t                                   = out.timeline;
  for (const auto& [column, tol] : columns)
    for (std::size_t i = 1; i < t.size(); ++i)
      v.expect(t.number(i, column) >= t.number(i - 1, column) - tol, "monotone",
               std::string(column) + " falls from " + t.at(i - 1, column) + " on " + t.at(i - 1, "date") + " to " +
                   t.at(i, column) + " on " + t.at(i, "date"));
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Every open order at an instant takes part in that instant's lots

/* What is checked, and why it follows from docs/model.md.
 *
 * "Allocation": a lot goes to the open orders first come, first served, skipping those that do not accept its product
 * or whose region no lane from the supplier reaches; each order takes min(what is left, its remaining IT power ÷
 * it_power); what no open order takes is forgone. "Things that happen at the same instant": every order placed at or
 * before the lot's instant takes part. Hence, when a lot of supplier S and product X, handed out at instant t, has
 * forgone units, every phase Q that
 *   (a) placed its order at or before t (printed days equal counts as the same instant),
 *   (b) accepts X (no `accelerator`, or X),
 *   (c) is in a region that a lane from S reaches,
 * was left with nothing remaining: after this lot Q's allocation is its whole order, and no lot handed out after t
 * (by any supplier) gives Q anything. Two consequences are checked from events.csv:
 *   A. every delivery to Q (larger than rounding residue) can have come from a lot handed out at or before t: some
 *      `shipped` event of that product, at least as large, on a lane into Q's region, handed out at or before t,
 *      could have arrived by the delivery's day (unlimited lanes: exactly `transit` later; throughput lanes: no
 *      sooner than `transit + units ÷ throughput`, its time alone). A delivery whose every possible source was handed
 *      out after t is an allocation Q received although it was already filled at t: Q did not take part in t's lot.
 *      (On an unlimited lane a delivery names its lot exactly; on a shared throughput lane this is weaker, never
 *      wrong.)
 *   B. if nothing shipped into Q's region is still on a lane at the horizon (deliveries into the region = shipments
 *      into it), Q's deliveries add up to its whole IT power.
 * Excluded, as the engine fix defines it: an order at t caused by a shipment handed out at t that lands at t (zero
 * transit, unlimited lane). Such a shipment is delivered after t's lots were handed out, so the completion it causes,
 * and the order of a phase `after` the completed one, come after them too. Concretely: Q ordered at t and a
 * predecessor P of Q completed at t, received a delivery at t, and a zero-time lane into P's region carried a shipment
 * of that product handed out at t. (If P received units from t's lots, P was not filled before them and cannot have
 * completed before them.) Lots at the horizon are not recorded, so they are not checked. */
void check_lots_reach_open_orders(const Record& r, Verdict& v)
{
  const Scenario& s     = r.s;
  const std::string inv = "open orders take part in the instant's lots";

  struct Lot {
    const Event* lot = nullptr;
    double forgone   = 0;
  };
  std::vector<Lot> lots;
  for (const Event& e : r.events) {
    if (s.supplier_index(e.actor) < 0) continue;
    if (e.kind == "lot") lots.push_back({&e, 0});
    // A lot's forgone units are recorded right after it by the same supplier, in the same instant.
    if (e.kind == "forgone") {
      const bool follows =
          !lots.empty() && lots.back().lot->actor == e.actor && lots.back().lot->day_text == e.day_text;
      v.expect(follows, "conservation", "forgone of " + e.actor + " on day " + e.day_text + " follows no lot of it");
      if (follows) lots.back().forgone += e.quantity;
    }
  }

  // Settled regions (for B): nothing shipped into them is still on a lane at the horizon.
  const int phases = static_cast<int>(s.phases.size());
  std::vector<bool> settled(s.regions.size(), true);
  for (int reg = 0; reg < static_cast<int>(s.regions.size()); ++reg) {
    double shipped = 0, delivered = 0;
    for (const Lane& l : s.lanes)
      if (l.to == reg)
        for (const Event* e : r.shipped(l.from, reg))
          shipped += e->quantity;
    for (int p = 0; p < phases; ++p)
      if (s.region_of(p) == reg)
        for (const Event* e : r.all(p, "delivered"))
          delivered += e->quantity;
    settled[static_cast<std::size_t>(reg)] = near(shipped, delivered, qty_tol(shipped));
  }
  // A zero-time lane into `region` carried `product` handed out on printed day `day`.
  const auto lands_at_once = [&](int region, const std::string& product, const std::string& day) {
    for (const Lane& l : s.lanes) {
      if (l.to != region || l.transit != 0 || l.throughput != 0) continue;
      for (const Event* e : r.shipped(l.from, region))
        if (e->day_text == day && e->subject == product) return true;
    }
    return false;
  };
  // Q's order at printed day `day` was caused by a same-instant landing (the exclusion above).
  const auto caused_by_landing = [&](int q, const std::string& day) {
    for (int b : s.phases[static_cast<std::size_t>(q)].after) {
      const Event* done = r.first(b, "complete");
      if (!done || done->day_text != day) continue;
      for (const Event* d : r.all(b, "delivered"))
        if (d->day_text == day && lands_at_once(s.region_of(b), d->subject, day)) return true;
    }
    return false;
  };

  for (const Lot& lot : lots) {
    const Event& e = *lot.lot;
    if (lot.forgone <= kUnitTol || e.day >= kHorizon - kDayTol) continue;
    const int supplier = s.supplier_index(e.actor);
    for (int q = 0; q < phases; ++q) {
      const Event* order = r.first(q, "order");
      if (!order || order->day > e.day + 5e-4) continue;                               // (a)
      if (!s.accepts(q, e.subject)) continue;                                          // (b)
      if (s.lane(supplier, s.region_of(q)) == nullptr) continue;                       // (c)
      if (order->day_text == e.day_text && caused_by_landing(q, e.day_text)) continue; // the exclusion
      const std::string& label  = r.labels[static_cast<std::size_t>(q)];
      const std::string context = "lot of " + e.actor + " on day " + e.day_text + " (" + e.subject + ", " +
                                  num(lot.forgone) + " forgone) while " + label + " had ordered on day " +
                                  order->day_text;
      // A: nothing from a later lot.
      for (const Event* d : r.all(q, "delivered")) {
        if (d->quantity <= kResidue) continue;
        const double source = r.earliest_source(*d);
        if (source == kNever) continue; // reported under causality
        v.expect(source <= e.day + 5e-4, inv,
                 context + ": " + label + " later received " + num(d->quantity) + " " + d->subject + " on day " +
                     d->day_text + ", which left no earlier than day " + num(source));
      }
      // B: filled, when nothing is left on the lanes into its region.
      if (settled[static_cast<std::size_t>(s.region_of(q))]) {
        double kw = 0;
        for (const Event* d : r.all(q, "delivered"))
          kw += d->quantity * r.kw_of(d->subject);
        const double ordered_kw = s.phases[static_cast<std::size_t>(q)].mw * 1000.0;
        v.expect(kw >= ordered_kw - kUnitTol * 2, inv,
                 context + ": " + label + " received only " + num(kw) + " of " + num(ordered_kw) + " kW in all");
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

void check_seed(std::uint64_t seed)
{
  const Scenario s = generate(seed);
  TempDir dir;
  const std::string file = dir / "s.yaml";
  {
    std::ofstream y(file);
    y << s.yaml();
  }
  const std::string out_dir = dir / "out";
  const int rc = gwsim_e2e::run_gwsim({"run", file, "-o", out_dir, "--quiet"}, "/dev/null", dir / "stderr");
  ASSERT_EQ(rc, 0) << "seed " << seed << ": gwsim run failed: " << gwsim_e2e::slurp(dir / "stderr") << "\n" << s.yaml();
  const Outputs out = read_outputs(out_dir);
  const Record record(s, out);
  bool failed = false;
  {
    Verdict verdict(seed);
    check_conservation(record, out, verdict);
    check_causality(record, out, verdict);
    check_monotone(out, verdict);
    check_lots_reach_open_orders(record, verdict);
    failed = verdict.failed();
  }
  const char* keep = std::getenv("GWSIM_PROPS_KEEP");
  if (failed && keep != nullptr) {
    const std::string to = std::string(keep) + "/seed-" + std::to_string(seed);
    std::filesystem::create_directories(to);
    std::filesystem::copy(dir.path(), to,
                          std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing);
  }
}

// 250 scenarios in 10 cases of 25, so that ctest runs them in parallel processes.
constexpr std::uint64_t kSeedsPerCase = 25;

void check_case(std::uint64_t index)
{
  for (std::uint64_t seed = index * kSeedsPerCase + 1; seed <= (index + 1) * kSeedsPerCase; ++seed)
    check_seed(seed);
}

} // namespace

TEST(SameInstantProperties, Seeds001To025)
{
  check_case(0);
}
TEST(SameInstantProperties, Seeds026To050)
{
  check_case(1);
}
TEST(SameInstantProperties, Seeds051To075)
{
  check_case(2);
}
TEST(SameInstantProperties, Seeds076To100)
{
  check_case(3);
}
TEST(SameInstantProperties, Seeds101To125)
{
  check_case(4);
}
TEST(SameInstantProperties, Seeds126To150)
{
  check_case(5);
}
TEST(SameInstantProperties, Seeds151To175)
{
  check_case(6);
}
TEST(SameInstantProperties, Seeds176To200)
{
  check_case(7);
}
TEST(SameInstantProperties, Seeds201To225)
{
  check_case(8);
}
TEST(SameInstantProperties, Seeds226To250)
{
  check_case(9);
}

// Seeds beyond the ranges above that found something in a run over seeds 1-1200 (they mean something only as long as
// generate() draws the same scenarios): 587 and 1080, a site that misses a grant arriving at an instant when it is busy
// with another of its phases (energized 20 and 8 days late); 901, a site that misses the completion of a predecessor
// in another site at such an instant (started 35 days late); 683 and 1078, printed counts that round an exact half
// both ways (see check_monotone).
TEST(SameInstantProperties, FoundSeeds)
{
  for (std::uint64_t seed : {587u, 683u, 901u, 1078u, 1080u})
    check_seed(seed);
}
