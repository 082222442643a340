/* Text of the scenario format → quantities. Each parser either returns the value or says what it expected and what
 * it found, so that the loader can put that into a located error message without knowing the grammar. */
#ifndef GWSIM_SIM_QUANTITY_PARSE_HPP
#define GWSIM_SIM_QUANTITY_PARSE_HPP

#include "sim/model/date.hpp"
#include "sim/model/quantities.hpp"

#include <optional>
#include <string>
#include <utility>

namespace gwsim {

/** @brief The outcome of parsing one value: the value, or what was expected and what was found instead. */
template <class T>
struct Parsed {
  std::optional<T> value;
  std::string expected; // e.g. `a power such as "1.2 GW" (units W, kW, MW, GW)`
  std::string found;    // e.g. `"1.2 GB"` (quoted text) or `a list`

  static Parsed ok(T v) { return Parsed{std::move(v), {}, {}}; }
  static Parsed fail(std::string expected_what, std::string found_what)
  {
    return Parsed{std::nullopt, std::move(expected_what), std::move(found_what)};
  }
  explicit operator bool() const { return value.has_value(); }
  /** @brief `expected EXPECTED, found FOUND`. */
  std::string error() const { return "expected " + expected + ", found " + found; }
};

/** @brief `text` in double quotes (shortened when long), as error messages show what they found. */
std::string quoted(const std::string& text);

/** @brief A plain non-negative number (`5`, `1.2`, `1e3`). */
Parsed<double> parse_number(const std::string& text);
/** @brief A count with an optional k or M (`20k`, `1.5M`). */
Parsed<double> parse_count(const std::string& text);
/** @brief A number and a unit of days, weeks, months or years (`3 weeks`, `0 days`, `1.5 years`). */
Parsed<Duration> parse_duration(const std::string& text);
/** @brief A number and W, kW, MW or GW (`1.2 GW`). */
Parsed<Power> parse_power(const std::string& text);
/** @brief `$`, a number and an optional k, M, B or T (`$35B`). */
Parsed<Money> parse_money(const std::string& text);
/** @brief Money per W, kW, MW or GW (`$15B/GW`). */
Parsed<MoneyPerPower> parse_money_per_power(const std::string& text);
/** @brief A count with optional k or M per day, week, month or year (`450k/month`). */
Parsed<Rate> parse_rate(const std::string& text);
/** @brief A fraction in [0, 1], as a percentage (`30%`) or a number (`0.3`). */
Parsed<Share> parse_share(const std::string& text);
/** @brief A whole positive number of days, weeks, months or years (`1 month`). */
Parsed<ReportStep> parse_report_step(const std::string& text);
/** @brief `YYYY-MM-DD` or `YYYY-MM`. */
Parsed<Date> parse_date(const std::string& text);

/** @brief `parse` narrowed to values whose `magnitude` is above zero (an it_power, a lot, a throughput). */
template <class Parse, class T>
auto above_zero(Parse parse, double T::*magnitude)
{
  return [parse, magnitude](const std::string& text) {
    auto parsed = parse(text);
    if (parsed && (*parsed.value).*magnitude <= 0) return decltype(parsed)::fail("a value above zero", quoted(text));
    return parsed;
  };
}

} // namespace gwsim

#endif
