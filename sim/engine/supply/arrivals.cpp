#include "sim/engine/supply/arrivals.hpp"

#include <simgrid/kernel/resource/Action.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Link.hpp>
#include <simgrid/s4u/Mailbox.hpp>

#include <algorithm>
#include <cmath>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {

World* receiving = nullptr; // the World whose shipments are in flight; SimGrid's signals are process-wide

/** @brief A comm has changed state: if it is one of our shipments and it has ended, it has landed (the clock already
 * reads its end). Delivery waits for the end of the instant's updates (deliver_landed). SimGrid 3.32 does not install
 * the NetworkAction header: the action is read through its only base, Action, which starts it (single inheritance
 * from a polymorphic class, so the same address). */
void on_comm_state(simgrid::kernel::resource::NetworkAction& network_action, simgrid::kernel::resource::Action::State)
{
  const auto& action = reinterpret_cast<const simgrid::kernel::resource::Action&>(network_action);
  if (receiving == nullptr || action.get_state() != simgrid::kernel::resource::Action::State::FINISHED) return;
  const auto it = receiving->in_flight.find(action.get_activity());
  if (it == receiving->in_flight.end()) return;
  receiving->landed.push_back(std::move(it->second));
  receiving->in_flight.erase(it);
}

/** @brief Delivers what landed at this instant, in hand-out order: records each part and wakes its site if it waits
 * for accelerators. Runs in SimGrid's kernel once the instant's activities are updated, before any actor runs. */
void deliver_landed(double)
{
  if (receiving == nullptr) return;
  World& world = *receiving;
  world.unloaded.clear(); // comms delivered at an earlier instant, ended since
  if (world.landed.empty()) return;
  // Shipments land a hair before the instant they arrive at (platforms/world_platform.hpp): that instant opens now.
  world.enter(s4u::Engine::get_clock() + kDeliveryLeadDays);
  std::sort(world.landed.begin(), world.landed.end(),
            [](const InFlight& a, const InFlight& b) { return a.shipment.serial < b.shipment.serial; });
  for (auto& arrival : world.landed) {
    const std::string& model = world.scenario.accelerators[arrival.shipment.product].name;
    for (const auto& part : arrival.shipment.parts) {
      PhaseState& phase = world.phases[part.phase];
      phase.waiting.push_back({arrival.shipment.product, part.units});
      world.record_for(kKernelPid, EventKind::delivered, phase.label, model, part.units);
      if (world.funding.gates()) // paid at delivery: the money's way, for cashflow.csv
        world.record_for(kKernelPid, EventKind::paid, world.scenario.suppliers[arrival.supplier].name, phase.label,
                         part.units * world.scenario.accelerators[arrival.shipment.product].price.usd);
      world.tell_site_of(part.phase, World::News::arrival);
    }
    world.unloaded.push_back(std::move(arrival.comm)); // SimGrid ends the comm after this: release it later
  }
  world.landed.clear();
}

} // namespace

Arrivals::Arrivals(World& world)
{
  static const bool connected = (s4u::Link::on_communication_state_change_cb(on_comm_state),
                                 s4u::Engine::on_time_advance_cb(deliver_landed), true);
  (void)connected;
  receiving = &world;
}

Arrivals::~Arrivals()
{
  receiving = nullptr;
}

void ship(World& world, std::size_t supplier, Shipment shipment)
{
  const Lane& lane = world.scenario.lanes[shipment.lane];
  // The payload is never read: what a shipment carries stays in World::in_flight.
  s4u::CommPtr comm = world.regions[lane.to].arrivals->put_async(
      &world, static_cast<std::uint64_t>(shipment_bytes(lane, shipment.units)));
  const void* activity = comm->get_impl();
  world.in_flight.emplace(activity, InFlight{supplier, std::move(shipment), std::move(comm)});
}

void recall_shipments(World& world, std::size_t supplier)
{
  for (const auto& [activity, flight] : world.in_flight)
    if (flight.supplier == supplier) flight.comm->cancel();
}

} // namespace gwsim
