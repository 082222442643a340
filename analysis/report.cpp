#include "analysis/report.hpp"

#include "analysis/atomic_file.hpp"
#include "analysis/buildout.hpp"
#include "analysis/cashflow.hpp"
#include "analysis/events_csv.hpp"
#include "analysis/phase_table.hpp"
#include "analysis/power_csv.hpp"
#include "analysis/products.hpp"
#include "analysis/summary.hpp"
#include "analysis/supply_table.hpp"
#include "analysis/timeline.hpp"

#include <filesystem>
#include <stdexcept>
#include <system_error>
#include <utility>
#include <vector>

namespace gwsim {

Analysis analyze(const Scenario& scenario, const EventRecord& events)
{
  const ProductCatalog products(scenario);
  Analysis a;
  a.phases = phase_facts(scenario, events, products);
  const Buildout buildout(scenario, events, products, a.phases);
  a.rows   = timeline(scenario, buildout);
  a.energy = buildout.energy();
  if (!scenario.stages.empty()) {
    a.supply                               = plan_supply(scenario);
    const std::vector<std::string> binding = supply_binding(scenario, a.supply.chain, report_dates(scenario));
    for (std::size_t k = 0; k < a.rows.size(); ++k)
      a.rows[k].supply_binding = binding[k];
  }
  a.summary = summarize(scenario, a.phases, buildout, a.rows);
  return a;
}

void write_outputs(const std::string& dir, const Scenario& scenario, const EventRecord& events, double wall_seconds)
{
  // All four contents first: a failure while computing them writes nothing.
  const Analysis a = analyze(scenario, events);
  std::vector<std::pair<std::string, std::string>> files{
      {"timeline.csv", timeline_csv(scenario, a.rows)},
      {"phases.csv", phases_csv(scenario, a.phases)},
      {"events.csv", events_csv(scenario.start, events)},
      {"summary.json", summary_json(scenario, a.summary, wall_seconds)},
  };
  if (!scenario.finance.funds.empty())
    files.emplace_back("cashflow.csv", cashflow_csv(scenario, events, a.phases, a.energy));
  if (!scenario.stages.empty()) files.emplace_back("supply.csv", supply_csv(scenario, a.supply, events));
  if (uses_power_extensions(scenario)) files.emplace_back("power.csv", power_csv(scenario, events));

  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw std::runtime_error("cannot create output folder " + dir + ": " + ec.message());
  for (const auto& [name, content] : files)
    write_file_atomically((std::filesystem::path(dir) / name).string(), content);
}

std::string human_summary(const Scenario& scenario, const EventRecord& events)
{
  return summary_text(scenario, analyze(scenario, events).summary);
}

} // namespace gwsim
