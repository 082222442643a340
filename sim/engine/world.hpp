/* The state the actors share during one run: the scenario, the platform, the event record, the order book, and
 * per phase, site and region what the actors change and wait on. Actors are cooperative (SimGrid runs one at a time),
 * so plain data is safe; semaphores (Wakeup) wake whoever waits on a change. */
#ifndef GWSIM_SIM_WORLD_HPP
#define GWSIM_SIM_WORLD_HPP

#include "platforms/world_platform.hpp"
#include "sim/engine/money/funding.hpp"
#include "sim/engine/power/equipment_stock.hpp"
#include "sim/engine/power/interconnection_queue.hpp"
#include "sim/engine/power/onsite.hpp"
#include "sim/engine/power/study_slots.hpp"
#include "sim/engine/power/transmission.hpp"
#include "sim/engine/supply/lot_plan.hpp"
#include "sim/engine/supply/order_book.hpp"
#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

#include <simgrid/s4u/Comm.hpp>
#include <simgrid/s4u/Exec.hpp>
#include <simgrid/s4u/Mailbox.hpp>
#include <simgrid/s4u/Semaphore.hpp>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace gwsim {

/** @brief How one actor waits for others to change what it waits on: a semaphore, released only while its owner
 * waits. Actors are cooperative (one runs at a time), so no mutex guards the shared state; a condition variable would
 * cost a mutex hand-over on every wake-up (measured: 52,000 context switches for the sites of a 1,000-site run
 * against 30,000 with this). */
struct Wakeup {
  static Wakeup create();
  /** @brief Wakes the owner if it waits; several notifications before it runs wake it once. */
  void notify();
  /** @brief Waits for a notification or until `day` (forever when negative). A notification that comes after a
   * timeout and before the owner runs again makes its next wait return at once: a wake-up for nothing, never a lost
   * one. */
  void wait_until(double day);
  simgrid::s4u::SemaphorePtr signal;
  bool waiting = false;
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
  std::size_t region      = 0;
  bool granted            = false;
  bool built              = false; // its build has ended (onsite power goes only to built phases)
  bool onsite             = false; // draws on its site's onsite generation now (until its grid grant)
  bool drew_onsite        = false; // has drawn on it (it is then energized, and never draws again)
  bool funded             = true;  // its budget is committed (always, when the scenario has no funds)
  bool awaits_funds       = false; // ready but for its budget: queued in World::funding
  std::size_t unmet_after = 0;     // phases named in `after` not complete yet
  bool waits_grant        = true;  // the site's actor waits for this phase's grant: wake it on one
  bool waits_arrivals     = true;  // the site's actor waits for accelerators for this phase: wake it on an arrival
  bool waits_funds        = true;  // the site's actor waits for this phase's budget: wake it when it is committed
  std::vector<Waiting> waiting;
};

/** @brief A site's actor waits on `wakeup` for grants, arrivals and the completion of phases its own wait on. */
struct SiteState {
  Wakeup wakeup;
  std::vector<std::size_t> phases; // global phase indices, in declaration order
  OnsiteGeneration onsite;         // its bridging generation (sim/engine/power/onsite.hpp), when it has some
};

/** @brief A region's interconnection queue and headroom, decided on when an instant closes (sim/engine/closing.hpp).
 * Shipments to the region are sent to `arrivals`, whose permanent receiver is the region's actor: a comm then runs
 * from the supplier's host to the region's host over the lane, like a one-sided comm, without SimGrid keeping every
 * comm in flight in one kernel-wide list (measured: its scans took 13% of a 1,000-site run). Nobody receives them: the
 * mailbox keeps each shipment's SimGrid comm until the run ends (a few hundred bytes per shipment, about what the
 * event record keeps for it). */
struct RegionState {
  StudySlots studies; // requests waiting for a study, when the region caps them (`studies`)
  InterconnectionQueue queue;
  DaySchedule<Power> headroom;
  double imported_watts           = 0; // granted imports over transmission lines (sim/engine/power/imports.cpp)
  double exported_watts           = 0; // its headroom that other regions' imports keep
  simgrid::s4u::Mailbox* arrivals = nullptr;
};

/** @brief What one lot sends to one region: one comm over the lane, then one delivery per phase. */
struct Shipment {
  std::size_t lane;
  std::size_t product;
  std::vector<OrderBook::Allocation> parts;
  double units;         // the sum of the parts
  std::uint64_t serial; // hand-out order, over all suppliers: shipments that land together are delivered in it
};

/** @brief A shipment on its lane (sim/engine/supply/arrivals.hpp). */
struct InFlight {
  std::size_t supplier;
  Shipment shipment;
  simgrid::s4u::CommPtr comm;
};

/** @brief A supplier's planned lots and the execution of the one being made (sim/engine/supply/production.hpp). */
struct SupplierProduction {
  std::size_t supplier = 0;
  std::vector<PlannedLot> plan;
  std::size_t lot      = 0;       // the lot `running` makes
  std::size_t next_out = 0;       // the next lot to hand out (sim/engine/supply/lot_market.hpp)
  simgrid::s4u::ExecPtr running;  // null before the first lot
  simgrid::s4u::ExecPtr finished; // the lot before `running`
};

/** @brief An event as recorded during the run: its names point at strings that live as long as the World (the
 * scenario's names and labels, SimGrid's link names), so recording copies no text. */
struct RecordedEvent {
  double day; // the model's day: its instant (World::now)
  const std::string* actor;
  const std::string* subject;
  double quantity;
  long step;        // the step of the instant that recorded it: SimGrid's clock less `day`, in kInstantStepDays
  long recorded_by; // the SimGrid pid of the actor that recorded it (pids follow creation order, which is fixed)
  EventKind kind;
};

/** @brief The pid under which SimGrid's kernel (maestro) records: deliveries. It precedes every actor's, so in the
 * canonical order a delivery comes before what the site does with it at the same instant. */
inline constexpr long kKernelPid = 0;

/** @brief The instants waiting to be closed (sim/engine/closing.hpp) and how the closing actor waits. */
struct Closings {
  std::vector<double> due;            // model days posted for a closing, a min-heap
  double target = -1;                 // the day the closing actor waits to close, negative when none
  Wakeup wakeup;                      // notified when a day earlier than `target` is posted
  simgrid::s4u::SemaphorePtr settled; // released once an instant has come to rest (sim/closing.cpp)
};

/** @brief Everything one run shares. */
struct World {
  World(const Scenario& s, WorldPlatform p);

  const Scenario& scenario;
  WorldPlatform platform;
  std::vector<RecordedEvent> events; // in the order they were recorded
  const std::string no_subject;
  const std::string any_product = "any";
  OrderBook orders;
  Funding funding;                // the buyer's funds (sim/engine/money/funding.hpp)
  double online_watts = 0;        // IT power installed so far, over all phases (tranches follow it)
  std::vector<PhaseState> phases; // by global phase index
  std::vector<SiteState> sites;
  std::vector<RegionState> regions;
  Transmission transmission;                        // lines between regions and what imports use of them
  EquipmentStock equipment;                         // transformers, turbines made and not yet drawn (`equipment`)
  std::vector<std::vector<std::size_t>> dependents; // by phase: the phases whose `after` names it
  std::vector<SupplierProduction> production;       // by supplier
  Closings closings;
  std::vector<std::vector<Shipment>> outboxes;         // by supplier: shipments allocated, not yet on their lanes
  std::vector<std::vector<int>> lane_between;          // [supplier][region]: lane index, or -1 when no lane
  std::unordered_map<const void*, InFlight> in_flight; // shipments on their lanes, by their comm's kernel activity
  std::vector<InFlight> landed;                        // taken out of in_flight: ended at this instant, not delivered
  std::vector<simgrid::s4u::CommPtr> unloaded;         // comms whose shipment was delivered, until SimGrid ends them
  std::uint64_t shipped = 0;                           // shipments handed out so far (the next serial)

  /** @brief The model's day now: the instant SimGrid's clock is in. Actors compute every later date from it, so the
   * clock offsets at which an instant's steps run (kDeliveryLeadDays) never carry forward. A clock that has left the
   * open instant's window opens a new instant there. */
  double now();
  /** @brief Opens the instant of model day `day`, unless the clock is still in the open one; returns the model day. */
  double enter(double day);
  /** @brief Asks for the instant of model day `day` to be closed (sim/engine/closing.hpp): a power request turning
   * eligible, a headroom change. */
  void post_closing(double day);

  /** @brief Appends an event at the current simulated time. `actor` and `subject` must outlive the World: passing a
   * temporary does not compile. */
  void record(EventKind kind, const std::string& actor, const std::string& subject, double quantity);
  void record(EventKind, const std::string&, std::string&&, double) = delete;
  void record(EventKind, std::string&&, const std::string&, double) = delete;
  void record(EventKind, const std::string&, const char*, double)   = delete;
  /** @brief The same, as recorded by SimGrid pid `pid` (kKernelPid for what SimGrid's kernel does: deliveries). */
  void record_for(long pid, EventKind kind, const std::string& actor, const std::string& subject, double quantity);
  /** @brief The record in its canonical order, with its names copied out; `events` is left empty. */
  EventRecord take_canonical_record();
  /** @brief Wakes the actor of the site that holds `phase`. */
  void wake_site_of(std::size_t phase) { sites[phases[phase].ref.site].wakeup.notify(); }
  /** @brief What another actor tells a site about one of its phases. */
  enum class News { grant, arrival, funds };
  /** @brief Wakes the site's actor only if it waits for this news of this phase (many arrivals find a phase still
   * building or waiting for power; a wake-up for nothing costs two context switches). */
  void tell_site_of(std::size_t phase, News news)
  {
    const PhaseState& p = phases[phase];
    const bool waits = news == News::grant ? p.waits_grant : news == News::arrival ? p.waits_arrivals : p.waits_funds;
    if (waits) wake_site_of(phase);
  }

 private:
  double horizon_;               // days: nothing is recorded from it on
  double open_instant_ = -1e300; // the model day of the instant the clock is in or last was
};

} // namespace gwsim

#endif
