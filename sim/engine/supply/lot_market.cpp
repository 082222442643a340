#include "sim/engine/supply/lot_market.hpp"

#include <algorithm>

namespace gwsim {
namespace {

void hand_out(World& world, std::size_t supplier_index, const PlannedLot& lot)
{
  const Supplier& supplier = world.scenario.suppliers[supplier_index];
  const auto product       = static_cast<std::size_t>(lot.product);
  const Accelerator& model = world.scenario.accelerators[product];
  const auto& lanes        = world.lane_between[supplier_index];
  const double units       = lot.buyers;
  world.record(EventKind::lot, supplier.name, model.name, units);
  const auto allocations = world.orders.allocate(product, model.it_power.watts, units,
                                                 [&lanes](std::size_t region) { return lanes[region] >= 0; });
  std::vector<Shipment> shipments; // one per region, in the order the allocations reached them
  double allocated = 0;
  for (const auto& a : allocations) {
    allocated += a.units;
    const auto lane = static_cast<std::size_t>(lanes[a.region]);
    auto it = std::find_if(shipments.begin(), shipments.end(), [lane](const Shipment& s) { return s.lane == lane; });
    if (it == shipments.end()) it = shipments.insert(shipments.end(), Shipment{lane, product, {}, 0, 0});
    it->parts.push_back(a);
    it->units += a.units;
  }
  if (units - allocated > 1e-9 * units) world.record(EventKind::forgone, supplier.name, model.name, units - allocated);
  for (auto& shipment : shipments) {
    world.record(EventKind::shipped, world.platform.lanes[shipment.lane]->get_name(), model.name, shipment.units);
    shipment.serial = world.shipped++;
    world.outboxes[supplier_index].push_back(std::move(shipment));
  }
}

/** @brief Moves `production` past the lots that are handed out to nobody (offered()). */
void skip_unoffered(SupplierProduction& production)
{
  const auto& plan = production.plan;
  while (production.next_out < plan.size() && !offered(plan[production.next_out]))
    ++production.next_out;
}

} // namespace

double next_lot_end(World& world)
{
  double next = -1;
  for (SupplierProduction& production : world.production) {
    skip_unoffered(production);
    if (production.next_out < production.plan.size() && (next < 0 || production.plan[production.next_out].end < next))
      next = production.plan[production.next_out].end;
  }
  return next;
}

bool lots_due(World& world, double day)
{
  const double next = next_lot_end(world);
  return next >= 0 && next <= day + kInstantWindowDays;
}

void hand_out_due(World& world, double day)
{
  // The lots due all end at this instant: they are handed out in the order the scenario declares their suppliers.
  for (bool handed = true; handed;) {
    handed = false;
    for (std::size_t i = 0; i < world.production.size(); ++i) {
      SupplierProduction& production = world.production[i];
      skip_unoffered(production);
      if (production.next_out < production.plan.size() &&
          production.plan[production.next_out].end <= day + kInstantWindowDays) {
        hand_out(world, i, production.plan[production.next_out++]);
        handed = true;
      }
    }
  }
}

} // namespace gwsim
