/* supply.csv and the stage that binds the supply at each report step (SCENARIO-FORMAT.md, "Supply chain"), from the
 * chain as planned day by day (sim/engine/supply/chain_plan.hpp). */
#ifndef GWSIM_ANALYSIS_SUPPLY_TABLE_HPP
#define GWSIM_ANALYSIS_SUPPLY_TABLE_HPP

#include "sim/engine/supply/chain_plan.hpp"
#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

#include <string>
#include <vector>

namespace gwsim {

/** @brief The chain node (stage index, or stage count + supplier index) that binds the accelerators made over days
 * [from, to), or -1 when nothing could be made. Each supplier's day counts for the node its output was bound by,
 * following short inputs upstream to a node at its own capacity (ChainPlan::root_limit), weighted by what the
 * supplier could have made that day at its rate; the heaviest node binds (ties: the first in node order). */
int supply_binding_node(const Scenario& scenario, const ChainPlan& chain, std::size_t from, std::size_t to);

/** @brief The name of the binding node of each report step that starts at `dates[k]` (empty: nothing made). */
std::vector<std::string> supply_binding(const Scenario& scenario, const ChainPlan& chain,
                                        const std::vector<Date>& dates);

/** @brief supply.csv: one row per report date and node (stages in declaration order, then suppliers). An equipment
 * stage's inventory is less what grid grants and onsite generation drew on it before the date (`equipment_drawn`). */
std::string supply_csv(const Scenario& scenario, const SupplyPlan& supply, const EventRecord& events);

} // namespace gwsim

#endif
