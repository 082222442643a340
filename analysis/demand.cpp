#include "analysis/demand.hpp"

namespace gwsim {

double demand_at(const Scenario& scenario, double day)
{
  const Demand& d = scenario.demand;
  double value    = 0;
  for (std::size_t i = 0; i < d.points.size(); ++i) {
    const double at = static_cast<double>(d.points[i].from - scenario.start);
    if (day < at) {
      if (i == 0 || d.interpolation == Demand::Interpolation::step) return value;
      const double prev = static_cast<double>(d.points[i - 1].from - scenario.start);
      return value + (d.points[i].value - value) * (day - prev) / (at - prev);
    }
    value = d.points[i].value;
  }
  return value;
}

const char* demand_unit_suffix(Demand::Unit unit)
{
  switch (unit) {
  case Demand::Unit::gw:
    return "gw";
  case Demand::Unit::accelerators:
    return "accelerators";
  case Demand::Unit::pflops:
    return "pflops";
  }
  return "gw";
}

} // namespace gwsim
