#include "analysis/format.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace gwsim {

void append_fixed(std::string& out, double value, int decimals)
{
  if (!std::isfinite(value)) return;
  // std::to_chars is correctly rounded like printf's "%.*f" (same text) and several times faster: events.csv of a
  // large run formats millions of numbers.
  char buf[352];
  const char* end   = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals).ptr;
  const char* begin = buf;
  // A tiny negative residue of a sum prints as "-0.000"; it is zero.
  if (*begin == '-' && std::find_if(begin + 1, end, [](char c) { return c != '0' && c != '.'; }) == end) ++begin;
  out.append(begin, end);
}

std::string fixed(double value, int decimals)
{
  std::string text;
  append_fixed(text, value, decimals);
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

void append_csv_field(std::string& out, const std::string& text)
{
  if (text.find_first_of(",\"\r\n") == std::string::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_field(const std::string& text)
{
  std::string out;
  append_csv_field(out, text);
  return out;
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
