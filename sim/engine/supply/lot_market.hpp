/* Handing lots out to open orders. Lots are announced before they begin and handed out just after they end, all
 * due lots at once in (end, supplier) order, so that lots ending together are allocated in declaration order
 * whichever supplier's actor SimGrid wakes first, and whatever the last bits of SimGrid's integration. */
#ifndef GWSIM_SIM_LOT_MARKET_HPP
#define GWSIM_SIM_LOT_MARKET_HPP

#include "sim/engine/world.hpp"

namespace gwsim {

/** @brief Registers a lot; it is handed out on hand_out_day(lot.end). */
void announce_lot(World& world, const Lot& lot);

/** @brief The day a lot ending on `end` is handed out (with every other lot due then): three quarters of a settle
 * later, after the regions' decisions of that instant (half a settle) and the orders they lead to. */
inline double hand_out_day(double end)
{
  return end + kSettleDays * 3 / 4;
}

/** @brief Hands out every announced lot due by `day`, in (end, supplier) order: records the lot, allocates it first
 * come first served, records what is forgone and shipped, and puts the shipments in their supplier's outbox, each
 * with its serial number (the order in which shipments that land together are delivered). */
void hand_out_due(World& world, double day);

} // namespace gwsim

#endif
