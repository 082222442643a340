#include "sim/engine/actors.hpp"
#include "sim/engine/supply/arrivals.hpp"
#include "sim/engine/supply/production.hpp"

#include <simgrid/s4u/Engine.hpp>

namespace gwsim {
namespace s4u = simgrid::s4u;

void run_supplier(World& world, std::size_t supplier)
{
  // The supplier's lots are made by themselves (sim/engine/supply/production.hpp) and handed out when their instant
  // closes (sim/engine/closing.hpp); the actor wakes once per lot handed out, to put its shipments on their lanes: one
  // SimGrid call per shipment. Suppliers are not daemons: a daemon is killed at the horizon, and a killed actor can
  // neither cancel its activities (a SimGrid call) nor leave them running (SimGrid's ~Comm then prints a backtrace for
  // a comm "freed before its completion"). So each stops by itself at the horizon, then stops what still runs.
  const double horizon = world.scenario.horizon_days();
  auto& outbox         = world.outboxes[supplier];
  for (;;) {
    world.production[supplier].shipper.wait_until(horizon);
    if (s4u::Engine::get_clock() >= horizon - kClockToleranceDays) break;
    // Taken out first: a SimGrid call lets other actors run, and none may find the outbox half shipped.
    std::vector<Shipment> shipments;
    shipments.swap(outbox);
    for (auto& shipment : shipments)
      ship(world, supplier, std::move(shipment));
  }
  stop_production(world, supplier);
  recall_shipments(world, supplier);
}

} // namespace gwsim
