/* The energy of timeline.csv (analysis/energy_use.hpp) against SimGrid's energy plugin: each phase becomes a host whose
 * power state draws its facility power (IT × PUE, in watts) while an execution keeps it busy, from its install to the
 * end; the plugin's consumed energy (watts × SimGrid seconds, one second being one day here) must equal EnergyUse's
 * integral. The plugin's power is piecewise constant (a host's power follows its load), so the check is on draws that
 * are steps (unlimited install); the ramps of rate-limited installs are checked by hand in
 * tests/analysis/test_energy_use.cpp. Runs in its own process (gtest_discover_tests). */
#include "analysis/buildout.hpp"
#include "analysis/energy_use.hpp"
#include "tests/analysis/test_analysis_support.hpp"

#include <gtest/gtest.h>
#include <simgrid/plugins/energy.h>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Host.hpp>
#include <simgrid/s4u/NetZone.hpp>

#include <string>
#include <vector>

namespace gwsim {
namespace {
namespace s4u = simgrid::s4u;

TEST(EnergyPlugin, SimGridConsumesWhatEnergyUseIntegrates)
{
  // Two phases: 10 MW IT at PUE 1.2 online on day 10; 5 MW at PUE 1.5 online on day 25; horizon day 60.
  Scenario s               = testing::one_phase_scenario();
  s.sites[0].phases[0].pue = 1.2;
  Phase second             = s.sites[0].phases[0];
  second.name              = "p2";
  second.pue               = 1.5;
  second.it_power          = Power{5e6};
  s.sites[0].phases.push_back(second);
  const std::vector<InstallBatch> batches{{10, 10, Fleet{10000, 10e6, 0, 0}, "s/p1"},
                                          {25, 25, Fleet{5000, 5e6, 0, 0}, "s/p2"}};
  const double horizon = 60;

  int argc     = 1;
  char name[]  = "energy";
  char* argv[] = {name, nullptr};
  sg_host_energy_plugin_init();
  s4u::Engine engine(&argc, argv);
  auto* zone = s4u::create_full_zone("phases");
  std::vector<s4u::Host*> hosts;
  for (const InstallBatch& b : batches) {
    const double watts = b.fleet.it_w * (b.phase == "s/p1" ? 1.2 : 1.5);
    s4u::Host* host    = zone->create_host(b.phase, 1.0);
    // Idle : one core busy : all cores busy, in watts; off 0.
    host->set_property("wattage_per_state", "0:" + std::to_string(watts) + ":" + std::to_string(watts));
    host->set_property("wattage_off", "0");
    host->seal();
    hosts.push_back(host);
    const double from = b.start;
    s4u::Actor::create("draw:" + b.phase, host, [from, horizon] {
      s4u::this_actor::sleep_until(from);
      s4u::this_actor::execute(horizon - from); // speed 1: busy until the horizon
    });
  }
  zone->seal();
  engine.run();

  double joules = 0; // watts x days
  for (s4u::Host* host : hosts)
    joules += sg_host_get_consumed_energy(host);
  const double simgrid_mwh = joules * 24 / 1e6; // W·days x 24 h / 1e6 = MWh
  // By hand: 12 MW x 50 days + 7.5 MW x 35 days = 600 + 262.5 = 862.5 MW·days = 20,700 MWh.
  const EnergyUse energy(s, batches);
  EXPECT_NEAR(energy.energy_mwh(horizon), 20700, 1e-6);
  EXPECT_NEAR(simgrid_mwh, energy.energy_mwh(horizon), 1e-6 * 20700);
}

} // namespace
} // namespace gwsim
