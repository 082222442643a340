/* Demand over simulated days (docs/model.md, "Demand, money"). */
#ifndef GWSIM_ANALYSIS_DEMAND_HPP
#define GWSIM_ANALYSIS_DEMAND_HPP

#include "sim/model/scenario.hpp"

namespace gwsim {

/** @brief Demand on simulated day `day`, in the demand's own unit: zero before the first point, the last value
 * after the last, linear between points by day or held from each point (step). */
double demand_at(const Scenario& scenario, double day);

/** @brief The suffix of the demand's unit in column names: `gw`, `accelerators` or `pflops`. */
const char* demand_unit_suffix(Demand::Unit unit);

} // namespace gwsim

#endif
