/* The `after` relation between phases as a graph, to find dependency cycles before anything runs. */
#ifndef GWSIM_SIM_DEPENDENCY_GRAPH_HPP
#define GWSIM_SIM_DEPENDENCY_GRAPH_HPP

#include <cstddef>
#include <vector>

namespace gwsim {

/** @brief One cycle of the relation "phase i is after phase j" (after[i] lists the j), as phase indices from the
 *  smallest index on, with that first index repeated at the end; empty when there is no cycle. */
std::vector<std::size_t> find_dependency_cycle(const std::vector<std::vector<std::size_t>>& after);

} // namespace gwsim

#endif
