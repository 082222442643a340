/* The floor to compare gwsim's event rate against: a plain SimGrid simulation of ACTORS actors each sleeping SLEEPS
 * times (varied durations, so the engine keeps a real timer heap). Prints the sleeps per second of wall time, timed
 * over the same span as gwsim's `wall_seconds`: from the engine's construction to the end of the run (engine,
 * platform, actors, run); `run_seconds` is the run alone.
 *   gwsim_sleep_baseline [ACTORS] [SLEEPS]   (defaults 10000 and 100)
 * One simulation per process (DESIGN.md, traps): hence a plain program, not a Google Benchmark loop. */
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Host.hpp>
#include <simgrid/s4u/NetZone.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
  const int actors = argc > 1 ? std::atoi(argv[1]) : 10000;
  const int sleeps = argc > 2 ? std::atoi(argv[2]) : 100;
  std::vector<std::string> args{"baseline", "--log=root.thresh:warning", "--log=xbt_cfg.thresh:warning",
                                "--cfg=contexts/stack-size:256"};
  std::vector<char*> cargs;
  for (auto& a : args)
    cargs.push_back(a.data());
  int cargc          = static_cast<int>(cargs.size());
  const auto created = std::chrono::steady_clock::now();
  simgrid::s4u::Engine engine(&cargc, cargs.data());
  auto* zone = simgrid::s4u::create_full_zone("zone");
  auto* host = zone->create_host("host", 1.0)->seal();
  zone->seal();
  for (int i = 0; i < actors; ++i)
    simgrid::s4u::Actor::create("sleeper", host, [i, sleeps] {
      for (int k = 0; k < sleeps; ++k)
        simgrid::s4u::this_actor::sleep_for(1.0 + (i * 7 + k * 13) % 10);
    });
  const auto began = std::chrono::steady_clock::now();
  engine.run();
  const auto ended   = std::chrono::steady_clock::now();
  const double wall  = std::chrono::duration<double>(ended - created).count();
  const double run   = std::chrono::duration<double>(ended - began).count();
  const double total = static_cast<double>(actors) * sleeps;
  std::printf("actors: %d\nsleeps: %.0f\nwall_seconds: %.3f\nrun_seconds: %.3f\nsleeps_per_second: %.0f\n", actors,
              total, wall, run, total / wall);
  return 0;
}
