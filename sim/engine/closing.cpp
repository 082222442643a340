#include "sim/engine/closing.hpp"

#include "sim/engine/actors.hpp"
#include "sim/engine/power/grid_decision.hpp"
#include "sim/engine/supply/lot_market.hpp"

#include <simgrid/kernel/Timer.hpp>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/simix.hpp>

#include <algorithm>
#include <functional>

namespace gwsim {
namespace s4u = simgrid::s4u;

void wait_for_rest(World& world)
{
  simgrid::kernel::actor::simcall_answered([&world] {
    simgrid::kernel::timer::Timer::set(s4u::Engine::get_clock(), [&world] { world.closings.settled->release(); });
  });
  world.closings.settled->acquire();
}

namespace {

/** @brief The next instant to close: the earliest posted day or lot end, or a negative number when there is none. */
double next_closing(World& world)
{
  double next = next_lot_end(world);
  if (!world.closings.due.empty() && (next < 0 || world.closings.due.front() < next)) next = world.closings.due.front();
  return next;
}

/** @brief Forgets the posted days that instant `day` covers. */
void forget_posted(World& world, double day)
{
  auto& due = world.closings.due;
  while (!due.empty() && due.front() <= day + kInstantWindowDays) {
    std::pop_heap(due.begin(), due.end(), std::greater<>());
    due.pop_back();
  }
}

void close(World& world, double day)
{
  const double instant = world.enter(day);
  // On time, the closer runs at its own step of the instant (kCloseLagDays), which SimGrid reaches only once every
  // earlier step has come to rest (it runs every actor that can run before it moves its clock on). Late, it was asked
  // by a cascade of a later step (a shipment that landed at once after the hand-out): that cascade must come to rest.
  if (s4u::Engine::get_clock() > instant + kCloseLagDays + kInstantStepDays / 2) wait_for_rest(world);
  // Funds first (a phase funded now starts now, and asks for power now), then the grid, then onsite generation; the
  // cascades of what they
  // decided (energized, installed, complete, the next phases' orders and requests) come to rest before they decide
  // again, until neither moves.
  for (;;) {
    const bool funded  = decide_funds(world, instant);
    const bool granted = decide_grid(world, instant);
    const bool drew    = decide_onsite(world, instant); // after the grants: what they released may be drawn on now
    if (!funded && !granted && !drew) break;
    wait_for_rest(world);
  }
  forget_posted(world, instant);
  if (!lots_due(world, instant)) return;
  // The lots are handed out at a step of their own (kHandOutLagDays): nothing else runs until then, and their events
  // come after the regions' in the record's canonical order.
  const double hand_out = instant + kHandOutLagDays;
  if (s4u::Engine::get_clock() < hand_out) s4u::this_actor::sleep_until(hand_out);
  hand_out_due(world, instant);
}

} // namespace

void run_closer(World& world)
{
  Closings& closings = world.closings;
  // A new headroom may grant requests that waited, and funds arrive on their dates: instants to close.
  for (const RegionState& region : world.regions)
    for (const auto& change : region.headroom.changes)
      if (change.day > 0) world.post_closing(change.day);
  if (world.funding.gates()) {
    world.post_closing(0);
    for (const Fund& fund : world.scenario.finance.funds) {
      if (fund.at) world.post_closing(std::max(0.0, static_cast<double>(*fund.at - world.scenario.start)));
      for (const auto& draw : fund.draws)
        world.post_closing(std::max(0.0, static_cast<double>(draw.from - world.scenario.start)));
    }
  }
  const double horizon = world.scenario.horizon_days();
  for (;;) {
    const double next = next_closing(world);
    if (next < 0 || next >= horizon - kClockToleranceDays) {
      closings.target = -1; // nothing to close before the horizon: wait for a post
      closings.wakeup.wait_until(-1);
      continue;
    }
    closings.target = next;
    if (s4u::Engine::get_clock() + kClockToleranceDays < next + kCloseLagDays) {
      closings.wakeup.wait_until(next + kCloseLagDays); // or until an earlier day is posted
      continue;
    }
    close(world, next);
  }
}

} // namespace gwsim
