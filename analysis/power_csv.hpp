/* power.csv (docs/scenario-format.md, "Power"): one row per report step and region, from the event record. Written for
 * scenarios that use the power extensions. */
#ifndef GWSIM_ANALYSIS_POWER_CSV_HPP
#define GWSIM_ANALYSIS_POWER_CSV_HPP

#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

#include <string>

namespace gwsim {

/** @brief power.csv, `date,region,headroom_gw,granted_gw,imported_gw,queued_gw,onsite_gw`, the state at the start of
 * each report date (events at or before its day), regions in declaration order: its headroom in force; the grid power
 * granted to its phases so far; what it imported over transmission so far; what its phases asked and were neither
 * granted nor withdrawn; the onsite generation its sites' phases draw on now. */
std::string power_csv(const Scenario& scenario, const EventRecord& events);

} // namespace gwsim

#endif
