#include "sim/actors.hpp"
#include "sim/lot_market.hpp"
#include "sim/production.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Comm.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Exec.hpp>
#include <simgrid/s4u/Mailbox.hpp>

#include <cmath>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {

/** @brief One supplier: makes lots on its host and carries this buyer's share over the lanes. It carries its own
 * shipments (no actor per lot or shipment: creating actors is SimGrid's costliest operation here): between hand-outs
 * it waits on the comms in flight, with a timeout at the next hand-out, and delivers each as it arrives.
 *
 * Every SimGrid call costs a context switch to SimGrid's kernel and back, so the loop makes as few as the model
 * allows: per lot one timed wait for the hand-out and one per arrival instant, one comm per shipment; the lots'
 * executions run by themselves (sim/production.hpp). Whether a comm has ended is read from its finish time, which
 * SimGrid sets when it ends (no call); a finished comm is dropped without being waited on. */
class SupplierRun {
 public:
  SupplierRun(World& world, std::size_t index) : world_(world), index_(index) {}

  /** @brief Produces and delivers until the horizon, then stops what is still running and returns. Suppliers are not
   * daemons: a daemon is killed at the horizon, and a killed actor can neither cancel its activities (a SimGrid call)
   * nor leave them running (SimGrid's ~Comm then prints a backtrace for a comm "freed before its completion"). */
  void run()
  {
    const double horizon = world_.scenario.horizon_days();
    produce(horizon);
    deliver_until(horizon);
    stop_production(world_, index_);
    for (const auto& comm : comms_)
      comm->cancel();
  }

 private:
  void produce(double horizon)
  {
    const auto& plan = world_.production[index_].plan;
    for (std::size_t k = 0; k < plan.size(); ++k) {
      const PlannedLot& lot = plan[k];
      if (starts_by_hand(world_, index_, k)) {
        deliver_until(lot.begin);
        if (s4u::Engine::get_clock() < lot.begin) s4u::this_actor::sleep_until(lot.begin);
        start_lot(world_, index_, k);
      }
      if (lot.product >= 0 && lot.buyers > 0)
        announce_lot(world_, Lot{lot.end, index_, static_cast<std::size_t>(lot.product), lot.buyers});
      // SimGrid integrates the lot's execution over the host's speed profile: it ends at `end` up to the last bits
      // (measured: 3.6e-7 days by day 2926). What is handed out, and when it ships, does not wait on it.
      const double out = shipping_day(lot.end, index_, world_.scenario.suppliers.size());
      if (out >= horizon) return;
      deliver_until(out);
      if (s4u::Engine::get_clock() < out) s4u::this_actor::sleep_until(out);
      hand_out_due(world_, s4u::Engine::get_clock());
      send_outbox();
    }
  }

  /** @brief Delivers the shipments that arrive before `day`. */
  void deliver_until(double day)
  {
    while (!comms_.empty()) {
      const double left = day - s4u::Engine::get_clock();
      if (left <= 0) return;
      if (s4u::Activity::wait_any_for(comms_, left) < 0) return;
      deliver_arrived();
    }
  }

  /** @brief Delivers every shipment that has arrived, in the order they were shipped: comms that end at the same
   * instant wake this actor in an order SimGrid does not fix (it follows memory addresses). */
  void deliver_arrived()
  {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < comms_.size(); ++i) {
      if (comms_[i]->get_finish_time() >= 0) {
        deliver(in_flight_[i]);
        continue;
      }
      if (kept != i) {
        comms_[kept]     = std::move(comms_[i]);
        in_flight_[kept] = std::move(in_flight_[i]);
      }
      ++kept;
    }
    comms_.resize(kept);
    in_flight_.resize(kept);
  }

  void deliver(const Shipment& shipment)
  {
    const std::string& model = world_.scenario.accelerators[shipment.product].name;
    for (const auto& part : shipment.parts) {
      PhaseState& phase = world_.phases[part.phase];
      phase.waiting.push_back({shipment.product, part.units});
      world_.record(EventKind::delivered, phase.label, model, part.units);
      world_.tell_site_of(part.phase);
    }
  }

  /** @brief Puts this supplier's allocated shipments on their lanes. */
  void send_outbox()
  {
    for (auto& shipment : world_.outboxes[index_]) {
      const Lane& lane = world_.scenario.lanes[shipment.lane];
      double carried   = 0;
      for (const auto& part : shipment.parts)
        carried += part.units;
      // The payload is never read: what a shipment carries stays in in_flight_.
      comms_.push_back(world_.regions[lane.to].arrivals->put_async(
          &in_flight_, static_cast<std::uint64_t>(std::llround(carried * kBytesPerUnit))));
      in_flight_.push_back(std::move(shipment));
    }
    world_.outboxes[index_].clear();
  }

  World& world_;
  std::size_t index_;
  std::vector<s4u::ActivityPtr> comms_; // shipments on their lanes (held as activities: SimGrid waits on those)...
  std::vector<Shipment> in_flight_;     // ...and what each carries (parallel to comms_)
};

} // namespace

void run_supplier(World& world, std::size_t supplier_index)
{
  SupplierRun(world, supplier_index).run();
}

} // namespace gwsim
