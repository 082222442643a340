/* Handing lots out to open orders. Lots are announced when they begin and handed out a settle after they end, all
 * due lots at once in (end, supplier) order, so that lots ending together are allocated in declaration order
 * whichever supplier's actor SimGrid wakes first, and whatever the last bits of SimGrid's integration. */
#ifndef GWSIM_SIM_LOT_MARKET_HPP
#define GWSIM_SIM_LOT_MARKET_HPP

#include "sim/world.hpp"

namespace gwsim {

/** @brief Registers a lot that has begun; it is handed out at `lot.end + kSettleDays`. */
void announce_lot(World& world, const Lot& lot);

/** @brief The day a lot ending on `end` is handed out (with every other lot due then). */
inline double hand_out_day(double end)
{
  return end + kSettleDays / 2;
}

/** @brief When supplier `index` of `count` puts its shipments of lots ending on `end` on their lanes: staggered
 * within the second half of the settle, so that shipments of different suppliers never arrive at the same instant. */
inline double shipping_day(double end, std::size_t index, std::size_t count)
{
  return end + kSettleDays / 2 * (1 + static_cast<double>(index + 1) / static_cast<double>(count + 1));
}

/** @brief Hands out every announced lot due by `day`, in (end, supplier) order: records the lot, allocates it first
 * come first served, records what is forgone and shipped, and puts the shipments in their supplier's outbox. */
void hand_out_due(World& world, double day);

} // namespace gwsim

#endif
