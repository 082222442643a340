#include "sim/engine/actors.hpp"

namespace gwsim {

bool decide_funds(World& world, double day)
{
  Funding& funding = world.funding;
  if (!funding.gates()) return false;
  bool moved = false;
  for (const Funding::Release& r : funding.release(day, world.online_watts)) {
    const Fund& fund = world.scenario.finance.funds[r.fund];
    world.record(EventKind::funds_received, fund.name, fund.from.empty() ? world.no_subject : fund.from, r.usd);
    moved = true;
  }
  for (std::size_t phase : funding.commit()) {
    PhaseState& state = world.phases[phase];
    state.funded      = true;
    world.record(EventKind::funds_committed, state.label, world.no_subject, funding.budget(phase));
    world.tell_site_of(phase, World::News::funds);
    moved = true;
  }
  return moved;
}

} // namespace gwsim
