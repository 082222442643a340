#include "sim/engine/power/equipment_draw.hpp"

#include "sim/engine/world.hpp"

namespace gwsim {

bool equipment_ready(World& world, const std::vector<EquipmentNeed>& needs, double watts, double day)
{
  if (needs.empty() || world.equipment.covers(needs, watts, day)) return true;
  const double next = world.equipment.next_day_covering(needs, watts, day);
  if (next >= 0) world.post_closing(next);
  return false;
}

bool draw_equipment(World& world, const std::vector<EquipmentNeed>& needs, double watts, double day,
                    const std::string& who)
{
  if (!equipment_ready(world, needs, watts, day)) return false;
  world.equipment.draw(needs, watts);
  for (const EquipmentNeed& need : needs)
    world.record(EventKind::equipment_drawn, who, world.scenario.stages[need.stage].name, need.units_per_watt * watts);
  return true;
}

} // namespace gwsim
