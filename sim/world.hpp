/* The state the actors share during one run: the scenario, the platform, the event record, the order book, and
 * per phase and per region what the actors wait on. Actors are cooperative (SimGrid runs one at a time), so plain
 * data is safe; condition variables wake whoever waits on a change. */
#ifndef GWSIM_SIM_WORLD_HPP
#define GWSIM_SIM_WORLD_HPP

#include "platforms/world_platform.hpp"
#include "sim/event.hpp"
#include "sim/interconnection_queue.hpp"
#include "sim/order_book.hpp"
#include "sim/scenario.hpp"

#include <simgrid/s4u/ConditionVariable.hpp>
#include <simgrid/s4u/Mutex.hpp>

#include <string>
#include <vector>

namespace gwsim {

/** @brief What actors watch of one phase: its grant, the accelerators waiting at its site, its completion. */
struct PhaseState {
  /** @brief Accelerators of one product that arrived at the site and are not installed yet. */
  struct Waiting {
    std::size_t product;
    double units;
  };

  PhaseRef ref;
  const Phase* spec = nullptr;
  std::string label; // site/phase
  std::size_t region = 0;
  bool granted       = false;
  bool complete      = false;
  std::vector<Waiting> waiting;
  simgrid::s4u::MutexPtr mutex;
  simgrid::s4u::ConditionVariablePtr changed; // notified on grant, arrival and completion
};

/** @brief What the region actor owns: its queue and headroom; `changed` is notified on each new request. */
struct RegionState {
  InterconnectionQueue queue;
  DaySchedule<Power> headroom;
  simgrid::s4u::MutexPtr mutex;
  simgrid::s4u::ConditionVariablePtr changed;
};

/** @brief Everything one run shares. */
struct World {
  World(const Scenario& s, WorldPlatform p);

  const Scenario& scenario;
  WorldPlatform platform;
  EventRecord events;
  OrderBook orders;
  std::vector<PhaseState> phases; // by global phase index
  std::vector<RegionState> regions;
  std::vector<std::vector<int>> lane_between; // [supplier][region]: lane index, or -1 when no lane

  /** @brief Appends an event at the current simulated time. */
  void record(EventKind kind, const std::string& actor, const std::string& subject, double quantity);
};

} // namespace gwsim

#endif
