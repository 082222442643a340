/* Bridging generation at a site (`onsite`, docs/model.md "Power: onsite generation"): ordered when the site's first
 * phase starts building, available `lead` later; built phases that wait for the grid draw on it, in declaration
 * order, when it covers their grid power (IT × PUE); a phase's grid grant returns what it drew to the site's pool.
 * Decided when an instant closes, after the regions' grants (sim/engine/closing.hpp). */
#ifndef GWSIM_SIM_ONSITE_HPP
#define GWSIM_SIM_ONSITE_HPP

#include <cstddef>

namespace gwsim {

struct World;

/** @brief One site's onsite generation during a run. */
struct OnsiteGeneration {
  double ready_day  = -1;    // when it can be drawn on; negative until it is ordered
  double free_watts = 0;     // not drawn on by any phase
  bool equipped     = false; // its equipment (`onsite.equipment`) was drawn from the stock: it can be drawn on
  bool ordered() const { return ready_day >= 0; }
};

/** @brief Orders the site's onsite generation if it has some and has not yet (a phase of it starts building at `now`);
 * records `onsite_ordered` and asks for the instant it is ready to be closed. */
void order_onsite(World& world, std::size_t site, double now);

/** @brief A phase that drew on onsite power got its grid grant: what it drew returns to its site's pool. */
void release_onsite(World& world, std::size_t phase);

/** @brief At instant `day`, makes available the onsite generation that is ready and whose equipment the stock covers
 * (drawing it), then lets every built phase that waits for the grid draw on its site's free onsite power, site
 * by site and phase by phase in declaration order (a phase that does not fit does not block later ones); records
 * `onsite_energized` and tells the sites. Says whether any phase drew. */
bool decide_onsite(World& world, double day);

} // namespace gwsim

#endif
