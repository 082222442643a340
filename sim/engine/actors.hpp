/* The SimGrid actors of a run. Each is a plain function over the shared World. */
#ifndef GWSIM_SIM_ACTORS_HPP
#define GWSIM_SIM_ACTORS_HPP

#include "sim/engine/world.hpp"

#include <cstddef>

namespace gwsim {

/** @brief Produces lots on the supplier's host and hands this buyer's share to open orders. */
void run_supplier(World& world, std::size_t supplier);

/** @brief Owns a region's interconnection queue: grants eligible requests as the headroom allows. */
void run_region(World& world, std::size_t region);

/** @brief Lives a site's phases: each waits on its start and dependencies, builds, gets power, installs, completes. */
void run_site(World& world, std::size_t site);

/** @brief Holds the run until the horizon; with the suppliers, the only non-daemon actors (the daemons end with them).
 */
void run_monitor(World& world);

} // namespace gwsim

#endif
