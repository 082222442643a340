/* The state the actors share during one run: the scenario, the platform, the event record, the order book, and
 * per phase, site and region what the actors change and wait on. Actors are cooperative (SimGrid runs one at a time),
 * so plain data is safe; condition variables wake whoever waits on a change. */
#ifndef GWSIM_SIM_WORLD_HPP
#define GWSIM_SIM_WORLD_HPP

#include "platforms/world_platform.hpp"
#include "sim/event.hpp"
#include "sim/interconnection_queue.hpp"
#include "sim/order_book.hpp"
#include "sim/scenario.hpp"

#include <simgrid/s4u/ConditionVariable.hpp>
#include <simgrid/s4u/Mutex.hpp>

#include <mutex>
#include <string>
#include <vector>

namespace gwsim {

/** @brief A mutex and a condition variable: one actor waits on it, others notify it of a change. */
struct Wakeup {
  static Wakeup create();
  void notify() const { changed->notify_all(); }
  /** @brief Waits, holding `lock` on `mutex`, for a notification or until `day` (forever when negative). When the
   * horizon kills the waiting daemon, the lock is let go without unlocking: unlocking is a SimGrid call, which a
   * dying actor must not make (with thread contexts it hangs the run). */
  void wait_until(std::unique_lock<simgrid::s4u::Mutex>& lock, double day) const;
  simgrid::s4u::MutexPtr mutex;
  simgrid::s4u::ConditionVariablePtr changed;
};

/** @brief What other actors change of one phase: its grant and the accelerators arrived at its site. */
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
  bool site_waits    = true; // the site's actor waits for this phase's grant or arrivals: wake it on them
  std::vector<Waiting> waiting;
};

/** @brief A site's actor waits on `wakeup` for grants, arrivals and the completion of phases its own wait on. */
struct SiteState {
  Wakeup wakeup;
  std::vector<std::size_t> phases; // global phase indices, in declaration order
};

/** @brief What the region actor owns: its queue and headroom; `wakeup` is notified on each new request. */
struct RegionState {
  InterconnectionQueue queue;
  DaySchedule<Power> headroom;
  Wakeup wakeup;
};

/** @brief What one lot sends to one region: one comm over the lane, then one delivery per phase. */
struct Shipment {
  std::size_t lane;
  std::size_t product;
  std::vector<OrderBook::Allocation> parts;
};

/** @brief A lot being made: its size is known when it begins (the integral of the rate over it). */
struct Lot {
  double end;           // when it is made, exactly
  std::size_t supplier; // ties in `end` are handed out in declaration order
  std::size_t product;
  double units; // this buyer's share
};

/** @brief Everything one run shares. */
struct World {
  World(const Scenario& s, WorldPlatform p);

  const Scenario& scenario;
  WorldPlatform platform;
  EventRecord events;
  /** @brief Per event: the SimGrid pid of the actor that recorded it (pids follow creation order, which is fixed). */
  std::vector<long> recorded_by;
  OrderBook orders;
  std::vector<PhaseState> phases; // by global phase index
  std::vector<SiteState> sites;
  std::vector<RegionState> regions;
  std::vector<std::vector<std::size_t>> dependents; // by phase: the phases whose `after` names it
  std::vector<Lot> lots;                            // being made, sorted by (end, supplier)
  std::vector<std::vector<Shipment>> outboxes;      // by supplier: shipments allocated, not yet on their lanes
  std::vector<std::vector<int>> lane_between;       // [supplier][region]: lane index, or -1 when no lane

  /** @brief Appends an event at the current simulated time. */
  void record(EventKind kind, const std::string& actor, const std::string& subject, double quantity);
  /** @brief Wakes the actor of the site that holds `phase`. */
  void wake_site_of(std::size_t phase) const { sites[phases[phase].ref.site].wakeup.notify(); }
  /** @brief Wakes it only if it waits for this phase's grant or arrivals (most arrivals find a phase still waiting
   * for power, and a wake-up for nothing costs a context switch). */
  void tell_site_of(std::size_t phase) const
  {
    if (phases[phase].site_waits) wake_site_of(phase);
  }
};

} // namespace gwsim

#endif
