/* Cumulative quantities over simulated days: sums of steps and linear ramps. Every column of the timeline is one
 * (installs ramp over their batch, facility capex over the build, deliveries and grants are steps). */
#ifndef GWSIM_ANALYSIS_CURVES_HPP
#define GWSIM_ANALYSIS_CURVES_HPP

#include <optional>
#include <vector>

namespace gwsim {

/** @brief `amount` rising linearly over [from, to], or a step at `from` when to <= from. */
struct Ramp {
  double from   = 0;
  double to     = 0;
  double amount = 0;
};

/** @brief A sum of ramps: piecewise linear in the day, zero before the first ramp, continuous from the right. */
class PiecewiseLinear {
 public:
  /** @brief The sum of `ramps`. */
  explicit PiecewiseLinear(const std::vector<Ramp>& ramps = {});
  /** @brief The value on `day`: ramps as they stand then, and every step at or before it or within the instant that
   * begins then (kInstantDays: days that differ only by rounding). */
  double at(double day) const;
  /** @brief The first day the value reaches `level` (up to format.hpp's reaches()); nullopt if it never does. */
  std::optional<double> first_reaching(double level) const;

 private:
  struct Knot {
    double day;
    double value; // at `day`, steps included
    double slope; // from `day` to the next knot
    double step;  // the sum of the steps at `day`
  };
  std::vector<Knot> knots_;
};

} // namespace gwsim

#endif
