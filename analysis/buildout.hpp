/* The state of the buildout on any day, from the event record: what is online, delivered, energized, requested,
 * being built and spent. Each quantity is a curve (curves.hpp) so that it is exact between events too. */
#ifndef GWSIM_ANALYSIS_BUILDOUT_HPP
#define GWSIM_ANALYSIS_BUILDOUT_HPP

#include "analysis/curves.hpp"
#include "analysis/energy_use.hpp"
#include "analysis/phase_table.hpp"
#include "analysis/products.hpp"
#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

#include <string>
#include <vector>

namespace gwsim {

/** @brief One install batch: `fleet` goes online linearly over [start, end] (all at `start` when end == start). */
struct InstallBatch {
  double start = 0;
  double end   = 0;
  Fleet fleet;
  std::string phase;     // `site/phase`
  std::string product{}; // the accelerator's name
};

/** @brief The install batches of the record. A batch runs from an install_start to the next installed event of the
 * same phase and product; one still running at the end of the record ends when the phase's rate would finish it. */
std::vector<InstallBatch> install_batches(const Scenario& scenario, const EventRecord& events,
                                          const ProductCatalog& products);

/** @brief The buildout on one day: cumulative quantities counting every event at or before that day. */
struct BuildoutState {
  double online_gw              = 0; // IT
  double online_accelerators    = 0;
  double online_pflops          = 0;
  double delivered_accelerators = 0;
  double energized_gw           = 0; // IT
  double requested_gw           = 0; // grid (IT × PUE)
  double building_gw            = 0; // IT of phases with build_start <= day < build_end
  double capex_usd              = 0; // accelerators paid at delivery + facility spent evenly over the build
  // With funds (docs/model.md, "Money"):
  double funds_received_usd  = 0;
  double funds_committed_usd = 0;
  std::vector<double> circularity; // by circular investor (circular_investors()): received from the buyer ÷ invested
  // With the power extensions (docs/model.md, "Power: energy"):
  double draw_gw         = 0; // online IT × PUE
  double energy_mwh      = 0; // drawn since the start
  double energy_cost_usd = 0; // of that, in regions with a price
  // Each product's price × its accelerators delivered but not online, both counts rounded as waiting_accelerators()
  // rounds them: with one product, exactly its price × waiting_accelerators().
  double waiting_usd = 0;

  /** @brief Delivered but not online, as the rounded columns show it (so that the CSV adds up). */
  double waiting_accelerators() const;
  /** @brief Online capacity in a demand's unit. */
  double online_in(Demand::Unit unit) const;
};

/** @brief The buildout's curves, built once from the record and read on any day. */
class Buildout {
 public:
  /** @brief Builds the curves; `phases` gives each phase's build_start and build_end. */
  Buildout(const Scenario& scenario, const EventRecord& events, const ProductCatalog& products,
           const std::vector<PhaseFacts>& phases);
  /** @brief The state on simulated day `day`. */
  BuildoutState at(double day) const;
  /** @brief Online IT GW over time, for milestones. */
  const PiecewiseLinear& online_gw() const { return online_gw_; }
  /** @brief What the phases draw over time, by region. */
  const EnergyUse& energy() const { return energy_; }

 private:
  PiecewiseLinear online_gw_;
  PiecewiseLinear online_accelerators_;
  PiecewiseLinear online_pflops_;
  PiecewiseLinear delivered_accelerators_;
  PiecewiseLinear energized_gw_;
  PiecewiseLinear requested_gw_;
  PiecewiseLinear building_gw_;
  PiecewiseLinear capex_usd_;
  PiecewiseLinear funds_received_usd_;
  PiecewiseLinear funds_committed_usd_;
  std::vector<PiecewiseLinear> invested_usd_; // by circular investor
  std::vector<PiecewiseLinear> paid_usd_;     // by circular investor: what the buyer paid it for accelerators
  /** @brief One product's accelerators delivered and online over time, and its price. */
  struct ProductCounts {
    double price_usd = 0;
    PiecewiseLinear delivered;
    PiecewiseLinear online;
  };
  std::vector<ProductCounts> by_product_; // by product name
  EnergyUse energy_;
};

/** @brief The investors of the scenario's funds that are also suppliers, in fund order, each once: the buyer's money
 * comes back to them (the circular flow, docs/model.md "Money"). */
std::vector<std::string> circular_investors(const Scenario& scenario);

} // namespace gwsim

#endif
