/* Each quantity a distribution may stand for, as one number in its base unit and back, with its valid range. */
#ifndef GWSIM_SIM_LOAD_MAGNITUDE_HPP
#define GWSIM_SIM_LOAD_MAGNITUDE_HPP

#include "sim/load/distribution.hpp"
#include "sim/model/quantities.hpp"

namespace gwsim {

/** @brief `of` a value gives its number, `make` a value from a number, `range()` the values it may take. Only the
 * specializations below may be distributions (`varies`); names, dates and counts may not. */
template <class T>
struct Magnitude {
  static constexpr bool varies = false;
};

template <>
struct Magnitude<Duration> {
  static constexpr bool varies = true;
  static double of(Duration v) { return v.days; }
  static Duration make(double x) { return Duration{x}; }
  static ValidRange range() { return {}; }
};
template <>
struct Magnitude<Power> {
  static constexpr bool varies = true;
  static double of(Power v) { return v.watts; }
  static Power make(double x) { return Power{x}; }
  static ValidRange range() { return {}; }
};
template <>
struct Magnitude<Money> {
  static constexpr bool varies = true;
  static double of(Money v) { return v.usd; }
  static Money make(double x) { return Money{x}; }
  static ValidRange range() { return {}; }
};
template <>
struct Magnitude<MoneyPerPower> {
  static constexpr bool varies = true;
  static double of(MoneyPerPower v) { return v.usd_per_watt; }
  static MoneyPerPower make(double x) { return MoneyPerPower{x}; }
  static ValidRange range() { return {}; }
};
template <>
struct Magnitude<Rate> {
  static constexpr bool varies = true;
  static double of(Rate v) { return v.per_day; }
  static Rate make(double x) { return Rate{x}; }
  static ValidRange range() { return {}; }
};
template <>
struct Magnitude<Share> {
  static constexpr bool varies = true;
  static double of(Share v) { return v.fraction; }
  static Share make(double x) { return Share{x}; }
  static ValidRange range() { return {0, 1}; }
};
/** A plain number (a PUE): the call site narrows its range. */
template <>
struct Magnitude<double> {
  static constexpr bool varies = true;
  static double of(double v) { return v; }
  static double make(double x) { return x; }
  static ValidRange range() { return {}; }
};

} // namespace gwsim

#endif
