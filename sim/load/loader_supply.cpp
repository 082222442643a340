/* The supply chain a scenario may describe (SCENARIO-FORMAT.md, "Supply chain"): stages with their inputs, the
 * accelerators' bills of materials, and the outages of stages, suppliers and lanes. */
#include "sim/load/dependency_graph.hpp"
#include "sim/load/scenario_reader.hpp"

#include <cstdio>

namespace gwsim {
namespace {

/** @brief `30%` for 0.3, as messages show shares. */
std::string format_percent(double fraction)
{
  char text[32];
  std::snprintf(text, sizeof text, "%g%%", fraction * 100);
  return text;
}

/** @brief Checks that the outages in force at any instant lose 100% at most, naming the outage that tips it over. */
void check_outage_overlap(const std::vector<Outage>& outages, const std::vector<KeyedNode>& items)
{
  // The sum in force is highest at some outage's start: check each start against every outage covering it.
  for (std::size_t i = 0; i < outages.size(); ++i) {
    double lost = 0;
    std::vector<std::string> covering;
    for (std::size_t j = 0; j < outages.size(); ++j)
      if (!(outages[i].from < outages[j].from) && outages[i].from < outages[j].to) {
        lost += outages[j].lost.fraction;
        covering.push_back(outages[j].from.iso() + ".." + outages[j].to.iso());
      }
    if (lost > 1 + 1e-9)
      items[i].fail("overlapping outages lose more than 100% on " + outages[i].from.iso() + ": " +
                    join_names(covering) + " add to " + format_percent(lost));
  }
}

} // namespace

Parsed<double> above_zero_number(const std::string& text)
{
  auto parsed = parse_number(text);
  if (parsed && *parsed.value <= 0) return Parsed<double>::fail("a number above zero", quoted(text));
  return parsed;
}

std::vector<Outage> read_outages(const KeyedNode& list)
{
  std::vector<Outage> outages;
  const std::vector<KeyedNode> items = list.items("a list of outages such as [{from: 2025-02-01, to: 2025-02-15, "
                                                  "lost: 100%}]",
                                                  false);
  for (const KeyedNode& item : items) {
    item.check_keys({"from", "to", "lost"});
    Outage outage;
    outage.from        = item.require("from", "a date such as \"2025-02-01\"").parse(parse_date);
    const KeyedNode to = item.require("to", "a date such as \"2025-02-15\"");
    outage.to          = to.parse(parse_date);
    if (!(outage.from < outage.to))
      to.fail("expected a date after the outage's start " + outage.from.iso() + ", found " + quoted(to.scalar("")));
    outage.lost = item.require("lost", "a share such as \"30%\"").value(above_zero(parse_share, &Share::fraction));
    outages.push_back(outage);
  }
  check_outage_overlap(outages, items);
  return outages;
}

std::vector<Stage> read_stages(const KeyedNode& list, NameIndex& names)
{
  const std::vector<KeyedNode> items = list.items("a list of stages", true);
  // Names first: a stage's inputs may name stages declared after it.
  for (const KeyedNode& item : items) {
    item.check_keys({"name", "unit", "capacity", "cycle", "yield", "inventory", "inputs", "outages"});
    names.declare(item.require("name", "a name"));
  }
  std::vector<Stage> stages;
  std::vector<std::vector<std::size_t>> inputs;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const KeyedNode& item = items[i];
    Stage stage;
    stage.name     = names.names()[i];
    stage.unit     = item.require("unit", "a word for the stage's outputs, such as wafer").name();
    stage.capacity = item.require("capacity", "a rate such as \"12k/month\" or a schedule of them")
                         .schedule(parse_rate, KeyedNode::Values::uncertain);
    if (auto cycle = item.find("cycle")) stage.cycle = cycle->value(parse_duration);
    if (auto yield = item.find("yield")) stage.yield = yield->value(above_zero(parse_share, &Share::fraction));
    if (auto inventory = item.find("inventory")) stage.inventory = inventory->value(parse_count);
    if (auto in = item.find("inputs")) stage.inputs = read_needs(*in, names);
    if (auto outages = item.find("outages")) stage.outages = read_outages(*outages);
    inputs.emplace_back();
    for (const StageNeed& need : stage.inputs) {
      if (need.stage == i) item.find("inputs")->fail("a stage cannot be its own input, found " + quoted(stage.name));
      inputs.back().push_back(need.stage);
    }
    stages.push_back(stage);
  }
  const std::vector<std::size_t> cycle = find_dependency_cycle(inputs);
  if (!cycle.empty()) {
    std::string text;
    for (std::size_t index : cycle)
      text += (text.empty() ? "" : " -> ") + stages[index].name;
    items[cycle.front()].find("inputs")->fail("supply chain cycle: " + text + " (each stage takes the next as input)");
  }
  return stages;
}

std::vector<StageNeed> read_needs(const KeyedNode& map, const NameIndex& stages)
{
  std::vector<StageNeed> needs;
  for (const auto& [key, value] : map.entries("a map from stage name to units, such as {cowos: 0.0625, hbm: 8}")) {
    StageNeed need;
    need.stage = stages.resolve(key);
    need.units = value.value(above_zero_number);
    needs.push_back(need);
  }
  return needs;
}

} // namespace gwsim
