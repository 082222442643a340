/* Handing lots out to open orders. The lots of every supplier are planned before the run
 * (sim/engine/supply/lot_plan.hpp); when an instant closes (sim/engine/closing.hpp), the lots that end then are handed
 * out in the order the scenario declares their suppliers, after every order of that instant is in, whichever supplier's
 * execution SimGrid ends first and whatever the last bits of its integration. */
#ifndef GWSIM_SIM_LOT_MARKET_HPP
#define GWSIM_SIM_LOT_MARKET_HPP

#include "sim/engine/world.hpp"

namespace gwsim {

/** @brief Whether a lot is handed out to this buyer: it has a product and a share for this buyer. */
inline bool offered(const PlannedLot& lot)
{
  return lot.product >= 0 && lot.buyers > 0;
}

/** @brief The end of the next lot to hand out over all suppliers, or a negative number when none is left. Lots with
 * no product yet or no share for this buyer are passed over. */
double next_lot_end(World& world);

/** @brief Whether a lot ends by instant `day` (one to hand out then). */
bool lots_due(World& world, double day);

/** @brief Hands out every lot that ends by instant `day`, in supplier order: records the lot, allocates it first
 * come first served, records what is forgone and shipped, puts the shipments in their supplier's outbox, each with its
 * serial number (the order in which shipments that land together are delivered); each supplier's actor puts them on
 * their lanes at its own step of the instant (kShipLagDays). */
void hand_out_due(World& world, double day);

} // namespace gwsim

#endif
