#include "sim/cli/generator.hpp"

#include <cstdio>
#include <random>
#include <sstream>
#include <stdexcept>

namespace gwsim {
namespace {

/** @brief Draws from the generator's own mapping of mt19937_64 (its output is fixed by the standard; the standard
 * distributions are not), so a spec gives the same scenario on every machine. */
class Draw {
 public:
  explicit Draw(std::uint64_t seed) : engine_(seed) {}
  double uniform(double lo, double hi) { return lo + (hi - lo) * static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  int integer(int lo, int hi) { return lo + static_cast<int>(engine_() % static_cast<std::uint64_t>(hi - lo + 1)); }

 private:
  std::mt19937_64 engine_;
};

std::string fixed(double x, int decimals)
{
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

std::string month(int year, int month0)
{
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year + month0 / 12, month0 % 12 + 1);
  return buf;
}

constexpr int kGeneratorStartYear = 2026;

void require(bool ok, const char* what)
{
  if (!ok) throw std::invalid_argument(what);
}

/** @brief An accelerator's bill of materials with a chain: 1/`per_wafer` of the packaging stage, 8 memory stacks. */
std::string needs(const GeneratorSpec& spec, int per_wafer)
{
  if (spec.stages == 0) return "";
  return ", needs: {stage" + std::to_string(spec.stages - 2) + ": " + fixed(1.0 / per_wafer, 4) + ", stage" +
         std::to_string(spec.stages - 1) + ": 8}";
}

/** @brief The stages section: stage0 → … → stage(N−2) packaged per accelerator, stage(N−1) memory; capacities each
 * year about what the suppliers' `accelerators_per_year` need (0.9–1.3×, growing with the suppliers). Drawn after
 * everything else, so that the rest of a scenario does not depend on its stages. */
std::string stages(const GeneratorSpec& spec, double accelerators_per_year, Draw& draw)
{
  std::ostringstream y;
  y << "\nstages:\n";
  for (int k = 0; k < spec.stages; ++k) {
    const bool memory   = k == spec.stages - 1;
    const double needed = accelerators_per_year * (memory ? 8.0 : 1.0 / 18.0);
    y << "  - name: stage" << k << "\n    unit: " << (memory ? "stack" : "wafer") << "\n    capacity: {";
    for (int year = 0; year < spec.years; ++year)
      y << (year ? ", " : "") << month(kGeneratorStartYear, 12 * year) << ": "
        << fixed(needed * draw.uniform(0.9, 1.3) / 1000.0, 1) << "k/year";
    y << "}\n    cycle: " << draw.integer(2, 8) << " weeks\n    yield: " << draw.integer(85, 98) << "%\n";
    if (k > 0 && !memory) y << "    inputs: {stage" << k - 1 << ": 1}\n";
  }
  return y.str();
}

} // namespace

std::string generate_scenario(const GeneratorSpec& spec)
{
  require(spec.sites >= 1 && spec.phases >= 1 && spec.suppliers >= 1 && spec.regions >= 1,
          "sites, phases, suppliers and regions must each be at least 1");
  require(spec.years >= 1 && spec.years <= 100, "years must be between 1 and 100");
  require(spec.stages == 0 || spec.stages >= 2, "stages must be 0 or at least 2");
  constexpr int kStartYear = kGeneratorStartYear;
  const int months         = spec.years * 12;
  Draw draw(spec.seed);
  std::ostringstream y;

  // Phases average 60 MW of IT: the supply below makes about 0.9× what they need over 70% of the horizon, so
  // some phases are bound by chips, some by power, some by construction.
  const double total_mw = spec.sites * spec.phases * 60.0;
  const double units    = total_mw * 1e6 / 2200.0;
  const double per_year = 0.9 * units / (0.7 * spec.years) / spec.suppliers;

  y << "# Synthetic scenario: gwsim generate --sites " << spec.sites << " --phases " << spec.phases << " --suppliers "
    << spec.suppliers << " --regions " << spec.regions << " --years " << spec.years << " --seed " << spec.seed
    << "\nscenario: synthetic-" << spec.sites << "x" << spec.phases << "\n"
    << "description: Synthetic buildout for benchmarks and scale tests.\n"
    << "start: " << kStartYear << "-01-01\nend: " << kStartYear + spec.years
    << "-01-01\nstep: 1 month\nseed: " << spec.seed << "\n\naccelerators:\n"
    << "  - {name: A, it_power: 2 kW, pflops: 10, price: $60k" << needs(spec, 20) << "}\n"
    << "  - {name: B, it_power: 2.5 kW, pflops: 40, price: $85k" << needs(spec, 16) << "}\n\nsuppliers:\n";
  for (int s = 0; s < spec.suppliers; ++s) {
    const int switch_month = draw.integer(6, months / 2 + 6);
    y << "  - name: fab" << s << "\n    product: {" << month(kStartYear, 0) << ": A, "
      << month(kStartYear, switch_month) << ": B}\n    rate: {";
    for (int year = 0; year < spec.years; ++year)
      y << (year ? ", " : "") << month(kStartYear, 12 * year) << ": "
        << fixed(per_year * draw.uniform(0.8, 1.2) / 1000.0, 1) << "k/year";
    y << "}\n    share: " << draw.integer(50, 100) << "%\n    lot: 1 week\n";
  }
  y << "\nregions:\n";
  for (int r = 0; r < spec.regions; ++r) {
    // Headroom grows each year towards 1.2× the region's expected load (IT × PUE ~1.2).
    const double region_mw = 1.6 * 1.2 * total_mw / spec.regions;
    y << "  - name: grid" << r << "\n    interconnect: " << draw.integer(6, 36) << " months\n    headroom: {";
    for (int year = 0; year < spec.years; ++year)
      y << (year ? ", " : "") << month(kStartYear, 12 * year) << ": "
        << fixed(region_mw * (year + 1) / spec.years * draw.uniform(0.6, 1.0), 1) << " MW";
    y << "}\n";
  }
  y << "\nlanes:\n";
  for (int s = 0; s < spec.suppliers; ++s)
    for (int r = 0; r < spec.regions; ++r)
      y << "  - {from: fab" << s << ", to: grid" << r << ", transit: " << draw.integer(2, 8)
        << " weeks, throughput: " << fixed(per_year * draw.uniform(0.3, 0.8) / 1000.0, 1) << "k/year}\n";
  y << "\nsites:\n";
  for (int i = 0; i < spec.sites; ++i) {
    y << "  - name: site" << i << "\n    region: grid" << draw.integer(0, spec.regions - 1) << "\n    phases:\n";
    for (int p = 0; p < spec.phases; ++p) {
      y << "      - {name: p" << p << ", it_power: " << draw.integer(20, 100)
        << " MW, pue: " << fixed(draw.uniform(1.1, 1.3), 2);
      if (p > 0 && draw.uniform(0, 1) < 0.5)
        y << ", after: [p" << p - 1 << "]";
      else
        y << ", start: " << month(kStartYear, draw.integer(0, months * 6 / 10));
      y << ", build: " << draw.integer(6, 18) << " months";
      if (draw.uniform(0, 1) < 0.5) y << ", install: " << draw.integer(5, 40) << "k/month";
      y << "}\n";
    }
  }
  // Demand ramps from 5% to all of the plan: from the end of the first year to the start of the last, or over the whole
  // horizon when it is too short for that (two distinct dates in order: a demand with one date twice is invalid).
  const bool long_horizon     = spec.years >= 3;
  const std::string ramp_from = long_horizon ? month(kStartYear, 12) : month(kStartYear, 0);
  const std::string ramp_to   = long_horizon ? month(kStartYear + spec.years - 1, 0) : month(kStartYear, months - 1);
  y << "\ndemand:\n  unit: GW\n  interpolate: linear\n  points: {" << ramp_from << ": "
    << fixed(total_mw / 1000.0 * 0.05, 3) << ", " << ramp_to << ": " << fixed(total_mw / 1000.0, 3)
    << "}\n\nfinance:\n  facility: $15B/GW\n";
  if (spec.stages > 0) y << stages(spec, per_year * spec.suppliers, draw);
  return y.str();
}

} // namespace gwsim
