/* Equipment drawn when power comes (docs/model.md, "Power: equipment"): a grid grant draws its region's `equipment`
 * per watt granted, onsite generation its own when it becomes available. When the stock does not cover it, the power
 * waits, and the first day the stock will cover it is posted for the closer (sim/engine/closing.hpp). */
#ifndef GWSIM_SIM_EQUIPMENT_DRAW_HPP
#define GWSIM_SIM_EQUIPMENT_DRAW_HPP

#include "sim/model/grid.hpp"

#include <string>
#include <vector>

namespace gwsim {

struct World;

/** @brief Whether the stock covers `needs` for `watts` at instant `day`; when it does not, posts the instant of the
 * first day it will (if any within the horizon). */
bool equipment_ready(World& world, const std::vector<EquipmentNeed>& needs, double watts, double day);

/** @brief Draws `needs` for `watts` from the stock if it covers them at instant `day`, recording `equipment_drawn` for
 * `who` (a phase's label or a site's name, which outlive the World) per stage; says whether it drew. */
bool draw_equipment(World& world, const std::vector<EquipmentNeed>& needs, double watts, double day,
                    const std::string& who);

} // namespace gwsim

#endif
