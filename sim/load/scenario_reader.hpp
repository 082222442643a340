/* The parts of the loader that turn one section of a checked YAML tree into scenario structs. Internal to the
 * loader: load_scenario_text() in loader.cpp calls them in an order where every name is declared before use. */
#ifndef GWSIM_SIM_SCENARIO_READER_HPP
#define GWSIM_SIM_SCENARIO_READER_HPP

#include "sim/load/name_index.hpp"
#include "sim/load/yaml_reader.hpp"
#include "sim/model/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gwsim {

/** @brief The `stages` list; declares their names in `names`; inputs resolved and free of cycles. */
std::vector<Stage> read_stages(const KeyedNode& list, NameIndex& names);
/** @brief A map from stage name to units per unit (`needs`, `inputs`), each above zero. */
std::vector<StageNeed> read_needs(const KeyedNode& map, const NameIndex& stages);
/** @brief A list of outages `{from, to, lost}`; those in force together lose 100% at most. */
std::vector<Outage> read_outages(const KeyedNode& list);
/** @brief A plain number above zero (a ratio of units). */
Parsed<double> above_zero_number(const std::string& text);

/** @brief The `accelerators` list; declares their names in `names`; `needs` name stages in `stages`. */
std::vector<Accelerator> read_accelerators(const KeyedNode& list, NameIndex& names, const NameIndex& stages);
/** @brief The `suppliers` list; declares their names in `names`. */
std::vector<Supplier> read_suppliers(const KeyedNode& list, const NameIndex& accelerators, NameIndex& names);
/** @brief The stages an `equipment` map may name: those nothing else in the chain draws on. */
struct EquipmentStages {
  const NameIndex& names;
  std::vector<std::string> drawn_by; // by stage: the key path of what draws on it in the chain, "" when nothing does
};
/** @brief Which stages equipment may draw on (sim/load/loader_power.cpp). */
EquipmentStages equipment_stages(const std::vector<Stage>& stages, const std::vector<Accelerator>& accelerators,
                                 const NameIndex& names);
/** @brief An `equipment` map from stage name to units per power (`{transformers: 4/GW}`). */
std::vector<EquipmentNeed> read_equipment(const KeyedNode& map, const EquipmentStages& stages);

/** @brief The `regions` list; declares their names in `names`. */
std::vector<Region> read_regions(const KeyedNode& list, NameIndex& names, const EquipmentStages& stages);
/** @brief A region's `studies` and `withdraw_after` (sim/load/loader_power.cpp). */
QueueRules read_queue_rules(const KeyedNode& region);
/** @brief A region's `price` of electricity, if it has one (sim/load/loader_power.cpp). */
std::optional<EnergyPrice> read_energy_price(const KeyedNode& region);
/** @brief A site's `onsite` generation, if it has one (sim/load/loader_power.cpp). */
std::optional<Onsite> read_onsite(const KeyedNode& site, const EquipmentStages& stages);
/** @brief The `transmission` list of lines between regions (sim/load/loader_power.cpp). */
std::vector<Line> read_transmission(const KeyedNode& list, const NameIndex& regions);
/** @brief The `lanes` list; one lane per supplier and region at most. */
std::vector<Lane> read_lanes(const KeyedNode& list, const NameIndex& suppliers, const NameIndex& regions);
/** @brief The `sites` list with their phases; `after` references resolved and free of cycles. */
std::vector<Site> read_sites(const KeyedNode& list, const NameIndex& regions, const NameIndex& accelerators,
                             const EquipmentStages& stages);

} // namespace gwsim

#endif
