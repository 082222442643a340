/* The power extensions of a scenario (docs/scenario-format.md, "Power"): a region's study cap and withdrawals, a site's
 * onsite generation, the transmission lines between regions, the price of electricity, the equipment they need. */
#include "sim/load/scenario_reader.hpp"

#include <cctype>
#include <regex>

namespace gwsim {
namespace {

/** @brief A whole number of at least 1 (`studies: 20`). */
Parsed<std::size_t> parse_slots(const std::string& text)
{
  static const std::regex digits(R"(\d{1,9})");
  if (!std::regex_match(text, digits) || std::stoul(text) == 0)
    return Parsed<std::size_t>::fail("a whole number of requests of at least 1 such as \"20\"", quoted(text));
  return Parsed<std::size_t>::ok(std::stoul(text));
}

/** @brief Money per kWh, MWh or GWh (`$50/MWh`), in US dollars per MWh. */
Parsed<EnergyPrice> parse_energy_price(const std::string& text)
{
  static const std::regex form(R"((.+)/(kWh|MWh|GWh))");
  const char* expected = "a price of energy such as \"$50/MWh\" (per kWh, MWh or GWh)";
  std::smatch m;
  if (!std::regex_match(text, m, form)) return Parsed<EnergyPrice>::fail(expected, quoted(text));
  const auto money = parse_money(m[1].str());
  if (!money) return Parsed<EnergyPrice>::fail(expected, quoted(text));
  const double per_mwh = m[2] == "kWh" ? 1e3 : m[2] == "MWh" ? 1.0 : 1e-3;
  return Parsed<EnergyPrice>::ok(EnergyPrice{money.value->usd * per_mwh});
}

/** @brief Units per power (`4/GW`, `1/34 MW`), in units per watt. */
Parsed<double> parse_units_per_power(const std::string& text)
{
  static const std::regex form(R"(\s*([^/\s]+)\s*/\s*(.+))");
  const char* expected = "units per power such as \"4/GW\" or \"1/34 MW\"";
  std::smatch m;
  if (!std::regex_match(text, m, form)) return Parsed<double>::fail(expected, quoted(text));
  const auto units = above_zero_number(m[1].str());
  std::string per  = m[2].str();
  if (std::isalpha(static_cast<unsigned char>(per.front()))) per = "1 " + per; // "GW": one GW
  const auto power = parse_power(per);
  if (!units || !power || power.value->watts <= 0) return Parsed<double>::fail(expected, quoted(text));
  return Parsed<double>::ok(*units.value / power.value->watts);
}

} // namespace

EquipmentStages equipment_stages(const std::vector<Stage>& stages, const std::vector<Accelerator>& accelerators,
                                 const NameIndex& names)
{
  EquipmentStages result{names, std::vector<std::string>(stages.size())};
  const auto mark = [&result](std::size_t stage, const std::string& by) {
    if (result.drawn_by[stage].empty()) result.drawn_by[stage] = by;
  };
  for (const Stage& stage : stages)
    for (const StageNeed& input : stage.inputs)
      mark(input.stage, "stages." + stage.name + ".inputs");
  for (const Accelerator& accelerator : accelerators)
    for (const StageNeed& need : accelerator.needs)
      mark(need.stage, "accelerators." + accelerator.name + ".needs");
  return result;
}

std::vector<EquipmentNeed> read_equipment(const KeyedNode& map, const EquipmentStages& stages)
{
  std::vector<EquipmentNeed> equipment;
  for (const auto& [key, value] : map.entries("a map from stage name to units per power, such as {transformers: "
                                              "4/GW}")) {
    EquipmentNeed need;
    need.stage = stages.names.resolve(key);
    if (!stages.drawn_by[need.stage].empty())
      key.fail("expected a stage that only equipment draws on, found " + quoted(key.scalar("")) + ", which " +
               stages.drawn_by[need.stage] + " draws on (its output is planned for the chain before the run)");
    need.units_per_watt = value.parse(parse_units_per_power);
    equipment.push_back(need);
  }
  return equipment;
}

std::optional<EnergyPrice> read_energy_price(const KeyedNode& region)
{
  if (auto price = region.find("price")) return price->parse(parse_energy_price);
  return std::nullopt;
}

QueueRules read_queue_rules(const KeyedNode& region)
{
  QueueRules rules;
  if (auto studies = region.find("studies")) rules.studies = studies->parse(parse_slots);
  if (auto withdraw = region.find("withdraw_after"))
    rules.withdraw_after = withdraw->value(above_zero(parse_duration, &Duration::days));
  return rules;
}

std::optional<Onsite> read_onsite(const KeyedNode& site, const EquipmentStages& stages)
{
  const auto node = site.find("onsite");
  if (!node) return std::nullopt;
  node->check_keys({"power", "lead", "equipment"});
  Onsite onsite;
  onsite.power = node->require("power", "a power such as \"420 MW\"").value(above_zero(parse_power, &Power::watts));
  onsite.lead  = node->require("lead", "a duration such as \"4 months\"").value(parse_duration);
  if (auto equipment = node->find("equipment")) onsite.equipment = read_equipment(*equipment, stages);
  return onsite;
}

std::vector<Line> read_transmission(const KeyedNode& list, const NameIndex& regions)
{
  std::vector<Line> lines;
  for (const KeyedNode& item : list.items("a list of lines such as {from: spp, to: ercot, limit: 1 GW}", false)) {
    item.check_keys({"from", "to", "limit"});
    Line line;
    line.from          = regions.resolve(item.require("from", "a region name"));
    const KeyedNode to = item.require("to", "a region name");
    line.to            = regions.resolve(to);
    if (line.to == line.from)
      to.fail("expected a region other than \"from\" (a line joins two regions), found " + quoted(to.scalar("")));
    line.limit = item.require("limit", "a power such as \"1 GW\"").value(parse_power);
    lines.push_back(line);
  }
  return lines;
}

} // namespace gwsim
