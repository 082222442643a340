/* Closing an instant. Many things coincide at one day of the model: shipments land, builds end, install batches end,
 * phases complete and the phases waiting for them start, order and ask for power, lots end. docs/model.md fixes what an
 * instant decides, and in what order, so that no result depends on the order in which SimGrid wakes its actors (it
 * follows memory addresses). One actor, the closer, decides for the whole world kCloseLagDays after the instant, once
 * the instant has come to rest: no actor has anything left to do at it. It lets the regions decide on the requests
 * eligible by then; when they grant, it lets the grants' cascades (energized, installed, complete, the next phase's
 * order and request) come to rest and lets the regions decide again, until they grant nothing more; then, at a step of
 * their own (kHandOutLagDays), it hands out the lots that end at that instant, so every order placed at or before it
 * takes part, whatever cascade placed it.
 *
 * "Come to rest" holds by construction, not by timing. The closer's own step is reached only once every earlier step
 * of the instant has come to rest: SimGrid runs every actor that can run before it moves its clock on, and no other
 * actor has a date at that step. After the regions grant, or when a cascade asks for a closing after the closer's step
 * has passed, the closer waits for rest explicitly: a SimGrid kernel timer set for the current time fires only once
 * SimGrid has run every actor that can run at that time (its main loop runs actors until none is ready, then fires the
 * timers that are due). */
#ifndef GWSIM_SIM_CLOSING_HPP
#define GWSIM_SIM_CLOSING_HPP

#include "sim/engine/world.hpp"

namespace gwsim {

/** @brief Returns once no other actor has anything left to do at the current time (from an actor). */
void wait_for_rest(World& world);

} // namespace gwsim

#endif
