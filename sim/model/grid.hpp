/* The grid beyond a region's headroom and interconnect delay (docs/scenario-format.md, "Power"): the study cap and
 * withdrawals of a region's queue, onsite bridging generation at a site, transmission lines between regions, the price
 * of electricity. Plain structs, read by the loader (sim/load/loader_power.cpp). */
#ifndef GWSIM_SIM_GRID_HPP
#define GWSIM_SIM_GRID_HPP

#include "sim/model/quantities.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace gwsim {

/** @brief What a region's interconnection queue adds to its delay: a cap on requests studied at once, withdrawals. */
struct QueueRules {
  std::size_t studies = 0;                // requests studied at once; 0: no cap (a study starts with its request)
  std::optional<Duration> withdraw_after; // a request not granted this long after it was made is withdrawn
};

/** @brief The price of electricity, in US dollars per MWh. */
struct EnergyPrice {
  double usd_per_mwh = 0;
};

/** @brief Long-lead equipment a grid connection or onsite generation needs (`equipment`): units of a supply-chain stage
 * (transformers, turbines) per watt, drawn from the stage's inventory when the power comes. */
struct EquipmentNeed {
  std::size_t stage     = 0; // index into Scenario::stages; nothing else in the chain draws on it
  double units_per_watt = 0; // above zero
};

/** @brief Bridging generation at a site: ordered when its first phase starts building, available `lead` later (and
 * not before its equipment is in stock). */
struct Onsite {
  Power power;
  Duration lead;
  std::vector<EquipmentNeed> equipment;
};

/** @brief A transmission line between two regions; it carries up to `limit` in either direction. */
struct Line {
  std::size_t from = 0; // index into Scenario::regions
  std::size_t to   = 0;
  Power limit;
};

} // namespace gwsim

#endif
