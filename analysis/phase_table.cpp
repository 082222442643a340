#include "analysis/phase_table.hpp"

#include "analysis/format.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace gwsim {
namespace {

// The events whose first occurrence is a date of the phase table.
const std::pair<EventKind, double PhaseFacts::*> kFirstTimes[] = {
    {EventKind::build_start, &PhaseFacts::build_start},
    {EventKind::build_end, &PhaseFacts::build_end},
    {EventKind::power_requested, &PhaseFacts::power_requested},
    {EventKind::power_granted, &PhaseFacts::power_granted},
    {EventKind::energized, &PhaseFacts::energized},
    {EventKind::install_start, &PhaseFacts::first_online},
    {EventKind::complete, &PhaseFacts::complete},
    {EventKind::study_start, &PhaseFacts::study_start},
    {EventKind::power_withdrawn, &PhaseFacts::power_withdrawn},
    {EventKind::onsite_energized, &PhaseFacts::onsite_energized},
};

// T_s, T_c, T_p, T_a and I of a started phase, per docs/model.md.
PhaseTimings timings_of(const PhaseFacts& f, const Phase& phase)
{
  PhaseTimings t;
  t.build_start     = f.build_start;
  t.build_end       = f.build_end;
  t.power_granted   = std::min(f.power_granted, f.onsite_energized); // power came: from the grid, or onsite
  t.accelerators_in = reaches(f.delivered.it_w, f.it_w) ? f.last_delivery : kNever;
  t.install_days    = phase.install && phase.install->per_day > 0 ? f.delivered.units / phase.install->per_day : 0.0;
  return t;
}

/** @brief When a phase was ready but for its budget: its start date and the completion of its `after` phases. */
double ready_day(const Scenario& scenario, const std::vector<PhaseFacts>& facts, const Phase& phase)
{
  double ready = phase.start ? std::max(0.0, static_cast<double>(*phase.start - scenario.start)) : 0.0;
  for (std::size_t before : phase.after)
    ready = std::max(ready, facts[before].complete);
  return ready;
}

} // namespace

std::string PhaseFacts::power_source() const
{
  if (std::isinf(energized)) return "";
  const bool grid = !std::isinf(power_granted);
  if (std::isinf(onsite_energized)) return grid ? "grid" : "";
  return grid ? "grid+onsite" : "onsite";
}

std::vector<PhaseFacts> phase_facts(const Scenario& scenario, const EventRecord& events, const ProductCatalog& products)
{
  std::vector<PhaseFacts> facts;
  std::map<std::string, std::size_t> index;
  for (const PhaseRef& ref : phase_refs(scenario)) {
    PhaseFacts f;
    f.ref   = ref;
    f.label = phase_label(scenario, ref);
    f.it_w  = scenario.sites[ref.site].phases[ref.phase].it_power.watts;
    index.emplace(f.label, facts.size());
    facts.push_back(f);
  }

  for (const Event& e : events) {
    auto it = index.find(e.actor);
    if (it == index.end()) continue; // suppliers and lanes
    PhaseFacts& f = facts[it->second];
    if (e.kind == EventKind::delivered) {
      f.delivered += products.fleet(e.subject, e.quantity);
      f.last_delivery = std::isinf(f.last_delivery) ? e.day : std::max(f.last_delivery, e.day);
    } else if (e.kind == EventKind::installed) {
      f.installed += products.fleet(e.subject, e.quantity);
    } else {
      for (const auto& [kind, slot] : kFirstTimes)
        if (e.kind == kind) f.*slot = std::min(f.*slot, e.day);
    }
  }

  const bool gated = !scenario.finance.funds.empty();
  for (PhaseFacts& f : facts) {
    // Without a study cap, a request's study starts with it (no study_start event).
    if (std::isinf(f.study_start) && !scenario.regions[scenario.sites[f.ref.site].region].queue.studies)
      f.study_start = f.power_requested;
    if (std::isinf(f.build_start)) continue;
    const Phase& phase = scenario.sites[f.ref.site].phases[f.ref.phase];
    if (std::isinf(f.build_end)) // the build runs past the horizon: its end is still known
      f.build_end = f.build_start + phase.build.days;
    f.timings = timings_of(f, phase);
    if (gated) f.timings->funding_days = std::max(0.0, f.build_start - ready_day(scenario, facts, phase));
    f.binding = binding_constraint(*f.timings);
  }
  return facts;
}

std::string phases_csv(const Scenario& scenario, const std::vector<PhaseFacts>& phases)
{
  std::string csv = "site,phase,it_gw,build_start,build_end,power_requested,power_granted,energized,first_online,"
                    "complete,accelerators,wait_power_days,wait_accelerators_days,binding";
  // With funds, a column is added (the contract is extended, never changed).
  const bool gated = !scenario.finance.funds.empty();
  if (gated) csv += ",wait_funding_days";
  const bool power = uses_power_extensions(scenario);
  if (power) csv += ",study_start,power_withdrawn,power_source";
  csv += '\n';
  const Date start = scenario.start;
  for (const PhaseFacts& f : phases) {
    const double horizon = scenario.horizon_days();
    // build_end may be inferred past the horizon; the table shows only what happened before it (what happens at the
    // horizon itself is not recorded: a build that ends then has an empty build_end, like its energized).
    const double built = f.build_end < horizon - kClockToleranceDays ? f.build_end : kNever;
    std::vector<std::string> fields{
        scenario.sites[f.ref.site].name,
        scenario.sites[f.ref.site].phases[f.ref.phase].name,
        fixed(f.it_w / 1e9, kGwDecimals),
        date_of_day(start, f.build_start),
        date_of_day(start, built),
        date_of_day(start, f.power_requested),
        date_of_day(start, f.power_granted),
        date_of_day(start, f.energized),
        date_of_day(start, f.first_online),
        date_of_day(start, f.complete),
        whole(f.installed.units),
        f.timings ? fixed(wait_power_days(*f.timings), kDaysDecimals) : "",
        f.timings ? fixed(wait_accelerators_days(*f.timings), kDaysDecimals) : "",
        f.binding ? constraint_name(*f.binding) : "",
    };
    if (gated) fields.push_back(f.timings ? fixed(f.timings->funding_days, kDaysDecimals) : "");
    if (power) {
      fields.push_back(date_of_day(start, f.study_start));
      fields.push_back(date_of_day(start, f.power_withdrawn));
      fields.push_back(f.power_source());
    }
    csv += csv_line(fields);
  }
  return csv;
}

} // namespace gwsim
