#include "sim/actors.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Comm.hpp>
#include <simgrid/s4u/Engine.hpp>

#include <cmath>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {

/** @brief What one lot sends to one region: one comm over the lane, then one delivery per phase. */
struct Shipment {
  std::size_t lane;
  std::size_t product;
  std::vector<OrderBook::Allocation> parts;
};

/** @brief Accelerators made over [from, to] at a piecewise-constant rate. */
double produced_between(const DaySchedule<Rate>& rate, double from, double to)
{
  double total = 0;
  for (std::size_t i = 0; i < rate.changes.size(); ++i) {
    const double seg_from = std::max(from, rate.changes[i].day);
    const double seg_to   = i + 1 < rate.changes.size() ? std::min(to, rate.changes[i + 1].day) : to;
    if (seg_to > seg_from) total += rate.changes[i].value.per_day * (seg_to - seg_from);
  }
  return total;
}

/** @brief The end of a lot begun at `from`: `lot` days later, or earlier where the rate drops to zero. */
double lot_end(const DaySchedule<Rate>& rate, double from, double lot)
{
  for (const auto& c : rate.changes)
    if (c.day > from && c.day < from + lot && c.value.per_day <= 0) return c.day;
  return from + lot;
}

/** @brief The first day at or after `from` with a positive rate, or a negative number when there is none. */
double next_production_day(const DaySchedule<Rate>& rate, double from)
{
  if (rate.at(from).per_day > 0) return from;
  for (const auto& c : rate.changes)
    if (c.day > from && c.value.per_day > 0) return c.day;
  return -1;
}

/** @brief The product made from `day` on, or -1: nothing is made before the schedule's first date. */
int product_at(const Scenario& s, const Supplier& supplier, double day)
{
  const auto& p = supplier.product;
  if (!p.constant && (p.steps.empty() || day < static_cast<double>(p.steps.front().from - s.start))) return -1;
  return p.at(s.start.add_days(static_cast<long>(std::floor(day + 1e-9))));
}

void ship(World& world, const Shipment& shipment)
{
  const Lane& lane         = world.scenario.lanes[shipment.lane];
  const std::string& model = world.scenario.accelerators[shipment.product].name;
  double units             = 0;
  for (const auto& part : shipment.parts)
    units += part.units;
  world.record(EventKind::shipped, world.platform.lanes[shipment.lane]->get_name(), model, units);
  s4u::Comm::sendto(world.platform.suppliers[lane.from], world.platform.regions[lane.to],
                    static_cast<std::uint64_t>(std::llround(units * kBytesPerUnit)));
  for (const auto& part : shipment.parts) {
    PhaseState& phase = world.phases[part.phase];
    phase.waiting.push_back({shipment.product, part.units});
    world.record(EventKind::delivered, phase.label, model, part.units);
    phase.changed->notify_all();
  }
}

/** @brief Gives this buyer's share of a finished lot to open orders and sends it on its lanes. */
void hand_out(World& world, std::size_t supplier_index, std::size_t product, double units)
{
  const auto& supplier = world.scenario.suppliers[supplier_index];
  const auto& model    = world.scenario.accelerators[product];
  const auto& lanes    = world.lane_between[supplier_index];
  world.record(EventKind::lot, supplier.name, model.name, units);
  const auto allocations = world.orders.allocate(product, model.it_power.watts, units,
                                                 [&lanes](std::size_t region) { return lanes[region] >= 0; });
  std::vector<Shipment> shipments; // one per region, in the order the allocations reached them
  double allocated = 0;
  for (const auto& a : allocations) {
    allocated += a.units;
    const auto lane = static_cast<std::size_t>(lanes[a.region]);
    auto it = std::find_if(shipments.begin(), shipments.end(), [lane](const Shipment& s) { return s.lane == lane; });
    if (it == shipments.end()) it = shipments.insert(shipments.end(), Shipment{lane, product, {}});
    it->parts.push_back(a);
  }
  if (units - allocated > 1e-9 * units) world.record(EventKind::forgone, supplier.name, model.name, units - allocated);
  for (auto& shipment : shipments)
    s4u::Actor::create("ship", world.platform.suppliers[supplier_index], [&world, s = std::move(shipment)] {
      ship(world, s);
    })->daemonize();
}

} // namespace

void run_supplier(World& world, std::size_t supplier_index)
{
  const Supplier& supplier = world.scenario.suppliers[supplier_index];
  const auto rate          = DaySchedule<Rate>::from(supplier.rate, world.scenario.start);
  const auto share         = DaySchedule<Share>::from(supplier.share, world.scenario.start);
  const double horizon     = world.scenario.horizon_days();

  double day = 0;
  while (day < horizon) {
    const double begin = next_production_day(rate, day);
    if (begin < 0 || begin >= horizon) return;
    if (begin > day) s4u::this_actor::sleep_until(begin);
    const double end    = lot_end(rate, begin, supplier.lot.days);
    const double made   = produced_between(rate, begin, end);
    const int product   = product_at(world.scenario, supplier, begin);
    const double buyers = made * share.at(begin).fraction;
    // SimGrid integrates the execution over the host's speed profile: the lot ends at `end` exactly.
    s4u::this_actor::execute(made);
    day = end;
    if (product >= 0 && buyers > 0) hand_out(world, supplier_index, static_cast<std::size_t>(product), buyers);
  }
}

} // namespace gwsim
