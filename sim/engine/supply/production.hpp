/* Production as SimGrid executions: each lot is an execution of `made` accelerators on its supplier's host, whose
 * speed profile is the rate schedule. When SimGrid ends a lot's execution it starts the next lot's, from a completion
 * callback in its kernel, so producing lots costs the suppliers' actors no SimGrid call (each call is a context
 * switch: three per execution started by an actor). The first lot, and the first after each pause in production (a
 * rate of zero), start on a kernel timer on the day production resumes. */
#ifndef GWSIM_SIM_PRODUCTION_HPP
#define GWSIM_SIM_PRODUCTION_HPP

#include "sim/engine/supply/chain_plan.hpp"
#include "sim/engine/world.hpp"

#include <cstddef>

namespace gwsim {

/** @brief While it lives, each lot's end starts the next. Its construction plans every supplier's lots, starts those
 * that begin on day 0 and sets a timer for each that resumes production later: build it before the run, from
 * SimGrid's maestro, and let it go before the World. */
class Production {
 public:
  /** @brief Each supplier makes its lots at its output rate in `supply`. */
  Production(World& world, const SupplyPlan& supply);
  /** @brief The same, with the supply worked out here (plan_supply). */
  explicit Production(World& world) : Production(world, plan_supply(world.scenario)) {}
  ~Production();
  Production(const Production&)            = delete;
  Production& operator=(const Production&) = delete;
};

/** @brief Starts lot `k` of `supplier` (from SimGrid's kernel: the callback, a timer, or before the run). */
void start_lot(World& world, std::size_t supplier, std::size_t k);

/** @brief Cancels the execution of `supplier` that still runs, if any (at the horizon, from the supplier's actor). */
void stop_production(World& world, std::size_t supplier);

} // namespace gwsim

#endif
