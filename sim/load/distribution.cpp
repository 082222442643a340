#include "sim/load/distribution.hpp"

#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>

#include <algorithm>
#include <cmath>

namespace gwsim {
namespace {

/** @brief The standard normal's 90th percentile: a lognormal's p90 = median × exp(kZ90 × sigma). */
const double kZ90 = boost::math::quantile(boost::math::normal_distribution<double>(), 0.9);

/** @brief F⁻¹(F(lowest) + u × (F(highest) − F(lowest))): the quantile of `d` truncated to `range`. */
template <class D>
double truncated_quantile(const D& d, const ValidRange& range, double u)
{
  const auto [support_low, support_high] = boost::math::support(d);
  const double low                       = range.lowest > support_low ? boost::math::cdf(d, range.lowest) : 0.0;
  const double high                      = range.highest < support_high ? boost::math::cdf(d, range.highest) : 1.0;
  const double p                         = low + u * (high - low);
  if (p <= 0) return std::max(range.lowest, support_low);
  if (p >= 1) return std::min(range.highest, support_high);
  return std::clamp(boost::math::quantile(d, p), range.lowest, range.highest);
}

} // namespace

double Distribution::quantile(double u) const
{
  const auto& q = parameters;
  switch (form) {
  case Form::uniform:
    return q[0] + u * (q[1] - q[0]);
  case Form::triangular:
    if (q[0] == q[2]) return q[0];
    return boost::math::quantile(boost::math::triangular_distribution<double>(q[0], q[1], q[2]), u);
  case Form::normal:
    if (q[1] == 0) return std::clamp(q[0], range.lowest, range.highest);
    return truncated_quantile(boost::math::normal_distribution<double>(q[0], q[1]), range, u);
  case Form::lognormal:
    return truncated_quantile(boost::math::lognormal_distribution<double>(std::log(q[0]), std::log(q[1] / q[0]) / kZ90),
                              range, u);
  case Form::discrete: {
    // The smallest value whose cumulative weight reaches u.
    double cumulative = 0;
    for (const auto& [value, weight] : outcomes) {
      cumulative += weight;
      if (u <= cumulative) return value;
    }
    return outcomes.back().first;
  }
  }
  return q[0];
}

const char* form_name(Distribution::Form form)
{
  switch (form) {
  case Distribution::Form::uniform:
    return "uniform";
  case Distribution::Form::triangular:
    return "triangular";
  case Distribution::Form::normal:
    return "normal";
  case Distribution::Form::lognormal:
    return "lognormal";
  case Distribution::Form::discrete:
    return "discrete";
  }
  return "";
}

const std::vector<std::string>& distribution_keys()
{
  static const std::vector<std::string> keys{"uniform", "triangular", "normal", "lognormal", "discrete", "group"};
  return keys;
}

} // namespace gwsim
