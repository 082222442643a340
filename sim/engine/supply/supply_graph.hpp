/* The supply chain as a graph (Boost.Graph): an edge from each stage to the stages that take it as input. */
#ifndef GWSIM_SIM_SUPPLY_GRAPH_HPP
#define GWSIM_SIM_SUPPLY_GRAPH_HPP

#include "sim/model/scenario.hpp"

#include <cstddef>
#include <vector>

namespace gwsim {

/** @brief The stages of `scenario` in an order where each comes after all its inputs (the loader has refused cycles),
 * and, among stages free to go in either order, in declaration order. */
std::vector<std::size_t> stage_order(const Scenario& scenario);

} // namespace gwsim

#endif
