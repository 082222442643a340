#include "sim/engine/power/grid_decision.hpp"

#include "sim/engine/actors.hpp"
#include "sim/engine/power/queue_decision.hpp"

namespace gwsim {

bool decide_grid(World& world, double day)
{
  bool moved = false;
  for (std::size_t r = 0; r < world.regions.size(); ++r)
    moved |= decide_region(world, r, day);
  moved |= decide_imports(world, day);
  // Last: a request granted at the very instant of its withdrawal is in time.
  for (std::size_t r = 0; r < world.regions.size(); ++r)
    moved |= withdraw_overdue(world, r, day);
  return moved;
}

} // namespace gwsim
