#include "analysis/curves.hpp"

#include "analysis/format.hpp"
#include "sim/model/event.hpp"

#include <algorithm>

namespace gwsim {

PiecewiseLinear::PiecewiseLinear(const std::vector<Ramp>& ramps)
{
  struct Change {
    double day;
    double step;
    double slope;
  };
  std::vector<Change> changes;
  for (const Ramp& r : ramps) {
    if (r.to <= r.from) {
      changes.push_back({r.from, r.amount, 0});
    } else {
      const double slope = r.amount / (r.to - r.from);
      changes.push_back({r.from, 0, slope});
      changes.push_back({r.to, 0, -slope});
    }
  }
  std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.day < b.day; });
  double value = 0;
  double slope = 0;
  for (const Change& c : changes) {
    if (knots_.empty() || c.day != knots_.back().day) {
      if (!knots_.empty()) value += slope * (c.day - knots_.back().day);
      knots_.push_back({c.day, value, slope, 0});
    }
    value += c.step;
    knots_.back().step += c.step;
    slope += c.slope;
    knots_.back().value = value;
    knots_.back().slope = slope;
  }
}

double PiecewiseLinear::at(double day) const
{
  const auto& k = knots_;
  auto it       = std::upper_bound(k.begin(), k.end(), day, [](double d, const Knot& knot) { return d < knot.day; });
  double steps_of_instant = 0;
  for (auto next = it; next != k.end() && next->day <= day + kInstantDays; ++next)
    steps_of_instant += next->step;
  if (it == k.begin()) return steps_of_instant;
  --it;
  return it->value + it->slope * (day - it->day) + steps_of_instant;
}

std::optional<double> PiecewiseLinear::first_reaching(double level) const
{
  const auto& k = knots_;
  for (std::size_t i = 0; i < k.size(); ++i) {
    if (reaches(k[i].value, level)) return k[i].day;
    if (i + 1 < k.size() && k[i].slope > 0) {
      const double next = k[i].value + k[i].slope * (k[i + 1].day - k[i].day);
      if (reaches(next, level)) return std::min(k[i + 1].day, k[i].day + (level - k[i].value) / k[i].slope);
    }
  }
  return std::nullopt;
}

} // namespace gwsim
