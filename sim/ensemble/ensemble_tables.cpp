#include "sim/ensemble/ensemble_tables.hpp"

#include "analysis/binding.hpp"
#include "analysis/format.hpp"
#include "analysis/summary.hpp"

#include <algorithm>
#include <functional>

namespace gwsim {
namespace {

constexpr int kPercentiles[] = {10, 50, 90};

/** @brief The share `part / whole` as a CSV number. */
std::string share(std::size_t part, std::size_t whole)
{
  return fixed(whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole), 6);
}

} // namespace

double nearest_rank(const std::vector<double>& sorted, int percent)
{
  if (sorted.empty()) return kNever;
  const std::size_t n    = sorted.size();
  const std::size_t rank = std::max<std::size_t>(1, (static_cast<std::size_t>(percent) * n + 99) / 100);
  return sorted[rank - 1];
}

std::string milestones_csv(const std::vector<ReplicaResult>& replicas, Date start)
{
  std::string out = "gw,runs,reached,probability,p10,p50,p90\n";
  for (double gw : kMilestoneGw) {
    std::vector<double> days; // one per replica, kNever when not reached
    for (const ReplicaResult& r : replicas) {
      const auto found = std::find_if(r.milestones.begin(), r.milestones.end(),
                                      [gw](const MilestoneReached& m) { return m.gw == gw; });
      days.push_back(found == r.milestones.end() ? kNever : found->day);
    }
    const auto reached =
        static_cast<std::size_t>(std::count_if(days.begin(), days.end(), [](double d) { return d != kNever; }));
    if (reached == 0) continue;
    std::sort(days.begin(), days.end());
    std::vector<std::string> row{fixed(gw, 0), std::to_string(replicas.size()), std::to_string(reached),
                                 share(reached, replicas.size())};
    for (int p : kPercentiles)
      row.push_back(date_of_day(start, nearest_rank(days, p)));
    out += csv_line(row);
  }
  return out;
}

std::string bands_csv(const std::vector<ReplicaResult>& replicas, const std::string& shortfall_metric, bool priced)
{
  struct Metric {
    std::string name;
    std::function<double(const TimelineSample&)> value;
    int decimals;
  };
  std::vector<Metric> metrics{
      {"online_gw", [](const TimelineSample& t) { return t.online_gw; }, kGwDecimals},
      {shortfall_metric, [](const TimelineSample& t) { return t.shortfall; }, kGwDecimals},
      {"waiting_accelerators", [](const TimelineSample& t) { return t.waiting_accelerators; }, 1},
      {"capex_usd", [](const TimelineSample& t) { return t.capex_usd; }, 0},
  };
  if (priced) metrics.push_back({"waiting_usd", [](const TimelineSample& t) { return t.waiting_usd; }, 0});
  std::string out = "date,metric,mean,p10,p50,p90\n";
  if (replicas.empty()) return out;
  const std::vector<TimelineSample>& dates = replicas.front().timeline;
  for (std::size_t row = 0; row < dates.size(); ++row)
    for (const Metric& metric : metrics) {
      std::vector<double> values;
      double sum = 0; // in replica order: the same sum whatever order the replicas completed in
      for (const ReplicaResult& r : replicas) {
        values.push_back(metric.value(r.timeline.at(row)));
        sum += values.back();
      }
      std::sort(values.begin(), values.end());
      std::vector<std::string> line{dates[row].date, metric.name,
                                    fixed(sum / static_cast<double>(values.size()), metric.decimals)};
      for (int p : kPercentiles)
        line.push_back(fixed(nearest_rank(values, p), metric.decimals));
      out += csv_line(line);
    }
  return out;
}

std::string binding_csv(const std::vector<ReplicaResult>& replicas)
{
  // Every constraint of every scenario, funding (which binds only where funds gate), then phases that never started.
  std::vector<std::string> causes;
  for (Constraint c : kConstraints)
    causes.push_back(constraint_name(c));
  causes.push_back(constraint_name(Constraint::funding));
  std::vector<std::string> header{"site", "phase"};
  header.insert(header.end(), causes.begin(), causes.end());
  header.push_back("not_started");
  std::string out = csv_line(header);
  causes.push_back(""); // never started: no binding
  if (replicas.empty()) return out;
  for (std::size_t i = 0; i < replicas.front().phases.size(); ++i) {
    const PhaseOutcome& phase = replicas.front().phases[i];
    std::vector<std::string> line{phase.site, phase.phase};
    for (const std::string& cause : causes) {
      const auto bound = static_cast<std::size_t>(std::count_if(
          replicas.begin(), replicas.end(), [&](const ReplicaResult& r) { return r.phases.at(i).binding == cause; }));
      line.push_back(share(bound, replicas.size()));
    }
    out += csv_line(line);
  }
  return out;
}

} // namespace gwsim
