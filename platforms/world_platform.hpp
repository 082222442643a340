/* The scenario's world as a SimGrid platform: suppliers are hosts whose speed profile is their rate schedule,
 * stages of the supply chain are hosts whose speed profile is their capacity, regions are hosts, lanes are links
 * (latency = transit, bandwidth = throughput; an outage lowers the bandwidth). */
#ifndef GWSIM_PLATFORMS_WORLD_PLATFORM_HPP
#define GWSIM_PLATFORMS_WORLD_PLATFORM_HPP

#include "sim/engine/supply/chain_plan.hpp"
#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Host.hpp>
#include <simgrid/s4u/Link.hpp>

#include <string>
#include <vector>

namespace gwsim {

/** @brief Lots cross lanes as comms of `units × kBytesPerUnit` bytes (SimGrid counts whole bytes), so fractional lots
 * keep their precision and a byte crosses even a lane of 100 a day in 1e-8 days, a step of an instant (sim/event.hpp).
 * SimGrid's byte count is a 64-bit integer: 1.8e13 units at most. */
inline constexpr double kBytesPerUnit = 1e6;

/** @brief How much sooner than the model says a shipment must reach its region, counted from when it leaves: it
 * leaves when its supplier ships it (kShipLagDays after its instant) and lands kDeliveryLeadDays before the instant
 * it arrives at, so that it is delivered before anything else happens then (sim/model/event.hpp). */
inline constexpr double kShipmentHeadStartDays = kShipLagDays + kDeliveryLeadDays;

/** @brief The SimGrid latency of a lane: its transit less the head start, as far as the transit covers it. Every
 * shipment on the lane leaves at the same offset from its instant, so sharing the lane's throughput is unchanged. */
double lane_latency(const Lane& lane);

/** @brief The bytes of a shipment of `units` (kBytesPerUnit each), less what the lane carries at its full throughput
 * over the part of the head start that its transit does not cover (lanes with no transit), rounded to whole bytes so
 * that it lands no later than the head start asks; at least one byte. Exact for a shipment alone on its lane, up to a
 * byte's time; one that shares a lane with no transit with n−1 others lands up to n head starts early. */
double shipment_bytes(const Lane& lane, double units);

/** @brief The SimGrid command line that makes transit and throughput exact and, unless verbose, silences logs. */
std::vector<std::string> engine_arguments(bool verbose);

/** @brief The hosts and links of a scenario, by the scenario's indices. */
struct WorldPlatform {
  std::vector<simgrid::s4u::Host*> suppliers; // speed = peak output rate (units/day), profile = output rate / peak
  std::vector<simgrid::s4u::Host*> stages;    // speed = peak capacity (units/day), profile = capacity × (1 − lost)
  std::vector<simgrid::s4u::Host*> regions;
  std::vector<simgrid::s4u::Link*> lanes;
  simgrid::s4u::Host* control = nullptr; // where the monitor runs
};

/** @brief The bandwidth profile of a lane with outages as SimGrid's text (`DAY BYTES-PER-DAY` lines). */
std::string lane_profile_text(const Lane& lane, Date start);

/** @brief The speed profile of a rate schedule as SimGrid's text (`DAY MULTIPLIER` lines), relative to `peak`. */
std::string speed_profile_text(const DaySchedule<Rate>& rate, double peak);

/** @brief Builds the platform of `scenario` in the running engine, suppliers at their output rates and stages at their
 * capacities as `supply` has them. Call once, before creating actors. */
WorldPlatform build_platform(const Scenario& scenario, const SupplyPlan& supply);
/** @brief The same, with the supply worked out here (plan_supply). */
inline WorldPlatform build_platform(const Scenario& scenario)
{
  return build_platform(scenario, plan_supply(scenario));
}

} // namespace gwsim

#endif
