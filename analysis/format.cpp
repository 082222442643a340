#include "analysis/format.hpp"

#include <cmath>
#include <cstdio>

namespace gwsim {

std::string fixed(double value, int decimals)
{
  if (!std::isfinite(value)) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string text = buf;
  // A tiny negative residue of a sum prints as "-0.000"; it is zero.
  if (text.front() == '-' && text.find_first_not_of("0.", 1) == std::string::npos) text.erase(0, 1);
  return text;
}

std::string whole(double value)
{
  if (!std::isfinite(value)) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld", std::llround(value));
  return buf;
}

std::string date_of_day(Date start, double day)
{
  return std::isfinite(day) ? iso_of_day(start, day) : "";
}

double rounded(double value, int decimals)
{
  const double scale = std::pow(10.0, decimals);
  const double r     = std::round(value * scale) / scale;
  return r == 0 ? 0.0 : r; // no negative zero in JSON either
}

bool reaches(double value, double target)
{
  return value >= target - 1e-9 * std::fabs(target);
}

std::string csv_field(const std::string& text)
{
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string csv_line(const std::vector<std::string>& fields)
{
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += csv_field(fields[i]);
  }
  line += '\n';
  return line;
}

} // namespace gwsim
