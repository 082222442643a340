#include "sim/engine/supply/lot_market.hpp"

#include <algorithm>

namespace gwsim {
namespace {

void hand_out(World& world, const Lot& lot)
{
  const Supplier& supplier = world.scenario.suppliers[lot.supplier];
  const Accelerator& model = world.scenario.accelerators[lot.product];
  const auto& lanes        = world.lane_between[lot.supplier];
  world.record(EventKind::lot, supplier.name, model.name, lot.units);
  const auto allocations = world.orders.allocate(lot.product, model.it_power.watts, lot.units,
                                                 [&lanes](std::size_t region) { return lanes[region] >= 0; });
  std::vector<Shipment> shipments; // one per region, in the order the allocations reached them
  double allocated = 0;
  for (const auto& a : allocations) {
    allocated += a.units;
    const auto lane = static_cast<std::size_t>(lanes[a.region]);
    auto it = std::find_if(shipments.begin(), shipments.end(), [lane](const Shipment& s) { return s.lane == lane; });
    if (it == shipments.end()) it = shipments.insert(shipments.end(), Shipment{lane, lot.product, {}, 0, 0});
    it->parts.push_back(a);
    it->units += a.units;
  }
  if (lot.units - allocated > 1e-9 * lot.units)
    world.record(EventKind::forgone, supplier.name, model.name, lot.units - allocated);
  for (auto& shipment : shipments) {
    world.record(EventKind::shipped, world.platform.lanes[shipment.lane]->get_name(), model.name, shipment.units);
    shipment.serial = world.shipped++;
    world.outboxes[lot.supplier].push_back(std::move(shipment));
  }
}

bool before(const Lot& a, const Lot& b)
{
  return a.end < b.end || (a.end == b.end && a.supplier < b.supplier);
}

} // namespace

void announce_lot(World& world, const Lot& lot)
{
  world.lots.insert(std::upper_bound(world.lots.begin(), world.lots.end(), lot, before), lot);
}

void hand_out_due(World& world, double day)
{
  std::size_t due = 0;
  while (due < world.lots.size() && hand_out_day(world.lots[due].end) <= day + kClockToleranceDays)
    ++due;
  for (std::size_t i = 0; i < due; ++i)
    hand_out(world, world.lots[i]);
  world.lots.erase(world.lots.begin(), world.lots.begin() + static_cast<std::ptrdiff_t>(due));
}

} // namespace gwsim
