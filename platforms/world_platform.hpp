/* The scenario's world as a SimGrid platform: suppliers are hosts whose speed profile is their rate schedule,
 * regions are hosts, lanes are links (latency = transit, bandwidth = throughput). */
#ifndef GWSIM_PLATFORMS_WORLD_PLATFORM_HPP
#define GWSIM_PLATFORMS_WORLD_PLATFORM_HPP

#include "sim/model/scenario.hpp"

#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Host.hpp>
#include <simgrid/s4u/Link.hpp>

#include <string>
#include <vector>

namespace gwsim {

/** @brief Lots cross lanes as comms of `units × kBytesPerUnit` bytes, so fractional lots keep their precision. */
inline constexpr double kBytesPerUnit = 1000.0;

/** @brief The SimGrid command line that makes transit and throughput exact and, unless verbose, silences logs. */
std::vector<std::string> engine_arguments(bool verbose);

/** @brief The hosts and links of a scenario, by the scenario's indices. */
struct WorldPlatform {
  std::vector<simgrid::s4u::Host*> suppliers; // speed = peak rate (units/day), profile = rate / peak
  std::vector<simgrid::s4u::Host*> regions;
  std::vector<simgrid::s4u::Link*> lanes;
  simgrid::s4u::Host* control = nullptr; // where the monitor runs
};

/** @brief The speed profile of a rate schedule as SimGrid's text (`DAY MULTIPLIER` lines), relative to `peak`. */
std::string speed_profile_text(const DaySchedule<Rate>& rate, double peak);

/** @brief Builds the platform of `scenario` in the running engine. Call once, before creating actors. */
WorldPlatform build_platform(const Scenario& scenario);

} // namespace gwsim

#endif
