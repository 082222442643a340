#include "sim/actors.hpp"
#include "sim/lot_market.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Comm.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Exec.hpp>

#include <cmath>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {

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
  return p.at(s.start.add_days(whole_day(day)));
}

/** @brief One supplier: makes lots on its host and carries this buyer's share over the lanes. It carries its own
 * shipments (no actor per lot or shipment: creating actors is SimGrid's costliest operation here): while a lot is
 * made it waits on the comms in flight, with a timeout at the lot's end, and delivers each as it arrives. */
class SupplierRun {
 public:
  SupplierRun(World& world, std::size_t index)
      : world_(world), index_(index), supplier_(world.scenario.suppliers[index]),
        rate_(DaySchedule<Rate>::from(supplier_.rate, world.scenario.start)),
        share_(DaySchedule<Share>::from(supplier_.share, world.scenario.start))
  {
  }

  /** @brief Produces and delivers until the horizon, then stops what is still running and returns. Suppliers are not
   * daemons: a daemon is killed at the horizon, and a killed actor can neither cancel its activities (a SimGrid call)
   * nor leave them running (SimGrid's ~Comm then prints a backtrace for a comm "freed before its completion"). */
  void run()
  {
    const double horizon = world_.scenario.horizon_days();
    produce(horizon);
    deliver_until(horizon);
    if (lot_) lot_->cancel();
    for (const auto& comm : comms_)
      comm->cancel();
  }

 private:
  void produce(double horizon)
  {
    double day = 0;
    while (day < horizon) {
      const double begin = next_production_day(rate_, day);
      if (begin < 0 || begin >= horizon) return;
      deliver_until(begin);
      if (s4u::Engine::get_clock() < begin) s4u::this_actor::sleep_until(begin);
      const double end    = lot_end(rate_, begin, supplier_.lot.days);
      const double made   = produced_between(rate_, begin, end);
      const int product   = product_at(world_.scenario, supplier_, begin);
      const double buyers = made * share_.at(begin).fraction;
      if (product >= 0 && buyers > 0) announce_lot(world_, Lot{end, index_, static_cast<std::size_t>(product), buyers});
      // SimGrid integrates the execution over the host's speed profile: the lot ends at `end`, up to the last bits
      // (measured: 3.6e-7 days by day 2926). What is handed out does not wait on it (see lot_market.hpp).
      lot_             = s4u::this_actor::exec_async(made);
      const double out = shipping_day(end, index_, world_.scenario.suppliers.size());
      if (out >= horizon) return; // run() cancels it at the horizon
      deliver_until(out);
      if (s4u::Engine::get_clock() < out) s4u::this_actor::sleep_until(out);
      hand_out_due(world_, s4u::Engine::get_clock());
      lot_->wait();
      lot_ = nullptr;
      send_outbox();
      day = end;
    }
  }

  /** @brief Delivers the shipments that arrive before `day`. */
  void deliver_until(double day)
  {
    while (!comms_.empty()) {
      const double left = day - s4u::Engine::get_clock();
      if (left <= 0) return;
      const auto first = s4u::Comm::wait_any_for(comms_, left);
      if (first < 0) return;
      deliver_arrived(static_cast<std::size_t>(first));
    }
  }

  /** @brief Delivers `first` and every shipment arrived at the same instant, in the order they were shipped: comms
   * that end together wake this actor in an order SimGrid does not fix. The others are found by asking SimGrid for a
   * finished comm without waiting (one call per arrival; testing every comm in flight cost one call per comm). */
  void deliver_arrived(std::size_t first)
  {
    std::vector<std::size_t> arrived{first};
    std::vector<s4u::CommPtr> others;
    std::vector<std::size_t> index_of;
    for (;;) {
      others.clear();
      index_of.clear();
      for (std::size_t i = 0; i < comms_.size(); ++i)
        if (std::find(arrived.begin(), arrived.end(), i) == arrived.end()) {
          others.push_back(comms_[i]);
          index_of.push_back(i);
        }
      if (others.empty()) break;
      const auto next = s4u::Comm::wait_any_for(others, 0);
      if (next < 0) break;
      arrived.push_back(index_of[static_cast<std::size_t>(next)]);
    }
    std::sort(arrived.begin(), arrived.end());
    for (std::size_t i : arrived)
      deliver(in_flight_[i]);
    for (auto it = arrived.rbegin(); it != arrived.rend(); ++it) {
      comms_.erase(comms_.begin() + static_cast<std::ptrdiff_t>(*it));
      in_flight_.erase(in_flight_.begin() + static_cast<std::ptrdiff_t>(*it));
    }
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
      comms_.push_back(s4u::Comm::sendto_async(world_.platform.suppliers[lane.from], world_.platform.regions[lane.to],
                                               static_cast<std::uint64_t>(std::llround(carried * kBytesPerUnit))));
      in_flight_.push_back(std::move(shipment));
    }
    world_.outboxes[index_].clear();
  }

  World& world_;
  std::size_t index_;
  const Supplier& supplier_;
  DaySchedule<Rate> rate_;
  DaySchedule<Share> share_;
  s4u::ExecPtr lot_;                // the lot being made, if any
  std::vector<s4u::CommPtr> comms_; // shipments on their lanes...
  std::vector<Shipment> in_flight_; // ...and what each carries (parallel to comms_)
};

} // namespace

void run_supplier(World& world, std::size_t supplier_index)
{
  SupplierRun(world, supplier_index).run();
}

} // namespace gwsim
