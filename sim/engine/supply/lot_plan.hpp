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

/** @brief The lots of supplier `index` that begin before the horizon, in order. Production pauses while the rate is
 * zero: a lot ends where the rate drops to zero and the next begins where it is positive again. */
std::vector<PlannedLot> plan_lots(const Scenario& scenario, std::size_t index);

} // namespace gwsim

#endif
