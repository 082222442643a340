/* Handing lots out to open orders. The lots of every supplier are planned before the run
 * (sim/engine/supply/lot_plan.hpp); when an instant closes (sim/engine/closing.hpp), the lots that end then are handed
 * out in the order the scenario declares their suppliers, after every order of that instant is in, whichever supplier's
 * execution SimGrid ends first and whatever the last bits of its integration. */
#ifndef GWSIM_SIM_LOT_MARKET_HPP
#define GWSIM_SIM_LOT_MARKET_HPP

#include "sim/engine/world.hpp"

namespace gwsim {

/** @brief The end of the next lot to hand out over all suppliers, or a negative number when none is left. Lots with
 * no product yet or no share for this buyer are passed over. */
double next_lot_end(World& world);

/** @brief Hands out every lot that ends by instant `day`, in supplier order: records the lot, allocates it first
 * come first served, records what is forgone and shipped, puts the shipments in their supplier's outbox, each with its
 * serial number (the order in which shipments that land together are delivered), and wakes those suppliers' actors to
 * put them on their lanes. */
void hand_out_due(World& world, double day);

} // namespace gwsim

#endif
