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
  // Actors woken at the same time run in an order SimGrid does not fix (it follows memory addresses). Sorting on every
  // field makes the record the same on every machine; kinds are declared in the order of a phase's life, so the
  // events of one actor at one instant keep their causal order.
  std::sort(world.events.begin(), world.events.end(), [](const Event& a, const Event& b) {
    return std::tie(a.day, a.actor, a.kind, a.subject, a.quantity) <
           std::tie(b.day, b.actor, b.kind, b.subject, b.quantity);
  });
  return std::move(world.events);
}

} // namespace gwsim
