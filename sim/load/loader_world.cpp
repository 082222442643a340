/* The world a scenario builds in: accelerators, suppliers, grid regions and the lanes between them. */
#include "sim/load/scenario_reader.hpp"

#include <limits>
#include <set>
#include <utility>

namespace gwsim {

std::vector<Accelerator> read_accelerators(const KeyedNode& list, NameIndex& names, const NameIndex& stages)
{
  std::vector<Accelerator> result;
  for (const KeyedNode& item : list.items("a list of accelerators", true)) {
    item.check_keys({"name", "it_power", "pflops", "price", "needs"});
    Accelerator a;
    names.declare(item.require("name", "a name"));
    a.name     = names.names().back();
    a.it_power = item.require("it_power", "a power such as \"1.8 kW\"").value(above_zero(parse_power, &Power::watts));
    if (auto pflops = item.find("pflops")) a.pflops = pflops->parse(parse_number);
    if (auto price = item.find("price")) {
      a.price       = price->value(parse_money);
      a.price_given = true;
    }
    if (auto needs = item.find("needs")) a.needs = read_needs(*needs, stages);
    result.push_back(a);
  }
  return result;
}

std::vector<Supplier> read_suppliers(const KeyedNode& list, const NameIndex& accelerators, NameIndex& names)
{
  const auto product_index = [&accelerators](const std::string& text) {
    const auto found = accelerators.lookup(text);
    return found ? Parsed<int>::ok(static_cast<int>(*found.value)) : Parsed<int>::fail(found.expected, found.found);
  };
  std::vector<Supplier> result;
  for (const KeyedNode& item : list.items("a list of suppliers", true)) {
    item.check_keys({"name", "product", "rate", "share", "lot", "outages"});
    Supplier s;
    names.declare(item.require("name", "a name"));
    s.name    = names.names().back();
    s.product = item.require("product", "an accelerator name or a schedule of them").schedule(product_index);
    s.rate    = item.require("rate", "a rate such as \"400k/month\" or a schedule of them")
                 .schedule(parse_rate, KeyedNode::Values::uncertain);
    s.share = Schedule<Share>::always(Share{1.0});
    if (auto share = item.find("share")) s.share = share->schedule(parse_share, KeyedNode::Values::uncertain);
    if (auto lot = item.find("lot")) s.lot = lot->value(above_zero(parse_duration, &Duration::days));
    if (auto outages = item.find("outages")) s.outages = read_outages(*outages);
    result.push_back(s);
  }
  return result;
}

std::vector<Region> read_regions(const KeyedNode& list, NameIndex& names, const EquipmentStages& stages)
{
  std::vector<Region> result;
  for (const KeyedNode& item : list.items("a list of regions", true)) {
    item.check_keys({"name", "headroom", "interconnect", "studies", "withdraw_after", "price", "equipment"});
    Region r;
    names.declare(item.require("name", "a name"));
    r.name     = names.names().back();
    r.headroom = item.require("headroom", "a power such as \"1 GW\" or a schedule of them")
                     .schedule(parse_power, KeyedNode::Values::uncertain);
    if (auto interconnect = item.find("interconnect")) r.interconnect = interconnect->value(parse_duration);
    r.queue = read_queue_rules(item);
    r.price = read_energy_price(item);
    if (auto equipment = item.find("equipment")) r.equipment = read_equipment(*equipment, stages);
    result.push_back(r);
  }
  return result;
}

std::vector<Lane> read_lanes(const KeyedNode& list, const NameIndex& suppliers, const NameIndex& regions)
{
  std::vector<Lane> result;
  std::set<std::pair<std::size_t, std::size_t>> seen;
  for (const KeyedNode& item : list.items("a list of lanes", false)) {
    item.check_keys({"from", "to", "transit", "throughput", "outages"});
    Lane lane;
    lane.from = suppliers.resolve(item.require("from", "a supplier name"));
    lane.to   = regions.resolve(item.require("to", "a region name"));
    if (!seen.insert({lane.from, lane.to}).second)
      item.fail("duplicate lane " + suppliers.names()[lane.from] + "->" + regions.names()[lane.to] +
                " (one lane per supplier and region)");
    if (auto transit = item.find("transit")) lane.transit = transit->value(parse_duration);
    // Without a throughput the lane carries any amount at once: an infinite rate, as SimGrid's unlimited link.
    lane.throughput = Rate{std::numeric_limits<double>::infinity()};
    if (auto throughput = item.find("throughput"))
      lane.throughput = throughput->value(above_zero(parse_rate, &Rate::per_day));
    if (auto outages = item.find("outages")) lane.outages = read_outages(*outages);
    result.push_back(lane);
  }
  return result;
}

} // namespace gwsim
