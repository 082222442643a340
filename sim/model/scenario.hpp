/* The scenario as plain structs: what the loader produces and what the platform, actors and analysis read.
 * No YAML and no SimGrid here. References between entities are resolved to indices by the loader. */
#ifndef GWSIM_SIM_SCENARIO_HPP
#define GWSIM_SIM_SCENARIO_HPP

#include "sim/model/date.hpp"
#include "sim/model/grid.hpp"
#include "sim/model/quantities.hpp"
#include "sim/model/schedule.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gwsim {

/** @brief Capacity lost over [from, to): a stage, supplier or lane works at (1 − lost) of its capacity then. */
struct Outage {
  Date from;
  Date to;
  Share lost;
};

/** @brief Units of a stage used per unit of something else (a stage's input, an accelerator's bill of materials). */
struct StageNeed {
  std::size_t stage = 0; // index into Scenario::stages
  double units      = 0; // above zero
};

/** @brief An upstream production stage (wafers, packaging, memory, integration): it starts units at its capacity while
 * its inputs allow, and `yield ×` what it starts comes out `cycle` later into its inventory. */
struct Stage {
  std::string name;
  std::string unit;        // a word for its outputs: wafer, stack, rack
  Schedule<Rate> capacity; // starts per day
  Duration cycle;          // from start to output
  Share yield{1.0};        // good share of what is started
  double inventory = 0;    // good units on hand at the scenario's start
  std::vector<StageNeed> inputs;
  std::vector<Outage> outages;
};

/** @brief An accelerator product: its all-in IT power, compute and system price. */
struct Accelerator {
  std::string name;
  Power it_power;               // all-in IT power per accelerator
  double pflops = 0;            // dense PFLOP/s per accelerator
  Money price;                  // system price per accelerator, paid at delivery
  std::vector<StageNeed> needs; // bill of materials: stage units per accelerator made
  bool price_given = false;     // the scenario gives `price` (even $0): timeline.csv then has waiting_usd
};

/** @brief A maker of accelerators, of which this buyer receives a share. */
struct Supplier {
  std::string name;
  Schedule<int> product; // index into Scenario::accelerators; -1 (or before the first date) = makes nothing
  Schedule<Rate> rate;   // total output
  Schedule<Share> share; // this buyer's share of the output
  Duration lot{7};       // production is handed out in lots of this much time
  std::vector<Outage> outages;
};

/** @brief A logistics lane from a supplier to a grid region. */
struct Lane {
  std::size_t from = 0; // index into Scenario::suppliers
  std::size_t to   = 0; // index into Scenario::regions
  Duration transit;
  Rate throughput;
  std::vector<Outage> outages; // its throughput is lowered over each
};

/** @brief A grid region: the power it can grant to these sites, and its interconnection delay. */
struct Region {
  std::string name;
  Schedule<Power> headroom;             // total grid power it can grant, as of each date
  Duration interconnect;                // from request to eligible for grant (the study of a request)
  QueueRules queue;                     // study cap, withdrawals (sim/model/grid.hpp)
  std::optional<EnergyPrice> price;     // what the sites pay for the electricity they draw
  std::vector<EquipmentNeed> equipment; // per watt granted from the grid (transformers), drawn at the grant
};

/** @brief A building or hall of IT load. */
struct Phase {
  std::string name;
  Power it_power;
  double pue = 1.0;
  std::optional<Date> start; // absent: the scenario's start
  Duration build;
  std::optional<Rate> install;            // absent: unlimited
  std::vector<std::size_t> after;         // global phase indices (see Scenario::phase_index)
  std::optional<std::size_t> accelerator; // accept only this product; absent: any
};

/** @brief A datacenter campus in one region, built in phases. */
struct Site {
  std::string name;
  std::size_t region = 0; // index into Scenario::regions
  std::vector<Phase> phases;
  std::optional<Onsite> onsite; // bridging generation (sim/model/grid.hpp)
};

/** @brief What the buildout is measured against. */
struct Demand {
  enum class Unit { gw, accelerators, pflops };
  enum class Interpolation { linear, step };
  Unit unit                   = Unit::gw;
  Interpolation interpolation = Interpolation::linear;
  std::vector<ScheduleStep<double>> points; // sorted by date; empty = no demand
};

/** @brief A source of money for the buildout: an amount received on a date, or in tranches as online IT crosses each
 * whole GW. */
struct Fund {
  std::string name;
  std::string from;                   // the investor (a supplier's name makes the circular flow measured); may be empty
  Money amount;                       // in all
  std::optional<Date> at;             // received from this date (the whole amount, or tranches not before it)
  std::optional<Money> per_gw_online; // released each time online IT crosses another whole GW, until `amount` is used
  std::vector<ScheduleStep<Money>> draws; // a draw schedule: each amount received on its date (they add up to amount)
  std::optional<Share> rate; // a loan: yearly interest on what is owed, accrued monthly and added to it (cashflow.csv)
};

/** @brief Facility money and, optionally, the funds that gate the phases' starts. */
struct Finance {
  MoneyPerPower facility;  // non-accelerator capex per W of IT, spent evenly over the build
  std::vector<Fund> funds; // when not empty, a phase starts only when the funds received and not committed cover it
};

/** @brief A whole scenario. Phases are numbered globally in declaration order (site by site). */
struct Scenario {
  std::string name;
  std::string description;
  std::string file; // where it was loaded from, for messages
  Date start;
  Date end;
  ReportStep step;
  std::uint64_t seed = 1;

  std::vector<Stage> stages; // in declaration order
  std::vector<Accelerator> accelerators;
  std::vector<Supplier> suppliers;
  std::vector<Lane> lanes;
  std::vector<Region> regions;
  std::vector<Line> transmission; // lines between regions (sim/model/grid.hpp)
  std::vector<Site> sites;
  Demand demand;
  Finance finance;

  /** @brief The horizon in simulated days (end − start). */
  double horizon_days() const { return static_cast<double>(end - start); }
};

/** @brief A phase seen globally: its site and its place within the site. */
struct PhaseRef {
  std::size_t site;
  std::size_t phase;
};

/** @brief All phases in declaration order; the position in this list is the global phase index. */
std::vector<PhaseRef> phase_refs(const Scenario& s);

/** @brief Whether the scenario uses a power extension (a study cap, withdrawals, onsite generation, transmission):
 * its outputs then carry the power columns and power.csv; a scenario without them keeps the core outputs. */
bool uses_power_extensions(const Scenario& s);

/** @brief Whether some accelerator has a `price` in the scenario: timeline.csv then carries waiting_usd. The key,
 * not its value, decides, so that the columns never depend on a replica's draws. */
bool prices_accelerators(const Scenario& s);

/** @brief `site/phase`, the name phases carry in outputs and in `after` across sites. */
std::string phase_label(const Scenario& s, PhaseRef ref);

} // namespace gwsim

#endif
