#include "sim/model/date.hpp"

#include <cmath>
#include <cstdio>
#include <regex>

namespace gwsim {
namespace {

// Days from civil and back: H. Hinnant's public-domain algorithms for the proleptic Gregorian calendar.
long days_from_civil(long y, unsigned m, unsigned d)
{
  y -= m <= 2;
  const long era     = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

struct Civil {
  int year;
  int month;
  int day;
};

Civil civil_from_days(long z)
{
  z += 719468;
  const long era     = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y       = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp  = (5 * doy + 2) / 153;
  const unsigned d   = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m   = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

bool is_leap(int y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m)
{
  static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : lengths[m - 1];
}

} // namespace

Date Date::from_ymd(int year, int month, int day)
{
  return Date(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

std::optional<Date> Date::parse(const std::string& text)
{
  static const std::regex pattern(R"((\d{4})-(\d{2})(?:-(\d{2}))?)");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  const int year  = std::stoi(m[1]);
  const int month = std::stoi(m[2]);
  const int day   = m[3].matched ? std::stoi(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return from_ymd(year, month, day);
}

int Date::year() const
{
  return civil_from_days(days_).year;
}
int Date::month() const
{
  return civil_from_days(days_).month;
}
int Date::day() const
{
  return civil_from_days(days_).day;
}

std::string Date::iso() const
{
  const Civil c = civil_from_days(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

Date Date::add_months(int months) const
{
  const Civil c   = civil_from_days(days_);
  const int total = c.year * 12 + (c.month - 1) + months;
  const int y     = total / 12;
  const int m     = total % 12 + 1;
  const int d     = c.day < days_in_month(y, m) ? c.day : days_in_month(y, m);
  return from_ymd(y, m, d);
}

long whole_day(double day)
{
  return static_cast<long>(std::floor(day + 1e-6));
}

std::string iso_of_day(Date start, double day)
{
  return start.add_days(whole_day(day)).iso();
}

} // namespace gwsim
