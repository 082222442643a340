/* The event record: every state change of a run, in simulated-time order. It is the only thing analysis reads
 * (besides the scenario, for labels and unit conversions). */
#ifndef GWSIM_SIM_EVENT_HPP
#define GWSIM_SIM_EVENT_HPP

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace gwsim {

/** @brief How far, in days, SimGrid's clock may be from a date an actor asked to wake at: two times closer than this
 * are the same moment. */
inline constexpr double kClockToleranceDays = 1e-9;

/** @brief How long, in days, coordinators (suppliers handing out lots, regions granting power) let an instant settle
 * before deciding. SimGrid wakes actors whose activities end at the same time in an order that depends on memory
 * addresses (measured: it changes with malloc tunables), so a decision taken "at" T could see some of T's events and
 * not others. Deciding a hair after T, each coordinator sees all of them, in an order the model fixes. 1e-6 days
 * (86 ms) never shows in outputs (days have 3 decimals) and stays far above the clock's resolution (1e-12 days). */
inline constexpr double kSettleDays = 1e-6;

/** @brief The span, in days, over which the events of one instant may be spread (a settle, and decisions cascading
 * from it). Analysis reads "the state at the start of a date" as the state after this span. */
inline constexpr double kInstantDays = 1e-4;
static_assert(kInstantDays > 50 * kSettleDays, "an instant must hold many cascaded settles");

/** @brief The instant of the model that day `day` belongs to: days are grouped in spans of kInstantDays centred on
 * multiples of it, so a whole day and the settles cascading from it (a grant, the phase it completes, the phase that
 * was waiting for that one) fall in one. Queues served first come first served rank by instant, then by declaration
 * order: requests of one instant tie. (A rank, unlike "closer than kInstantDays", is transitive, so where a request
 * lands in a queue never depends on the order the requests came in.) */
inline long long instant_of(double day)
{
  return static_cast<long long>(std::floor(day / kInstantDays + 0.5));
}

/** @brief What happened. The comment gives the actor, the subject and the quantity of each kind. */
enum class EventKind {
  build_start,     // phase `site/phase`; subject empty; IT GW of the phase
  order,           // phase; subject the accepted product or `any`; IT GW ordered
  power_requested, // phase; subject its region; grid GW asked (IT × PUE)
  build_end,       // phase; subject empty; IT GW
  power_granted,   // phase; subject its region; grid GW granted
  energized,       // phase; subject empty; IT GW
  lot,             // supplier; subject the product; this buyer's share of the lot, in accelerators
  forgone,         // supplier; subject the product; accelerators of the share with no open order
  shipped,         // lane `supplier->region`; subject the product; accelerators put on the lane
  delivered,       // phase; subject the product; accelerators arrived at the site
  install_start,   // phase; subject the product; accelerators whose install begins (at the phase's install rate)
  installed,       // phase; subject the product; accelerators online
  complete,        // phase; subject empty; IT GW
};

/** @brief The name of a kind as written in events.csv. */
const char* event_name(EventKind kind);
/** @brief The kind of a name written by event_name(); nullopt for any other text. */
std::optional<EventKind> event_kind_of(const std::string& name);

/** @brief One state change. `day` counts simulated days from the scenario's start. */
struct Event {
  double day     = 0;
  EventKind kind = EventKind::build_start;
  std::string actor;
  std::string subject;
  double quantity = 0;
};

using EventRecord = std::vector<Event>;

} // namespace gwsim

#endif
