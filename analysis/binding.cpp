#include "analysis/binding.hpp"

#include "sim/model/event.hpp"

#include <algorithm>
#include <cmath>

namespace gwsim {
namespace {

// Timings are instants' days, exact up to the rounding of the sums that make them (kInstantDays): two estimates equal
// on paper may differ by that much, and must still tie.
bool same_time(double a, double b)
{
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= kInstantDays;
}

double energized(const PhaseTimings& t)
{
  return std::max(t.build_end, t.power_granted);
}

} // namespace

const char* constraint_name(Constraint c)
{
  switch (c) {
  case Constraint::construction:
    return "construction";
  case Constraint::power:
    return "power";
  case Constraint::accelerators:
    return "accelerators";
  case Constraint::install:
    return "install";
  case Constraint::funding:
    return "funding";
  }
  return "unknown";
}

double wait_power_days(const PhaseTimings& t)
{
  return std::max(0.0, t.power_granted - t.build_end);
}

double wait_accelerators_days(const PhaseTimings& t)
{
  // T_a infinite gives infinity; T_p infinite (never energized) leaves nothing waited on accelerators.
  if (std::isinf(t.accelerators_in)) return kNever;
  return std::max(0.0, t.accelerators_in - energized(t));
}

double completion_without(const PhaseTimings& t, Constraint removed)
{
  const double I = t.install_days;
  switch (removed) {
  case Constraint::construction:
    return std::max(std::max(t.build_start, t.power_granted) + I, t.accelerators_in);
  case Constraint::power:
    return std::max(t.build_end + I, t.accelerators_in);
  case Constraint::accelerators:
    return energized(t) + I;
  case Constraint::install:
    return std::max(energized(t), t.accelerators_in);
  case Constraint::funding:
    return std::max(energized(t) + I, t.accelerators_in) - t.funding_days;
  }
  return kNever;
}

double own_wait(const PhaseTimings& t, Constraint c)
{
  // What each constraint added by itself along the phase's path (docs/model.md, ties): the build, then the wait for
  // power beyond it, then the wait for accelerators beyond energizing, then the install.
  switch (c) {
  case Constraint::construction:
    return t.build_end - t.build_start;
  case Constraint::power:
    return wait_power_days(t);
  case Constraint::accelerators:
    return wait_accelerators_days(t);
  case Constraint::install:
    return t.install_days;
  case Constraint::funding:
    return t.funding_days;
  }
  return 0;
}

Constraint binding_constraint(const PhaseTimings& t)
{
  Constraint best        = kConstraints.front();
  double best_completion = completion_without(t, best);
  double best_wait       = own_wait(t, best);
  const auto consider    = [&](Constraint c) {
    const double completion = completion_without(t, c);
    const double wait       = own_wait(t, c);
    const bool earlier      = completion < best_completion && !same_time(completion, best_completion);
    const bool waited_more  = same_time(completion, best_completion) && wait > best_wait && !same_time(wait, best_wait);
    if (earlier || waited_more) {
      best            = c;
      best_completion = completion;
      best_wait       = wait;
    }
  };
  for (std::size_t i = 1; i < kConstraints.size(); ++i)
    consider(kConstraints[i]);
  if (t.funding_days > 0) consider(Constraint::funding);
  return best;
}

} // namespace gwsim
