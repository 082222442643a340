#include "analysis/summary.hpp"

#include "analysis/format.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace gwsim {
namespace {

// GW in the text a person reads: three decimals are megawatts.
constexpr int kTextGwDecimals = 3;

std::string step_text(const ReportStep& step)
{
  static const char* const units[] = {"day", "week", "month", "year"};
  std::string text                 = std::to_string(step.count) + " " + units[static_cast<int>(step.unit)];
  return step.count == 1 ? text : text + "s";
}

// `1 GW` rather than `1.000000 GW`: levels are whole numbers.
std::string level_text(double gw)
{
  return whole(gw) + " GW";
}

} // namespace

Summary summarize(const Scenario& scenario, const std::vector<PhaseFacts>& phases, const Buildout& buildout,
                  const std::vector<TimelineRow>& rows)
{
  const double horizon = scenario.horizon_days();
  Summary s;
  s.at_end = buildout.at(horizon);
  for (double gw : kMilestoneGw) {
    const auto day = buildout.online_gw().first_reaching(gw);
    if (day && *day <= horizon) s.reached.push_back({gw, *day});
  }
  for (const TimelineRow& r : rows) {
    // Met as the outputs show it: a shortfall that prints as zero is no shortfall.
    if (r.demand > 0 && reaches(r.state.online_in(scenario.demand.unit), r.demand)) {
      s.demand_first_met = r.date;
      break;
    }
  }
  for (const TimelineRow& r : rows)
    s.peak_funding_gap_usd = std::max(s.peak_funding_gap_usd, r.state.capex_usd - r.state.funds_received_usd);
  s.phases = phases.size();
  for (const PhaseFacts& f : phases) {
    if (f.complete <= horizon) ++s.complete;
    if (f.binding) {
      ++s.started;
      ++s.bound[static_cast<std::size_t>(*f.binding)];
    }
  }
  return s;
}

std::string summary_json(const Scenario& scenario, const Summary& summary, double wall_seconds)
{
  nlohmann::ordered_json j;
  j["scenario"]            = scenario.name;
  j["description"]         = scenario.description;
  j["seed"]                = scenario.seed;
  j["start"]               = scenario.start.iso();
  j["end"]                 = scenario.end.iso();
  j["step"]                = step_text(scenario.step);
  j["online_gw"]           = rounded(summary.at_end.online_gw, kGwDecimals);
  j["online_accelerators"] = std::llround(summary.at_end.online_accelerators);

  nlohmann::ordered_json milestones = nlohmann::ordered_json::object();
  for (const Milestone& m : summary.reached)
    milestones[whole(m.gw) + "_gw"] = date_of_day(scenario.start, m.day);
  j["milestones"] = milestones;
  j["demand_first_met"] =
      summary.demand_first_met ? nlohmann::ordered_json(summary.demand_first_met->iso()) : nlohmann::ordered_json();

  j["phases"] = {{"count", summary.phases}, {"started", summary.started}, {"complete", summary.complete}};
  nlohmann::ordered_json binding = nlohmann::ordered_json::object();
  for (Constraint c : kConstraints) {
    const std::size_t n         = summary.bound[static_cast<std::size_t>(c)];
    binding[constraint_name(c)] = summary.started ? static_cast<double>(n) / static_cast<double>(summary.started) : 0.0;
  }
  const bool gated = !scenario.finance.funds.empty();
  if (gated) {
    const std::size_t n = summary.bound[static_cast<std::size_t>(Constraint::funding)];
    binding[constraint_name(Constraint::funding)] =
        summary.started ? static_cast<double>(n) / static_cast<double>(summary.started) : 0.0;
  }
  j["binding"]                     = binding;
  j["capex_usd"]                   = std::llround(summary.at_end.capex_usd);
  j["accelerators_waiting_at_end"] = std::llround(summary.at_end.waiting_accelerators());
  if (gated) {
    // Money (docs/model.md, "Money"): added keys, only for scenarios with funds.
    j["capex_per_gw_online_usd"] =
        summary.at_end.online_gw > 0
            ? nlohmann::ordered_json(std::llround(summary.at_end.capex_usd / summary.at_end.online_gw))
            : nlohmann::ordered_json();
    j["funds_received_usd"]                  = std::llround(summary.at_end.funds_received_usd);
    j["peak_funding_gap_usd"]                = std::llround(summary.peak_funding_gap_usd);
    nlohmann::ordered_json circularity       = nlohmann::ordered_json::object();
    const std::vector<std::string> investors = circular_investors(scenario);
    for (std::size_t i = 0; i < investors.size(); ++i)
      circularity[investors[i]] = rounded(summary.at_end.circularity[i], kRatioDecimals);
    j["circularity"] = circularity;
  }
  j["wall_seconds"] = wall_seconds;
  return j.dump(2) + "\n";
}

std::string summary_text(const Scenario& scenario, const Summary& summary)
{
  const std::string end = scenario.end.iso();
  std::string text      = scenario.name + ": " + scenario.start.iso() + " to " + end + "\n";

  text += "milestones:";
  const char* separator = " ";
  for (double gw : {1.0, 5.0, 10.0}) {
    auto m =
        std::find_if(summary.reached.begin(), summary.reached.end(), [gw](const Milestone& r) { return r.gw == gw; });
    text += separator + level_text(gw) + " " +
            (m != summary.reached.end() ? date_of_day(scenario.start, m->day) : "not reached by " + end);
    separator = ", ";
  }
  text += "\n";

  text += "online at end: " + fixed(summary.at_end.online_gw, kTextGwDecimals) + " GW, " +
          whole(summary.at_end.online_accelerators) + " accelerators\n";

  // Most frequent first; equal counts in declared order (stable sort).
  std::vector<Constraint> order(kConstraints.begin(), kConstraints.end());
  if (!scenario.finance.funds.empty()) order.push_back(Constraint::funding);
  std::stable_sort(order.begin(), order.end(), [&](Constraint a, Constraint b) {
    return summary.bound[static_cast<std::size_t>(a)] > summary.bound[static_cast<std::size_t>(b)];
  });
  text += "binding:";
  separator = " ";
  for (Constraint c : order) {
    text +=
        separator + std::string(constraint_name(c)) + " " + std::to_string(summary.bound[static_cast<std::size_t>(c)]);
    separator = ", ";
  }
  text +=
      " (of " + std::to_string(summary.started) + " started phases, " + std::to_string(summary.phases) + " in all)\n";

  text +=
      "waiting at end: " + whole(summary.at_end.waiting_accelerators()) + " accelerators delivered but not online\n";
  if (scenario.demand.points.empty())
    text += "demand: none given\n";
  else
    text +=
        "demand first met: " + (summary.demand_first_met ? summary.demand_first_met->iso() : "not by " + end) + "\n";
  return text;
}

} // namespace gwsim
