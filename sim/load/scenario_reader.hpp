/* The parts of the loader that turn one section of a checked YAML tree into scenario structs. Internal to the
 * loader: load_scenario_text() in loader.cpp calls them in an order where every name is declared before use. */
#ifndef GWSIM_SIM_SCENARIO_READER_HPP
#define GWSIM_SIM_SCENARIO_READER_HPP

#include "sim/load/name_index.hpp"
#include "sim/load/yaml_reader.hpp"
#include "sim/model/scenario.hpp"

#include <vector>

namespace gwsim {

/** @brief The `accelerators` list; declares their names in `names`. */
std::vector<Accelerator> read_accelerators(const KeyedNode& list, NameIndex& names);
/** @brief The `suppliers` list; declares their names in `names`. */
std::vector<Supplier> read_suppliers(const KeyedNode& list, const NameIndex& accelerators, NameIndex& names);
/** @brief The `regions` list; declares their names in `names`. */
std::vector<Region> read_regions(const KeyedNode& list, NameIndex& names);
/** @brief The `lanes` list; one lane per supplier and region at most. */
std::vector<Lane> read_lanes(const KeyedNode& list, const NameIndex& suppliers, const NameIndex& regions);
/** @brief The `sites` list with their phases; `after` references resolved and free of cycles. */
std::vector<Site> read_sites(const KeyedNode& list, const NameIndex& regions, const NameIndex& accelerators);

} // namespace gwsim

#endif
