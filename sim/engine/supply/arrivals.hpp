/* Shipments in flight and their arrival. A supplier's actor puts each shipment on its lane as a comm and goes back to
 * producing; SimGrid's network signals tell when the comm ends, and the shipment is delivered then, from SimGrid's
 * kernel, before any actor runs at that instant: no actor wakes to receive it, and the site's actor wakes only if it
 * waits for accelerators. The shipments that land at one instant are delivered in the order they were handed out
 * (their serial), whatever the order in which SimGrid ends their comms or runs their suppliers (it follows memory
 * addresses). */
#ifndef GWSIM_SIM_ARRIVALS_HPP
#define GWSIM_SIM_ARRIVALS_HPP

#include "sim/engine/world.hpp"

#include <simgrid/s4u/Comm.hpp>

#include <cstddef>

namespace gwsim {

/** @brief While it lives, shipments put on their lanes with ship() are delivered when they arrive. Build it before
 * the run, from SimGrid's maestro, and let it go before the World. */
class Arrivals {
 public:
  explicit Arrivals(World& world);
  ~Arrivals();
  Arrivals(const Arrivals&)            = delete;
  Arrivals& operator=(const Arrivals&) = delete;
};

/** @brief Puts `shipment` of `supplier` on its lane (from the supplier's actor). */
void ship(World& world, std::size_t supplier, Shipment shipment);

/** @brief Cancels the shipments of `supplier` still in flight (at the horizon, from the supplier's actor). */
void recall_shipments(World& world, std::size_t supplier);

} // namespace gwsim

#endif
