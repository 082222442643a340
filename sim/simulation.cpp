#include "sim/simulation.hpp"

#include "platforms/world_platform.hpp"
#include "sim/actors.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

#include <algorithm>
#include <tuple>

namespace gwsim {
namespace s4u = simgrid::s4u;

EventRecord simulate(const Scenario& scenario, const RunOptions& options)
{
  std::vector<std::string> args = engine_arguments(options.verbose);
  std::vector<char*> argv;
  for (auto& a : args)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  int argc = static_cast<int>(args.size());
  s4u::Engine engine(&argc, argv.data());

  World world(scenario, build_platform(scenario));
  const auto daemon = [](const s4u::ActorPtr& actor) { actor->daemonize(); };

  s4u::Actor::create("monitor", world.platform.control, [&world] { run_monitor(world); });
  for (std::size_t i = 0; i < scenario.regions.size(); ++i)
    daemon(s4u::Actor::create("region:" + scenario.regions[i].name, world.platform.regions[i],
                              [&world, i] { run_region(world, i); }));
  for (std::size_t i = 0; i < scenario.sites.size(); ++i)
    daemon(s4u::Actor::create("site:" + scenario.sites[i].name, world.platform.regions[scenario.sites[i].region],
                              [&world, i] { run_site(world, i); }));
  // Suppliers stop by themselves at the horizon (see supplier_actor.cpp); sites and regions are daemons.
  for (std::size_t i = 0; i < scenario.suppliers.size(); ++i)
    s4u::Actor::create("supplier:" + scenario.suppliers[i].name, world.platform.suppliers[i],
                       [&world, i] { run_supplier(world, i); });
  engine.run();
  // Actors woken at the same time run in an order SimGrid does not fix (it follows memory addresses). Within one
  // instant and one subject actor, events are put in the order of the actor that recorded them, then in the order it
  // recorded them: the same on every machine, and causal (an actor's own events are never reordered).
  std::vector<std::size_t> order(world.events.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  const auto& ev = world.events;
  const auto& by = world.recorded_by;
  std::sort(order.begin(), order.end(), [&ev, &by](std::size_t a, std::size_t b) {
    return std::tie(ev[a].day, ev[a].actor, by[a], a) < std::tie(ev[b].day, ev[b].actor, by[b], b);
  });
  EventRecord sorted;
  sorted.reserve(order.size());
  for (std::size_t i : order)
    sorted.push_back(std::move(world.events[i]));
  return sorted;
}

} // namespace gwsim
