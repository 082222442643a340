/* Scenario text → Scenario: parse the YAML, apply `--set` overrides, then read and check every section. */
#include "sim/load/loader.hpp"

#include "sim/load/overrides.hpp"
#include "sim/load/scenario_reader.hpp"
#include "sim/load/yaml_document.hpp"

#include <cmath>
#include <regex>
#include <sstream>

namespace gwsim {
namespace {

std::string located_message(const std::string& file, int line, int column, const std::string& key_path,
                            const std::string& message)
{
  // Line 0 means the value came from an override: `file` is then `--set KEY=VALUE` and there is no position.
  std::string text = file;
  if (line > 0) text += ":" + std::to_string(line) + ":" + std::to_string(column);
  text += ": error: ";
  if (!key_path.empty()) text += key_path + ": ";
  return text + message;
}

/** @brief A parser for one of a fixed set of words (`unit: GW`), mapped to their enum values. */
template <class E>
auto one_of(std::vector<std::pair<std::string, E>> choices)
{
  return [choices](const std::string& text) {
    std::vector<std::string> words;
    for (const auto& [word, value] : choices) {
      if (word == text) return Parsed<E>::ok(value);
      words.push_back(word);
    }
    return Parsed<E>::fail("one of " + join_names(words), quoted(text));
  };
}

std::string read_scenario_name(const KeyedNode& node)
{
  // The name becomes the output folder out/<name>/: keep it to characters every file system takes as they are.
  static const std::regex folder_safe(R"([A-Za-z0-9._-]+)");
  const std::string name = node.scalar("a scenario name");
  if (!std::regex_match(name, folder_safe) || name == "." || name == "..")
    node.fail("expected a name usable as a folder name (letters, digits, \"-\", \"_\", \".\"), found " + quoted(name));
  return name;
}

Parsed<std::uint64_t> parse_seed(const std::string& text)
{
  static const std::regex digits(R"(\d{1,19})");
  if (!std::regex_match(text, digits))
    return Parsed<std::uint64_t>::fail("a whole number of zero or more such as \"1\"", quoted(text));
  return Parsed<std::uint64_t>::ok(std::stoull(text));
}

Demand read_demand(const KeyedNode& map)
{
  map.check_keys({"unit", "interpolate", "points"});
  Demand d;
  if (auto unit = map.find("unit"))
    d.unit = unit->parse(one_of<Demand::Unit>(
        {{"GW", Demand::Unit::gw}, {"accelerators", Demand::Unit::accelerators}, {"PFLOPS", Demand::Unit::pflops}}));
  if (auto interpolate = map.find("interpolate"))
    d.interpolation = interpolate->parse(one_of<Demand::Interpolation>(
        {{"linear", Demand::Interpolation::linear}, {"step", Demand::Interpolation::step}}));
  if (auto points = map.find("points"); points && !points->yaml().IsNull()) d.points = points->dated(parse_number);
  return d;
}

/** @brief Dollars as `$12.5B`, for messages. */
std::string billions(double usd)
{
  std::ostringstream text;
  text << '$' << usd / 1e9 << 'B';
  return text.str();
}

/** @brief A fund's draw schedule (date → amount above zero): instead of `at` and `per_gw_online`, adding up to its
 * amount. */
std::vector<ScheduleStep<Money>> read_draws(const KeyedNode& item, const KeyedNode& draws, const Money& amount)
{
  for (const char* other : {"at", "per_gw_online"})
    if (item.find(other))
      draws.fail(std::string("expected either draws or ") + other + ", not both (the draws say when the amount comes)");
  auto steps = draws.dated(above_zero(parse_money, &Money::usd));
  if (steps.empty()) draws.fail_expected("a non-empty map from date to an amount of money");
  double sum = 0;
  for (const auto& step : steps)
    sum += step.value.usd;
  if (std::abs(sum - amount.usd) > 1e-6 * amount.usd)
    draws.fail("expected draws that add up to the amount, " + billions(amount.usd) + ", found " + billions(sum));
  return steps;
}

Fund read_fund(const KeyedNode& item, NameIndex& names)
{
  item.check_keys({"name", "from", "amount", "at", "per_gw_online", "draws", "rate"});
  Fund fund;
  names.declare(item.require("name", "a name"));
  fund.name = names.names().back();
  if (auto from = item.find("from")) fund.from = from->name();
  fund.amount =
      item.require("amount", "an amount of money such as \"$30B\"").value(above_zero(parse_money, &Money::usd));
  if (auto at = item.find("at")) fund.at = at->parse(parse_date);
  if (auto tranche = item.find("per_gw_online"))
    fund.per_gw_online = tranche->value(above_zero(parse_money, &Money::usd));
  if (auto draws = item.find("draws")) fund.draws = read_draws(item, *draws, fund.amount);
  if (auto rate = item.find("rate")) fund.rate = rate->parse(parse_share);
  return fund;
}

Finance read_finance(const KeyedNode& map)
{
  map.check_keys({"facility", "funds"});
  Finance f;
  if (auto facility = map.find("facility")) f.facility = facility->value(parse_money_per_power);
  if (auto funds = map.find("funds")) {
    NameIndex names("fund");
    for (const KeyedNode& item : funds->items("a list of funds", true))
      f.funds.push_back(read_fund(item, names));
  }
  return f;
}

Scenario read_scenario(const KeyedNode& root)
{
  root.check_keys({"scenario", "description", "start", "end", "step", "seed", "stages", "accelerators", "suppliers",
                   "lanes", "regions", "transmission", "sites", "demand", "finance"});
  Scenario s;
  s.name = read_scenario_name(root.require("scenario", "a scenario name"));
  if (auto description = root.find("description")) s.description = description->scalar("a line of text");
  s.start             = root.require("start", "a date such as \"2026-01-01\"").parse(parse_date);
  const KeyedNode end = root.require("end", "a date such as \"2028-12-31\"");
  s.end               = end.parse(parse_date);
  if (!(s.start < s.end))
    end.fail("expected an end after the start (" + s.start.iso() + "), found " + quoted(end.scalar("")));
  if (auto step = root.find("step")) s.step = step->parse(parse_report_step);
  if (auto seed = root.find("seed")) s.seed = seed->parse(parse_seed);

  NameIndex stages("stage");
  NameIndex accelerators("accelerator");
  NameIndex suppliers("supplier");
  NameIndex regions("region");
  if (auto list = root.find("stages")) s.stages = read_stages(*list, stages);
  s.accelerators = read_accelerators(root.require("accelerators", "a list of accelerators"), accelerators, stages);
  s.suppliers    = read_suppliers(root.require("suppliers", "a list of suppliers"), accelerators, suppliers);
  const EquipmentStages equipment = equipment_stages(s.stages, s.accelerators, stages);
  s.regions                       = read_regions(root.require("regions", "a list of regions"), regions, equipment);
  if (auto lanes = root.find("lanes")) s.lanes = read_lanes(*lanes, suppliers, regions);
  if (auto lines = root.find("transmission")) s.transmission = read_transmission(*lines, regions);
  s.sites = read_sites(root.require("sites", "a list of sites"), regions, accelerators, equipment);
  if (auto demand = root.find("demand")) s.demand = read_demand(*demand);
  if (auto finance = root.find("finance")) s.finance = read_finance(*finance);
  return s;
}

} // namespace

ScenarioError::ScenarioError(std::string file, int line, int column, std::string key_path, std::string message)
    : InputError(located_message(file, line, column, key_path, message)), file_(std::move(file)), line_(line),
      column_(column), key_path_(std::move(key_path)), message_(std::move(message))
{
}

ScenarioSource::ScenarioSource(const std::string& text, const std::string& file, const std::vector<Override>& overrides)
    : text_(text), file_(file), root_(parse_yaml(text, file)), origins_(std::make_shared<Origins>(file))
{
  apply_overrides(root_, overrides, *origins_);
  medians_ = read(Draws::medians(), &inputs_);
}

ScenarioSource ScenarioSource::from_file(const std::string& path, const std::vector<Override>& overrides)
{
  return ScenarioSource(read_scenario_text(path), path, overrides);
}

Scenario ScenarioSource::replica(std::uint64_t seed, std::uint64_t index) const
{
  return read(Draws::replica(seed, index), nullptr);
}

Scenario ScenarioSource::read(const Draws& draws, std::vector<UncertainInput>* inputs) const
{
  Uncertainty uncertainty(draws);
  Origins origins = *origins_;
  origins.draw_with(&uncertainty);
  // An empty document has no mark: errors about it point at the first line.
  Scenario s = read_scenario(KeyedNode(root_, "", origins, YAML::Mark()));
  s.file     = file_;
  if (inputs) *inputs = uncertainty.inputs();
  return s;
}

Scenario load_scenario_file(const std::string& path, const std::vector<Override>& overrides)
{
  return ScenarioSource::from_file(path, overrides).medians();
}

Scenario load_scenario_text(const std::string& text, const std::string& file, const std::vector<Override>& overrides)
{
  return ScenarioSource(text, file, overrides).medians();
}

} // namespace gwsim
