#include "sim/engine/actors.hpp"
#include "sim/engine/supply/arrivals.hpp"
#include "sim/engine/supply/lot_market.hpp"
#include "sim/engine/supply/production.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {

/** @brief One supplier: hands out its lots and puts this buyer's share on the lanes. Its lots' executions run by
 * themselves (sim/engine/supply/production.hpp) and its shipments are delivered when they land
 * (sim/engine/supply/arrivals.hpp): the actor wakes once per lot, to hand out the lots due and ship. Every SimGrid call
 * costs a context switch into SimGrid's kernel and back; this is one per lot and one per shipment. */
class SupplierRun {
 public:
  SupplierRun(World& world, std::size_t index) : world_(world), index_(index) {}

  /** @brief Produces and ships until the horizon, then stops what is still running and returns. Suppliers are not
   * daemons: a daemon is killed at the horizon, and a killed actor can neither cancel its activities (a SimGrid call)
   * nor leave them running (SimGrid's ~Comm then prints a backtrace for a comm "freed before its completion"). */
  void run()
  {
    const double horizon = world_.scenario.horizon_days();
    produce(horizon);
    if (s4u::Engine::get_clock() < horizon) s4u::this_actor::sleep_until(horizon);
    stop_production(world_, index_);
    recall_shipments(world_, index_);
  }

 private:
  void produce(double horizon)
  {
    const auto& plan = world_.production[index_].plan;
    for (const PlannedLot& lot : plan) {
      if (lot.product >= 0 && lot.buyers > 0)
        announce_lot(world_, Lot{lot.end, index_, static_cast<std::size_t>(lot.product), lot.buyers});
      // SimGrid integrates the lot's execution over the host's speed profile: it ends at `end` up to the last bits
      // (measured: 3.6e-7 days by day 2926). What is handed out, and when it ships, does not wait on it. Suppliers
      // whose lots end together wake together; the first hands out all the lots due, each ships its own.
      const double out = hand_out_day(lot.end);
      if (out >= horizon) return;
      if (s4u::Engine::get_clock() < out) s4u::this_actor::sleep_until(out);
      hand_out_due(world_, s4u::Engine::get_clock());
      for (auto& shipment : world_.outboxes[index_])
        ship(world_, index_, std::move(shipment));
      world_.outboxes[index_].clear();
    }
  }

  World& world_;
  std::size_t index_;
};

} // namespace

void run_supplier(World& world, std::size_t supplier_index)
{
  SupplierRun(world, supplier_index).run();
}

} // namespace gwsim
