/* The SimGrid actors of a run. Each is a plain function over the shared World. */
#ifndef GWSIM_SIM_ACTORS_HPP
#define GWSIM_SIM_ACTORS_HPP

#include "sim/engine/world.hpp"

#include <cstddef>

namespace gwsim {

/** @brief Puts the shipments of the supplier's lots on their lanes as they are handed out; stops production at the
 * horizon. */
void run_supplier(World& world, std::size_t supplier);

/** @brief The region's actor: the permanent receiver of the shipments to it (RegionState). */
void run_region(World& world, std::size_t region);

/** @brief Asks the phase's region for its grid power (IT × PUE) at its build start (sim/engine/power/grid_request.cpp).
 */
void ask_for_power(World& world, std::size_t phase, double now);

/** @brief Starts, at instant `day`, the studies the region's free slots allow, then grants its eligible requests that
 * fit its headroom (less exports, plus imports), in request order, and tells their sites; says whether anything moved.
 * Called when an instant closes, from decide_grid (sim/engine/power/grid_decision.hpp). */
bool decide_region(World& world, std::size_t region, double day);

/** @brief Releases, at instant `day`, what the funds owe (dated amounts, tranches for the GW online) and commits the
 * budgets of the phases waiting for money, in order, telling their sites; says whether anything moved. Called when an
 * instant closes, before the regions decide (sim/engine/closing.hpp). */
bool decide_funds(World& world, double day);

/** @brief Closes each instant once it has come to rest: regions decide, then the lots that end then are handed out
 * (sim/engine/closing.hpp). */
void run_closer(World& world);

/** @brief Lives a site's phases: each waits on its start and dependencies, builds, gets power, installs, completes. */
void run_site(World& world, std::size_t site);

/** @brief Holds the run until the horizon; with the suppliers, the only non-daemon actors (the daemons end with them).
 */
void run_monitor(World& world);

} // namespace gwsim

#endif
