/* The event record: every state change of a run, in simulated-time order. It is the only thing analysis reads
 * (besides the scenario, for labels and unit conversions). */
#ifndef GWSIM_SIM_EVENT_HPP
#define GWSIM_SIM_EVENT_HPP

#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace gwsim {

/** @brief How far, in days, SimGrid's clock may be from a date an actor asked to wake at: two times closer than this
 * are the same moment. */
inline constexpr double kClockToleranceDays = 1e-9;

/** @brief How SimGrid's clock spreads the steps of one instant of the model. An instant is the model day `T` at which
 * things coincide; its steps run in this order, each at its own clock offset, and nothing a step schedules carries the
 * offset forward (actors compute every later date from `T`, World::now()):
 *  - shipments land kDeliveryLeadDays before `T` (their lane's latency is shortened by that much plus the closing lag:
 *    platforms/world_platform.hpp) and are delivered at once, from SimGrid's kernel;
 *  - actors whose own dates fall on `T` (a build end, an install batch end, a phase's start) run at `T`, and so does
 *    every cascade they cause (a completion starts the phases waiting for it, which order and ask for power);
 *  - kCloseLagDays after `T`, once no actor has anything left to do, the instant is closed: regions decide on the
 *    requests eligible by `T`, with every cascade of their grants run to rest before they decide again;
 *  - kHandOutLagDays after `T`, the lots that end at `T` are handed out (sim/engine/closing.hpp);
 *  - kShipLagDays after `T`, their suppliers put the shipments on their lanes (sim/engine/supply/supplier_actor.cpp).
 * The offsets are whole steps (kInstantStepDays), far above SimGrid's timing precision (1e-9 days) and far below what
 * outputs show (1e-3 days). */
inline constexpr double kInstantStepDays  = 1e-8;
inline constexpr double kDeliveryLeadDays = 1 * kInstantStepDays;
inline constexpr double kCloseLagDays     = 2 * kInstantStepDays;
inline constexpr double kHandOutLagDays   = 3 * kInstantStepDays;
inline constexpr double kShipLagDays      = 4 * kInstantStepDays;

/** @brief Clock times less than this after an instant's first event belong to that instant: its steps (above) and
 * what a shipment handed out at an instant does when it lands at once (no transit, no throughput limit). */
inline constexpr double kInstantWindowDays = 2e-7;
static_assert(kDeliveryLeadDays > 0 && kCloseLagDays > 0 && kHandOutLagDays > kCloseLagDays &&
                  kShipLagDays > kHandOutLagDays,
              "the steps' order");
static_assert(kInstantWindowDays > 3 * (kDeliveryLeadDays + kShipLagDays), "an instant must hold its steps");

/** @brief The resolution at which analysis and first-come-first-served queues compare days: events of one instant carry
 * the same day, and this groups days that differ only by floating-point rounding. Analysis reads "the state at the
 * start of a date" as the state after this span. */
inline constexpr double kInstantDays = 1e-4;
static_assert(kInstantDays > 100 * kInstantWindowDays, "ranking must not split an instant");

/** @brief The instant of the model that day `day` belongs to: days are grouped in spans of kInstantDays centred on
 * multiples of it, so days that differ only by floating-point rounding fall in one. Queues served first come first
 * served rank by instant, then by declaration order: requests of one instant tie. (A rank, unlike "closer than
 * kInstantDays", is transitive, so where a request lands in a queue never depends on the order the requests came in.)
 */
inline long long instant_of(double day)
{
  return static_cast<long long>(std::floor(day / kInstantDays + 0.5));
}

/** @brief The first-come-first-served rank of the model's queues (orders, power requests, phases waiting for funds):
 * whether what phase `phase_a` queued on day `day_a` comes before what phase `phase_b` queued on `day_b`: by instant,
 * then by declaration order. */
inline bool queued_before(double day_a, std::size_t phase_a, double day_b, std::size_t phase_b)
{
  const long long ia = instant_of(day_a);
  const long long ib = instant_of(day_b);
  return ia < ib || (ia == ib && phase_a < phase_b);
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
  // Recorded only when the scenario has funds (finance.funds):
  funds_received,  // fund; subject its investor (`from`), or empty; US dollars released to the buyer
  funds_committed, // phase; subject empty; US dollars of its budget, committed at its build start
  paid,            // supplier; subject the phase; US dollars paid for accelerators delivered
  // Recorded only when the scenario uses the power extensions (docs/scenario-format.md, "Power"):
  study_start,      // phase; subject its region; grid GW whose study starts (a region with `studies`)
  power_withdrawn,  // phase; subject its region; grid GW of the request withdrawn (`withdraw_after`)
  onsite_ordered,   // site; subject empty; GW of onsite generation ordered (its first phase starts building)
  onsite_energized, // phase; subject its site; grid GW it draws on onsite generation (it is energized by it)
  onsite_released,  // phase; subject its site; grid GW returned to the site's onsite pool at its grid grant
  power_imported,   // importing region; subject the exporting region; GW of the exporter's headroom it keeps
  equipment_drawn,  // phase (a grid grant) or site (its onsite generation); subject the stage; units drawn from it
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
