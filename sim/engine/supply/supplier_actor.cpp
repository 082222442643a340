#include "sim/engine/actors.hpp"
#include "sim/engine/supply/arrivals.hpp"
#include "sim/engine/supply/lot_market.hpp"
#include "sim/engine/supply/production.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

namespace gwsim {
namespace s4u = simgrid::s4u;

void run_supplier(World& world, std::size_t supplier)
{
  // The supplier's lots are made by themselves (sim/engine/supply/production.hpp) and handed out when their instant
  // closes (sim/engine/closing.hpp); the actor wakes at its own step of each lot's instant (kShipLagDays), after the
  // hand-out, to put the lot's shipments on their lanes: one SimGrid call per shipment. (Woken by its own timer, as a
  // notification from the closer would cost the closer a SimGrid call per supplier.) Suppliers are not daemons: a
  // daemon is killed at the horizon, and a killed actor can neither cancel its activities (a SimGrid call) nor leave
  // them running (SimGrid's ~Comm then prints a backtrace for a comm "freed before its completion"). So each stops by
  // itself at the horizon, then stops what still runs.
  const double horizon = world.scenario.horizon_days();
  auto& outbox         = world.outboxes[supplier];
  for (const PlannedLot& lot : world.production[supplier].plan) {
    if (!offered(lot)) continue;
    const double ship_day = lot.end + kShipLagDays;
    if (ship_day >= horizon - kClockToleranceDays) break;
    s4u::this_actor::sleep_until(ship_day);
    // Taken out first: a SimGrid call lets other actors run, and none may find the outbox half shipped.
    std::vector<Shipment> shipments;
    shipments.swap(outbox);
    for (auto& shipment : shipments)
      ship(world, supplier, std::move(shipment));
  }
  if (s4u::Engine::get_clock() < horizon) s4u::this_actor::sleep_until(horizon);
  stop_production(world, supplier);
  recall_shipments(world, supplier);
}

} // namespace gwsim
