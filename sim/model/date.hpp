/* Calendar dates. Simulated time is days counted from the scenario's start; dates appear only at the edges
 * (loading and output). */
#ifndef GWSIM_SIM_DATE_HPP
#define GWSIM_SIM_DATE_HPP

#include <optional>
#include <string>

namespace gwsim {

/** @brief A proleptic Gregorian calendar date, held as days since 1970-01-01. */
class Date {
 public:
  Date() = default;
  static Date from_ymd(int year, int month, int day);
  static Date from_days(long days) { return Date(days); }
  /** @brief Parses `YYYY-MM-DD` or `YYYY-MM` (the first of that month); nullopt when it is not a valid date. */
  static std::optional<Date> parse(const std::string& text);

  long days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  /** @brief `YYYY-MM-DD`. */
  std::string iso() const;
  /** @brief The same day of the month `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
  Date add_months(int months) const;
  Date add_days(long n) const { return Date(days_ + n); }

  friend bool operator<(Date a, Date b) { return a.days_ < b.days_; }
  friend bool operator<=(Date a, Date b) { return a.days_ <= b.days_; }
  friend bool operator==(Date a, Date b) { return a.days_ == b.days_; }
  friend bool operator!=(Date a, Date b) { return a.days_ != b.days_; }
  friend long operator-(Date a, Date b) { return a.days_ - b.days_; }

 private:
  explicit Date(long days) : days_(days) {}
  long days_ = 0;
};

/** @brief The whole day a simulated time falls in: floored, forgiving a time up to 1e-6 days (86 ms) below a whole day
 * (the rounding that a day of the model can carry: a shipment sharing a lane with no transit lands a few steps of an
 * instant early, platforms/world_platform.hpp). */
long whole_day(double day);

/** @brief The ISO date of simulated day `day` (floored) counted from `start`. */
std::string iso_of_day(Date start, double day);

} // namespace gwsim

#endif
