/* What held a phase back: the counterfactual rule of docs/model.md ("What held a phase back"), as a pure function
 * of a phase's timings so that it can be checked by hand. */
#ifndef GWSIM_ANALYSIS_BINDING_HPP
#define GWSIM_ANALYSIS_BINDING_HPP

#include <array>
#include <limits>

namespace gwsim {

/** @brief The constraints a phase can be bound by, in the declared order that breaks the last ties. `funding` binds
 * only in scenarios with funds (docs/model.md, "Money"). */
enum class Constraint { construction, power, accelerators, install, funding };

/** @brief The constraints of every scenario in declared order (funding, when funds gate, comes after them). */
inline constexpr std::array<Constraint, 4> kConstraints{Constraint::construction, Constraint::power,
                                                        Constraint::accelerators, Constraint::install};

/** @brief The name of a constraint as phases.csv and summary.json write it. */
const char* constraint_name(Constraint c);

/** @brief A started phase's timings in days; infinity (kNever) for what never happened within the horizon. */
struct PhaseTimings {
  double build_start     = 0; // T_s
  double build_end       = 0; // T_c
  double power_granted   = 0; // T_p
  double accelerators_in = 0; // T_a: arrival of the last accelerator of the whole order
  double install_days    = 0; // I: units ÷ install rate, 0 when install is unlimited
  double funding_days    = 0; // F: how long the phase, ready otherwise, waited for its budget (0 without funds)
};

/** @brief Infinity: a time that never came. */
inline constexpr double kNever = std::numeric_limits<double>::infinity();

/** @brief wait_power_days = max(0, T_p − T_c); kNever when power was never granted. */
double wait_power_days(const PhaseTimings& t);
/** @brief wait_accelerators_days = max(0, T_a − max(T_c, T_p)); kNever when the order never all arrived. */
double wait_accelerators_days(const PhaseTimings& t);

/** @brief The estimated completion of the phase with constraint `removed` made instantaneous or unlimited. */
double completion_without(const PhaseTimings& t, Constraint removed);

/** @brief How long the phase waited on `c` by itself (build days, power wait, accelerator wait, install days). */
double own_wait(const PhaseTimings& t, Constraint c);

/** @brief The binding constraint: earliest completion without it; ties to the larger own wait, then declared order.
 * Funding (removed: the phase starts F days earlier, everything after shifting with it) is a candidate only when F > 0.
 */
Constraint binding_constraint(const PhaseTimings& t);

} // namespace gwsim

#endif
