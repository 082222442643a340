/* Quantities of the scenario format as distinct types, so that a rate cannot be added to a power by accident.
 * Values are stored in one base unit each (days, watts, US dollars, units per day); parsing from text lives in
 * quantity_parse.hpp. */
#ifndef GWSIM_SIM_QUANTITIES_HPP
#define GWSIM_SIM_QUANTITIES_HPP

#include <string>

namespace gwsim {

/** @brief Days in a month and a year, as SCENARIO-FORMAT.md fixes them for durations and rates. */
inline constexpr double kDaysPerYear  = 365.25;
inline constexpr double kDaysPerMonth = 365.25 / 12.0;

/** @brief A span of simulated time, in days. */
struct Duration {
  double days = 0;
};

/** @brief Electrical power, in watts. */
struct Power {
  double watts = 0;
  double gw() const { return watts / 1e9; }
};

/** @brief An amount of money, in US dollars. */
struct Money {
  double usd = 0;
};

/** @brief Money per unit of power (facility capex), in US dollars per watt. */
struct MoneyPerPower {
  double usd_per_watt = 0;
};

/** @brief A count per unit of time (accelerators produced, carried or installed), in units per day. */
struct Rate {
  double per_day = 0;
};

/** @brief A fraction in [0, 1]. */
struct Share {
  double fraction = 0;
};

/** @brief The report step of timeline.csv: months and years keep the day of the month, days and weeks add days. */
struct ReportStep {
  enum class Unit { days, weeks, months, years };
  Unit unit = Unit::months;
  int count = 1; // a positive whole number of units
};

} // namespace gwsim

#endif
