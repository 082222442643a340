/* The power extensions of a scenario (docs/scenario-format.md, "Power"): a region's study cap and withdrawals, a site's
 * onsite generation, the transmission lines between regions, the price of electricity. */
#include "sim/load/scenario_reader.hpp"

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

} // namespace

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

std::optional<Onsite> read_onsite(const KeyedNode& site)
{
  const auto node = site.find("onsite");
  if (!node) return std::nullopt;
  node->check_keys({"power", "lead"});
  Onsite onsite;
  onsite.power = node->require("power", "a power such as \"420 MW\"").value(above_zero(parse_power, &Power::watts));
  onsite.lead  = node->require("lead", "a duration such as \"4 months\"").value(parse_duration);
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
