#include "platforms/world_platform.hpp"

#include <simgrid/kernel/ProfileBuilder.hpp>
#include <simgrid/s4u/NetZone.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {
// SimGrid refuses an infinite bandwidth; this is far above any lane's throughput in bytes per day.
constexpr double kUnlimitedBandwidth = 1e20;

/** @brief A lane's bandwidth in bytes per day. */
double lane_bandwidth(const Lane& lane)
{
  const double per_day = lane.throughput.per_day;
  return std::isfinite(per_day) ? per_day * kBytesPerUnit : kUnlimitedBandwidth;
}

std::string format_number(double x)
{
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  return buf;
}

/** @brief Appends `prefix` + ITEM for each space-separated item of environment variable `name`, if set. */
void append_from_environment(std::vector<std::string>& args, const char* name, const std::string& prefix)
{
  if (const char* extra = std::getenv(name)) {
    std::istringstream items(extra);
    for (std::string item; items >> item;)
      args.push_back(prefix + item);
  }
}
} // namespace

double lane_latency(const Lane& lane)
{
  return std::max(0.0, lane.transit.days - kShipmentHeadStartDays);
}

double shipment_bytes(const Lane& lane, double units)
{
  const double uncovered = std::max(0.0, kShipmentHeadStartDays - lane.transit.days);
  return std::max(1.0, std::floor(units * kBytesPerUnit - uncovered * lane_bandwidth(lane)));
}

std::vector<std::string> engine_arguments(bool verbose)
{
  // CM02 without cross-traffic and TCP-gamma makes a comm take exactly latency + size / bandwidth (DESIGN.md).
  std::vector<std::string> args{"gwsim", "--cfg=network/model:CM02", "--cfg=network/crosstraffic:0",
                                "--cfg=network/TCP-gamma:0", "--cfg=contexts/stack-size:256"};
  if (!verbose) {
    args.insert(args.begin() + 1, "--log=xbt_cfg.thresh:warning");
    args.insert(args.begin() + 1, "--log=root.thresh:warning");
  }
  // Extra SimGrid settings and log thresholds from the environment (docs/cli.md, Environment), after gwsim's own:
  // GWSIM_SIMGRID_CFG="contexts/factory:thread" under ASan, GWSIM_SIMGRID_LOG="ker_simcall.thres:debug" to see
  // every call an actor makes into SimGrid's kernel.
  append_from_environment(args, "GWSIM_SIMGRID_CFG", "--cfg=");
  append_from_environment(args, "GWSIM_SIMGRID_LOG", "--log=");
  return args;
}

std::string speed_profile_text(const DaySchedule<Rate>& rate, double peak)
{
  // A multiplier of exactly 0 is ignored by SimGrid; suppliers never execute while their rate is zero (see
  // supplier_actor), so a zero is written as a tiny positive multiplier that no execution ever sees.
  std::string text;
  for (const auto& change : rate.changes) {
    const double multiplier = change.value.per_day > 0 ? change.value.per_day / peak : 1e-12;
    text += format_number(change.day) + " " + format_number(multiplier) + "\n";
  }
  return text;
}

namespace {

/** @brief A host whose speed profile follows `rate` (peak speed = its highest value). */
s4u::Host* rated_host(s4u::NetZone* zone, const std::string& name, const DaySchedule<Rate>& rate)
{
  double peak = 0;
  for (const auto& change : rate.changes)
    peak = std::max(peak, change.value.per_day);
  if (peak <= 0) peak = 1; // never executes; a host needs a positive speed
  auto* host = zone->create_host(name, peak);
  host->set_speed_profile(
      simgrid::kernel::profile::ProfileBuilder::from_string("rate:" + name, speed_profile_text(rate, peak), -1));
  return host->seal();
}

} // namespace

std::string lane_profile_text(const Lane& lane, Date start)
{
  // The lane's bandwidth in bytes a day over time (a link's profile holds bandwidths, not multipliers as a host's),
  // shifted to the clock of deliveries: a shipment due in an instant of [from, to) lands kDeliveryLeadDays before
  // it, so the closure runs from half a step earlier than that, and nothing due before `from` is held. A bandwidth
  // of 0 is ignored by SimGrid: a closed lane carries 1e-6 bytes a day (a shipment is at least a million bytes).
  std::vector<std::pair<double, double>> changes; // day, lost
  for (const Outage& outage : lane.outages) {
    changes.push_back({static_cast<double>(outage.from - start), outage.lost.fraction});
    changes.push_back({static_cast<double>(outage.to - start), -outage.lost.fraction});
  }
  std::sort(changes.begin(), changes.end());
  const double shift = kDeliveryLeadDays + kInstantStepDays / 2;
  const double full  = lane_bandwidth(lane);
  std::vector<std::pair<double, double>> profile{{0.0, full}}; // clock, bandwidth
  double lost = 0;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    lost += changes[i].second;
    if (i + 1 < changes.size() && changes[i + 1].first == changes[i].first) continue;
    const double clock     = std::max(0.0, changes[i].first - shift);
    const double bandwidth = lost > 1 - 1e-12 ? 1e-6 : full * (1 - std::max(0.0, lost));
    if (profile.back().first == clock)
      profile.back().second = bandwidth;
    else
      profile.emplace_back(clock, bandwidth);
  }
  std::string text;
  for (const auto& [clock, bandwidth] : profile)
    text += format_number(clock) + " " + format_number(bandwidth) + "\n";
  return text;
}

WorldPlatform build_platform(const Scenario& scenario, const SupplyPlan& supply)
{
  WorldPlatform world;
  auto* zone    = s4u::create_full_zone("world");
  world.control = zone->create_host("control", 1.0)->seal();

  for (std::size_t i = 0; i < scenario.suppliers.size(); ++i)
    world.suppliers.push_back(rated_host(zone, "supplier:" + scenario.suppliers[i].name, supply.output[i]));
  for (std::size_t x = 0; x < supply.chain.stage_count; ++x)
    world.stages.push_back(
        rated_host(zone, "stage:" + scenario.stages[x].name, daily_schedule(supply.chain.nodes[x].capacity)));
  for (const auto& region : scenario.regions)
    world.regions.push_back(zone->create_host("region:" + region.name, 1.0)->seal());

  for (const auto& lane : scenario.lanes) {
    const std::string name = scenario.suppliers[lane.from].name + "->" + scenario.regions[lane.to].name;
    auto* link             = zone->create_link(name, lane_bandwidth(lane))->set_latency(lane_latency(lane));
    if (!lane.outages.empty())
      link->set_bandwidth_profile(simgrid::kernel::profile::ProfileBuilder::from_string(
          "outages:" + name, lane_profile_text(lane, scenario.start), -1));
    link->seal();
    zone->add_route(world.suppliers[lane.from]->get_netpoint(), world.regions[lane.to]->get_netpoint(), nullptr,
                    nullptr, {s4u::LinkInRoute(link)}, false);
    world.lanes.push_back(link);
  }
  zone->seal();
  return world;
}

} // namespace gwsim
