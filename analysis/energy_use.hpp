/* Energy (docs/model.md, "Power: energy"): each phase draws its online IT power × PUE from the grid (or its onsite
 * generation); the draw is a sum of ramps (install batches go online linearly), integrated exactly: a ramp of G GW
 * over [s, e] has drawn G (t − s)² / (2 (e − s)) GW·days by t in it, G ((e − s) / 2 + t − e) after it. 1 GW for a day
 * is 24,000 MWh. Priced regions (`price` per MWh) give the cost. The same integral as SimGrid's energy plugin on hosts
 * whose power state is the draw (tests/engine/power/test_energy_plugin.cpp checks it on steps). */
#ifndef GWSIM_ANALYSIS_ENERGY_USE_HPP
#define GWSIM_ANALYSIS_ENERGY_USE_HPP

#include "sim/model/scenario.hpp"

#include <string>

#include <vector>

namespace gwsim {

struct InstallBatch;

/** @brief MWh in one GW drawn for one day. */
inline constexpr double kMwhPerGwDay = 24'000;

/** @brief What the phases draw over time, from their install batches. */
class EnergyUse {
 public:
  EnergyUse() = default;
  EnergyUse(const Scenario& scenario, const std::vector<InstallBatch>& batches);

  /** @brief Facility power drawn on `day` (online IT × PUE), GW. */
  double draw_gw(double day) const;
  /** @brief Energy drawn from day 0 to `day`, MWh. */
  double energy_mwh(double day) const;
  /** @brief What that energy cost in regions with a `price`, US dollars. */
  double cost_usd(double day) const;
  /** @brief The `price` of region `r` in US dollars per MWh, 0 when it has none. */
  double price_per_mwh(std::size_t region) const { return region < price_.size() ? price_[region] : 0.0; }
  /** @brief Energy drawn by the phases of region `r` from day 0 to `day`, MWh. */
  double energy_mwh(std::size_t region, double day) const;

 private:
  struct Draw {
    double from;
    double to;
    double gw;
    std::size_t region;
  };
  /** @brief GW·days a draw has used by `day`. */
  static double gw_days(const Draw& d, double day);
  std::vector<Draw> draws_;
  std::vector<double> price_; // by region, $/MWh (0 when unpriced)
};

} // namespace gwsim

#endif
