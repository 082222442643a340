#include "sim/engine/simulation.hpp"

#include "platforms/world_platform.hpp"
#include "sim/engine/actors.hpp"
#include "sim/engine/supply/arrivals.hpp"
#include "sim/engine/supply/production.hpp"
#include "sim/engine/supply/stage_production.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Mailbox.hpp>

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

  const SupplyPlan supply = plan_supply(scenario);
  World world(scenario, build_platform(scenario, supply));
  world.equipment = EquipmentStock(scenario, supply.chain);
  const Production production(world, supply);
  StageProduction stages(supply.chain, world.platform.stages);
  const Arrivals arrivals(world);
  const auto daemon = [](const s4u::ActorPtr& actor) { actor->daemonize(); };

  s4u::Actor::create("monitor", world.platform.control, [&world] { run_monitor(world); });
  // Created before the sites: its pid ranks its events (grants, lots) before theirs at the same step of an instant.
  daemon(s4u::Actor::create("closer", world.platform.control, [&world] { run_closer(world); }));
  for (std::size_t i = 0; i < scenario.regions.size(); ++i) {
    const s4u::ActorPtr region = s4u::Actor::create("region:" + scenario.regions[i].name, world.platform.regions[i],
                                                    [&world, i] { run_region(world, i); });
    daemon(region);
    world.regions[i].arrivals->set_receiver(region); // shipments land at the region's host (see RegionState)
  }
  for (std::size_t i = 0; i < scenario.sites.size(); ++i)
    daemon(s4u::Actor::create("site:" + scenario.sites[i].name, world.platform.regions[scenario.sites[i].region],
                              [&world, i] { run_site(world, i); }));
  // Suppliers stop by themselves at the horizon (see supplier_actor.cpp); sites and regions are daemons.
  for (std::size_t i = 0; i < scenario.suppliers.size(); ++i)
    s4u::Actor::create("supplier:" + scenario.suppliers[i].name, world.platform.suppliers[i],
                       [&world, i] { run_supplier(world, i); });
  // Created last (the other actors' pids, which order events, stay as they were): stops the stages' executions that
  // still run at the horizon, as suppliers stop their lots.
  if (!scenario.stages.empty())
    s4u::Actor::create("stages", world.platform.control, [&stages, horizon = scenario.horizon_days()] {
      s4u::this_actor::sleep_until(horizon);
      stages.stop();
    });
  engine.run();
  for (const auto& region : world.regions)
    region.arrivals->set_receiver(nullptr); // a mailbox keeps its permanent receiver alive: let the actor go
  return world.take_canonical_record();
}

} // namespace gwsim
