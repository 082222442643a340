#include "sim/engine/supply/chain_plan.hpp"

#include "sim/engine/supply/lot_plan.hpp"
#include "sim/engine/supply/supply_graph.hpp"

#include <algorithm>
#include <cmath>

namespace gwsim {
namespace {

/** @brief The whole days from a start to its output: the first whole day at or after start + cycle. */
std::size_t cycle_days(Duration cycle)
{
  return static_cast<std::size_t>(std::ceil(cycle.days - 1e-9));
}

/** @brief The stage units node `node` needs per unit it starts on day `day`: a stage's inputs, the bill of materials
 * of the product a supplier makes that day; null for a supplier before its product schedule begins (it makes
 * nothing then). */
const std::vector<StageNeed>* bill_of_materials(const Scenario& s, std::size_t node, std::size_t day)
{
  if (node < s.stages.size()) return &s.stages[node].inputs;
  const int product = product_at(s, s.suppliers[node - s.stages.size()], static_cast<double>(day));
  return product < 0 ? nullptr : &s.accelerators[static_cast<std::size_t>(product)].needs;
}

} // namespace

std::vector<double> daily_capacity(const DaySchedule<Rate>& rate, const std::vector<Outage>& outages, Date start,
                                   std::size_t days)
{
  std::vector<double> capacity(days, 0.0);
  std::size_t change = 0;
  for (std::size_t d = 0; d < days; ++d) {
    while (change + 1 < rate.changes.size() && rate.changes[change + 1].day <= static_cast<double>(d))
      ++change;
    capacity[d] = rate.changes[change].value.per_day;
  }
  // Outages in force together add up (the loader checks they lose 100% at most).
  std::vector<double> lost(days, 0.0);
  for (const Outage& outage : outages) {
    const long from = std::max(0L, outage.from - start);
    const long to   = std::min(static_cast<long>(days), outage.to - start);
    for (long d = from; d < to; ++d)
      lost[static_cast<std::size_t>(d)] += outage.lost.fraction;
  }
  for (std::size_t d = 0; d < days; ++d)
    capacity[d] *= std::max(0.0, 1.0 - lost[d]);
  return capacity;
}

std::size_t ChainPlan::root_limit(std::size_t node, std::size_t day) const
{
  while (nodes[node].limit[day] != kOwnCapacity)
    node = static_cast<std::size_t>(nodes[node].limit[day]);
  return node;
}

bool draws_on_stages(const Scenario& scenario, std::size_t supplier)
{
  const Schedule<int>& product = scenario.suppliers[supplier].product;
  return std::any_of(product.steps.begin(), product.steps.end(), [&scenario](const ScheduleStep<int>& step) {
    return step.value >= 0 && !scenario.accelerators[static_cast<std::size_t>(step.value)].needs.empty();
  });
}

ChainPlan plan_chain(const Scenario& s)
{
  ChainPlan plan;
  if (s.stages.empty()) return plan;
  const std::size_t days   = static_cast<std::size_t>(s.horizon_days());
  const std::size_t stages = s.stages.size();
  const std::size_t nodes  = stages + s.suppliers.size();
  plan.days                = days;
  plan.stage_count         = stages;
  plan.order               = stage_order(s);
  plan.nodes.resize(nodes);
  for (std::size_t n = 0; n < nodes; ++n) {
    ChainNodeDays& node = plan.nodes[n];
    if (n < stages)
      node.capacity =
          daily_capacity(DaySchedule<Rate>::from(s.stages[n].capacity, s.start), s.stages[n].outages, s.start, days);
    else
      node.capacity = daily_capacity(DaySchedule<Rate>::from(s.suppliers[n - stages].rate, s.start),
                                     s.suppliers[n - stages].outages, s.start, days);
    node.started.assign(days, 0.0);
    node.output.assign(days, 0.0);
    node.consumed.assign(days, 0.0);
    node.inventory.assign(days + 1, 0.0);
    node.limit.assign(days, kOwnCapacity);
  }
  std::vector<const std::vector<StageNeed>*> needs(nodes); // each node's bill of materials on the day
  std::vector<double> on_hand(stages), requested(stages), fill(stages);
  for (std::size_t x = 0; x < stages; ++x)
    on_hand[x] = s.stages[x].inventory;

  // Each node starts its capacity × the smallest fill of its inputs: a short stage divides what it has among its
  // consumers in proportion to what each asks for at its capacity that day (docs/model.md, "Supply chain").
  // What a node takes never exceeds its share of what is on hand: only rounding can draw a stage below zero.
  const auto start_units = [&](std::size_t n, std::size_t d) {
    ChainNodeDays& node = plan.nodes[n];
    if (needs[n] == nullptr) return;
    double least = 1.0;
    for (const StageNeed& need : *needs[n])
      if (fill[need.stage] < least) {
        least         = fill[need.stage];
        node.limit[d] = static_cast<int>(need.stage);
      }
    node.started[d] = node.capacity[d] * least;
    for (const StageNeed& need : *needs[n]) {
      plan.nodes[need.stage].consumed[d] += node.started[d] * need.units;
      on_hand[need.stage] = std::max(0.0, on_hand[need.stage] - node.started[d] * need.units);
    }
  };

  for (std::size_t d = 0; d < days; ++d) {
    std::fill(requested.begin(), requested.end(), 0.0);
    for (std::size_t n = 0; n < nodes; ++n) {
      needs[n] = bill_of_materials(s, n, d);
      if (needs[n] != nullptr)
        for (const StageNeed& need : *needs[n])
          requested[need.stage] += plan.nodes[n].capacity[d] * need.units;
    }
    for (std::size_t x = 0; x < stages; ++x)
      plan.nodes[x].inventory[d] = on_hand[x];
    for (std::size_t x : plan.order) {
      start_units(x, d);
      // Good output lands `cycle` whole days after its start (the same day for no cycle, before consumers start).
      const double good      = plan.nodes[x].started[d] * s.stages[x].yield.fraction;
      const std::size_t land = d + cycle_days(s.stages[x].cycle);
      if (land < days) plan.nodes[x].output[land] += good;
      on_hand[x] += plan.nodes[x].output[d];
      fill[x] = requested[x] > 0 ? std::min(1.0, on_hand[x] / requested[x]) : 1.0;
    }
    for (std::size_t n = stages; n < nodes; ++n) {
      start_units(n, d); // nothing before its product schedule begins (its lots then carry no product)
      plan.nodes[n].output[d] = plan.nodes[n].started[d];
    }
  }
  for (std::size_t x = 0; x < stages; ++x)
    plan.nodes[x].inventory[days] = on_hand[x];
  return plan;
}

DaySchedule<Rate> supplier_output(const Scenario& scenario, const ChainPlan& chain, std::size_t supplier)
{
  const Supplier& sp           = scenario.suppliers[supplier];
  const DaySchedule<Rate> rate = DaySchedule<Rate>::from(sp.rate, scenario.start);
  const bool chained           = !chain.nodes.empty() && draws_on_stages(scenario, supplier);
  if (!chained && sp.outages.empty()) return rate;
  const std::size_t days = static_cast<std::size_t>(scenario.horizon_days());
  const std::vector<double> daily =
      chained ? chain.supplier(supplier).started : daily_capacity(rate, sp.outages, scenario.start, days);
  return daily_schedule(daily);
}

DaySchedule<Rate> daily_schedule(const std::vector<double>& daily)
{
  DaySchedule<Rate> schedule;
  for (std::size_t d = 0; d < daily.size(); ++d)
    if (d == 0 || daily[d] != daily[d - 1]) schedule.changes.push_back({static_cast<double>(d), Rate{daily[d]}});
  if (schedule.changes.empty()) schedule.changes.push_back({0.0, Rate{0}});
  return schedule;
}

SupplyPlan plan_supply(const Scenario& scenario)
{
  SupplyPlan plan;
  plan.chain = plan_chain(scenario);
  for (std::size_t i = 0; i < scenario.suppliers.size(); ++i)
    plan.output.push_back(supplier_output(scenario, plan.chain, i));
  return plan;
}

} // namespace gwsim
