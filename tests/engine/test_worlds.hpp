/* Small worlds for the engine's unit tests, built as structs (no YAML), and a SimGrid engine set up as gwsim sets it
 * up. Header-only: each test file builds what it needs. */
#ifndef GWSIM_TESTS_UNIT_TEST_WORLDS_HPP
#define GWSIM_TESTS_UNIT_TEST_WORLDS_HPP

#include "platforms/world_platform.hpp"
#include "sim/model/scenario.hpp"

#include <simgrid/s4u/Engine.hpp>

#include <memory>
#include <string>
#include <vector>

namespace gwsim::testing {

/** @brief One 1 kW accelerator "acc"; one supplier "fab" of it at `rate`, in lots of `lot` days, all of it to this
 * buyer; from 2026-01-01 to `end`. No region, lane or site. */
inline Scenario one_supplier(Schedule<Rate> rate, double lot, Date end = Date::from_ymd(2027, 1, 1))
{
  Scenario s;
  s.name  = "test";
  s.start = Date::from_ymd(2026, 1, 1);
  s.end   = end;
  s.accelerators.push_back(Accelerator{"acc", Power{1000}, 1.0, Money{10000}, {}});
  Supplier supplier;
  supplier.name    = "fab";
  supplier.product = Schedule<int>::always(0);
  supplier.rate    = std::move(rate);
  supplier.share   = Schedule<Share>::always(Share{1.0});
  supplier.lot     = Duration{lot};
  s.suppliers.push_back(supplier);
  return s;
}

/** @brief Adds region "grid" (1 GW of headroom, no interconnection delay) and a lane to it from supplier 0. */
inline void add_grid_and_lane(Scenario& s, double transit, double throughput)
{
  s.regions.push_back(Region{"grid", Schedule<Power>::always(Power{1e9}), Duration{0}, {}, {}, {}});
  s.lanes.push_back(Lane{0, 0, Duration{transit}, Rate{throughput}, {}});
}

/** @brief A SimGrid engine with gwsim's configuration (the exact network model, silent logs). One per process. */
inline std::unique_ptr<simgrid::s4u::Engine> gwsim_engine()
{
  std::vector<std::string> args = engine_arguments(false);
  std::vector<char*> argv;
  for (auto& a : args)
    argv.push_back(a.data());
  int argc = static_cast<int>(args.size());
  return std::make_unique<simgrid::s4u::Engine>(&argc, argv.data());
}

} // namespace gwsim::testing

#endif
