/* Sites and their phases, and the `after` dependencies between phases (resolved once every phase is known, since a
 * phase may wait for one declared further down). */
#include "sim/load/dependency_graph.hpp"
#include "sim/load/scenario_reader.hpp"

#include <map>

namespace gwsim {
namespace {

/** @brief A phase's `after` list as written, kept until every phase is declared. */
struct PendingAfter {
  std::size_t site;
  std::optional<KeyedNode> list;
};

/** @brief A PUE: a number of at least 1. */
Parsed<double> parse_pue(const std::string& text)
{
  auto parsed = parse_number(text);
  if (parsed && *parsed.value < 1)
    return Parsed<double>::fail("a PUE of at least 1 (facility power ÷ IT power)", quoted(text));
  return parsed;
}

Phase read_phase(const KeyedNode& item, const NameIndex& accelerators)
{
  item.check_keys({"name", "it_power", "pue", "start", "build", "install", "after", "accelerator"});
  Phase p;
  p.name     = item.require("name", "a name").name();
  p.it_power = item.require("it_power", "a power such as \"600 MW\"").value(above_zero(parse_power, &Power::watts));
  if (auto pue = item.find("pue")) p.pue = pue->value(parse_pue, ValidRange{1.0});
  if (auto start = item.find("start")) p.start = start->parse(parse_date);
  p.build = item.require("build", "a duration such as \"10 months\"").value(parse_duration);
  if (auto install = item.find("install")) p.install = install->value(above_zero(parse_rate, &Rate::per_day));
  if (auto accelerator = item.find("accelerator")) p.accelerator = accelerators.resolve(*accelerator);
  return p;
}

/** @brief Every phase by `site/phase` label, and each site's phases by bare name. */
struct PhaseDirectory {
  std::map<std::string, std::size_t> by_label;
  std::vector<std::map<std::string, std::size_t>> by_site;
  std::vector<std::string> labels;
};

std::size_t resolve_after(const KeyedNode& ref, std::size_t site, const std::string& site_name,
                          const PhaseDirectory& phases)
{
  const std::string text = ref.scalar("a phase name, or site/phase");
  const bool qualified   = text.find('/') != std::string::npos;
  const auto& table      = qualified ? phases.by_label : phases.by_site[site];
  const auto found       = table.find(text);
  if (found != table.end()) return found->second;
  std::vector<std::string> have;
  for (const auto& entry : table)
    have.push_back(entry.first);
  ref.fail(qualified ? "expected SITE/PHASE naming a declared phase (" + join_names(have) + "), found " + quoted(text)
                     : "expected the name of a phase of site " + quoted(site_name) + " (" + join_names(have) +
                           ") or SITE/PHASE, found " + quoted(text));
}

} // namespace

std::vector<Site> read_sites(const KeyedNode& list, const NameIndex& regions, const NameIndex& accelerators,
                             const EquipmentStages& stages)
{
  std::vector<Site> sites;
  NameIndex site_names("site");
  PhaseDirectory directory;
  std::vector<PendingAfter> pending; // by global phase index
  for (const KeyedNode& item : list.items("a list of sites", true)) {
    item.check_keys({"name", "region", "phases", "onsite"});
    Site site;
    site.name   = site_names.names()[site_names.declare(item.require("name", "a name"))];
    site.region = regions.resolve(item.require("region", "a region name"));
    site.onsite = read_onsite(item, stages);
    NameIndex phase_names("phase");
    directory.by_site.emplace_back();
    for (const KeyedNode& phase_item : item.require("phases", "a list of phases").items("a list of phases", true)) {
      Phase phase = read_phase(phase_item, accelerators);
      phase_names.declare(*phase_item.find("name"));
      const std::size_t global                         = pending.size();
      directory.by_site.back()[phase.name]             = global;
      directory.by_label[site.name + "/" + phase.name] = global;
      directory.labels.push_back(site.name + "/" + phase.name);
      pending.push_back({sites.size(), phase_item.find("after")});
      site.phases.push_back(phase);
    }
    sites.push_back(site);
  }

  std::vector<std::vector<std::size_t>> after(pending.size());
  std::size_t global = 0;
  for (Site& site : sites)
    for (Phase& phase : site.phases) {
      const PendingAfter& p = pending[global];
      if (p.list)
        for (const KeyedNode& ref : p.list->items("a list of phases such as [p1] or [site/p1]", false)) {
          const std::size_t index = resolve_after(ref, p.site, site.name, directory);
          if (index == global) ref.fail("a phase cannot be after itself, found " + quoted(ref.scalar("")));
          phase.after.push_back(index);
        }
      after[global++] = phase.after;
    }

  const std::vector<std::size_t> cycle = find_dependency_cycle(after);
  if (!cycle.empty()) {
    std::string text;
    for (std::size_t index : cycle)
      text += (text.empty() ? "" : " -> ") + directory.labels[index];
    pending[cycle.front()].list->fail("dependency cycle: " + text + " (each phase is after the next)");
  }
  return sites;
}

} // namespace gwsim
