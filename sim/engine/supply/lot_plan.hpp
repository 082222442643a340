/* A supplier's lots over the horizon, worked out before the run: when each begins and ends, how much it makes, what
 * product, and this buyer's share. The rate schedule is piecewise constant, so all of it is exact arithmetic; SimGrid
 * then produces the lots as executions on the supplier's host (sim/engine/supply/production.hpp). */
#ifndef GWSIM_SIM_LOT_PLAN_HPP
#define GWSIM_SIM_LOT_PLAN_HPP

#include "sim/model/scenario.hpp"

#include <cstddef>
#include <vector>

namespace gwsim {

/** @brief One lot of one supplier. */
struct PlannedLot {
  double begin;  // day it begins: the previous lot's end, or the first day with a positive rate after a pause
  double end;    // `lot` days later, or earlier where the rate drops to zero
  double made;   // accelerators made over [begin, end]: the integral of the rate
  int product;   // index into Scenario::accelerators, or -1 when the product schedule has not begun
  double buyers; // this buyer's share of `made`
};

/** @brief The lots of supplier `index` that begin before the horizon, in order, at its output rate `rate` (its
 * rate schedule, or what its outages and the supply chain leave of it: supplier_output in chain_plan.hpp).
 * Production pauses while the rate is zero: a lot ends where the rate drops to zero and the next begins where it is
 * positive again. */
std::vector<PlannedLot> plan_lots(const Scenario& scenario, std::size_t index, const DaySchedule<Rate>& rate);

/** @brief The lots of supplier `index` at its rate schedule alone (no outages, no stages). */
inline std::vector<PlannedLot> plan_lots(const Scenario& scenario, std::size_t index)
{
  return plan_lots(scenario, index, DaySchedule<Rate>::from(scenario.suppliers[index].rate, scenario.start));
}

/** @brief Accelerators made over [from, to] at a piecewise-constant rate. */
double produced_between(const DaySchedule<Rate>& rate, double from, double to);

/** @brief The product supplier `supplier` makes from `day` on, or -1: nothing before its schedule's first date. */
int product_at(const Scenario& s, const Supplier& supplier, double day);

} // namespace gwsim

#endif
