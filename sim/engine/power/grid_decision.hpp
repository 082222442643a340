/* The grid's decisions when an instant closes (docs/model.md, "Power"), in this order: every region starts the studies
 * its free slots allow and grants from its own headroom (decide_region, region_actor.cpp); then regions connected by
 * transmission import for the requests their headroom does not cover (imports.cpp); then the requests not granted in
 * time are withdrawn (queue_decision.cpp). Called by the closer (sim/engine/closing.hpp). */
#ifndef GWSIM_SIM_GRID_DECISION_HPP
#define GWSIM_SIM_GRID_DECISION_HPP

#include "sim/engine/world.hpp"

#include <cstddef>

namespace gwsim {

/** @brief Everything the grid decides at instant `day`; says whether anything moved. */
bool decide_grid(World& world, double day);

/** @brief What region `r` can grant in all at clock day `by`: its headroom, less what it exports, plus what it
 * imports. */
double grant_capacity(const World& world, std::size_t region, double by);

/** @brief Grants, at clock day `by`, region `r`'s eligible requests that fit under its capacity, in request order;
 * records them and tells their sites; says whether it granted any. */
bool grant_fitting(World& world, std::size_t region, double by);

/** @brief Imports, at instant `day`, for each region with lines (in declaration order) and its eligible requests in
 * request order that its capacity does not cover, what the other regions' unused headroom can send over the lines'
 * unused limits; grants them; says whether any was. */
bool decide_imports(World& world, double day);

} // namespace gwsim

#endif
