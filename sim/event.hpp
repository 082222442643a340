/* The event record: every state change of a run, in simulated-time order. It is the only thing analysis reads
 * (besides the scenario, for labels and unit conversions). */
#ifndef GWSIM_SIM_EVENT_HPP
#define GWSIM_SIM_EVENT_HPP

#include <optional>
#include <string>
#include <vector>

namespace gwsim {

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
