/* The supply chain day by day, worked out before the run (docs/model.md, "Supply chain"). Stages run at capacity
 * whatever the demand and suppliers make at their rate whatever the orders, so what every stage starts and makes
 * depends on the scenario alone: exact arithmetic over whole days, which SimGrid then plays as executions on each
 * stage's host (sim/engine/supply/stage_production.hpp) and which the lots of each supplier follow. */
#ifndef GWSIM_SIM_CHAIN_PLAN_HPP
#define GWSIM_SIM_CHAIN_PLAN_HPP

#include "sim/model/scenario.hpp"

#include <cstddef>
#include <vector>

namespace gwsim {

/** @brief What limited a node's starts on a day: its own capacity, or the short inventory of one of its inputs. */
inline constexpr int kOwnCapacity = -1;

/** @brief One node of the chain (a stage, or a supplier as the final stage), day by day: index d is day d, [d, d+1). */
struct ChainNodeDays {
  std::vector<double> capacity;  // units it may start on the day: capacity (a supplier's rate) × (1 − outages)
  std::vector<double> started;   // units started on the day (a supplier: accelerators made)
  std::vector<double> output;    // good units that came out on the day (a supplier: accelerators made)
  std::vector<double> consumed;  // units of this stage that its consumers started with on the day (suppliers: 0)
  std::vector<double> inventory; // on hand at the start of day d, before its output and consumption; days + 1 long
  std::vector<int> limit;        // kOwnCapacity, or the index of the stage whose short inventory limited the starts
};

/** @brief The chain over the horizon: stages in declaration order, then suppliers (node S + i is supplier i). */
struct ChainPlan {
  std::size_t days        = 0;
  std::size_t stage_count = 0;
  std::vector<ChainNodeDays> nodes;
  std::vector<std::size_t> order; // stages in the order their inputs allow (Boost.Graph topological sort)

  /** @brief The node of supplier `i`. */
  const ChainNodeDays& supplier(std::size_t i) const { return nodes[stage_count + i]; }
  /** @brief The node whose capacity bounds what node `node` makes on day `d`, following short inputs upstream. */
  std::size_t root_limit(std::size_t node, std::size_t day) const;
};

/** @brief Capacity × (1 − lost) day by day over `days` days: `rate` is the schedule seen from the scenario's start. */
std::vector<double> daily_capacity(const DaySchedule<Rate>& rate, const std::vector<Outage>& outages, Date start,
                                   std::size_t days);

/** @brief Day-by-day values (index d is day d) as a schedule that changes wherever the value does. */
DaySchedule<Rate> daily_schedule(const std::vector<double>& daily);

/** @brief The whole chain of `scenario` (empty when it has no stages). */
ChainPlan plan_chain(const Scenario& scenario);

/** @brief Whether supplier `i` makes something that needs a stage: its output then follows the chain day by day. */
bool draws_on_stages(const Scenario& scenario, std::size_t supplier);

/** @brief Supplier `i`'s output rate over the horizon: its rate less its outages, or, when it draws on stages, what
 * the chain lets it make each day. Without outages or stages, exactly the rate schedule. */
DaySchedule<Rate> supplier_output(const Scenario& scenario, const ChainPlan& chain, std::size_t supplier);

/** @brief What the run's supply side follows: the chain, and each supplier's output rate (supplier_output). */
struct SupplyPlan {
  ChainPlan chain;
  std::vector<DaySchedule<Rate>> output; // by supplier
};

/** @brief The chain and every supplier's output rate. */
SupplyPlan plan_supply(const Scenario& scenario);

} // namespace gwsim

#endif
