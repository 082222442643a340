/* A distribution over one uncertain value of a scenario (SCENARIO-FORMAT.md, "Uncertainty"): its form and
 * parameters in base units (days, watts, dollars, units per day, fractions), truncated to the value's valid range,
 * and its quantile function. Knows nothing of YAML. */
#ifndef GWSIM_SIM_LOAD_DISTRIBUTION_HPP
#define GWSIM_SIM_LOAD_DISTRIBUTION_HPP

#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace gwsim {

/** @brief The range of values a quantity may take; draws are truncated to it. */
struct ValidRange {
  double lowest  = 0;
  double highest = std::numeric_limits<double>::infinity();
};

/** @brief One distribution form with its parameters, in the base unit of the value it stands for. */
struct Distribution {
  enum class Form { uniform, triangular, normal, lognormal, discrete };
  Form form = Form::uniform;
  /** uniform: low, high; triangular: min, mode, max; normal: mean, sd; lognormal: median, p90. */
  std::vector<double> parameters;
  /** discrete: (value, weight) sorted by value, weights summing to 1. */
  std::vector<std::pair<double, double>> outcomes;
  ValidRange range;

  /** @brief The value of quantile `u` in (0, 1) of the distribution truncated to `range`. */
  double quantile(double u) const;
  /** @brief quantile(0.5): what `gwsim run` uses. */
  double median() const { return quantile(0.5); }
};

/** @brief The form's name as written in a scenario (`uniform`, `lognormal`…). */
const char* form_name(Distribution::Form form);

/** @brief The keys a distribution map may hold: the forms and `group`. */
const std::vector<std::string>& distribution_keys();

} // namespace gwsim

#endif
