/* What a region's queue decides when an instant closes besides its grants: the studies that start in freed slots
 * (`studies`) and the requests withdrawn (`withdraw_after`). Called by decide_grid (grid_decision.hpp). */
#ifndef GWSIM_SIM_QUEUE_DECISION_HPP
#define GWSIM_SIM_QUEUE_DECISION_HPP

#include "sim/engine/world.hpp"

#include <cstddef>

namespace gwsim {

/** @brief Starts, at instant `day`, the studies that free slots allow, in request order; each request is queued for
 * its grant, eligible `interconnect` later. Records `study_start`; says whether any started. */
bool start_studies(World& world, std::size_t region, double day);

/** @brief Withdraws, at instant `day`, the requests not granted `withdraw_after` after they were made, whether they
 * wait for a study, are studied or wait for headroom. Records `power_withdrawn`; says whether any was. */
bool withdraw_overdue(World& world, std::size_t region, double day);

} // namespace gwsim

#endif
