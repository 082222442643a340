/* The one place where analysis turns numbers into text: fixed decimals, whole counts, CSV fields. Everything goes
 * through snprintf with the "C" formatting rules, so that outputs are byte-identical across machines and locales. */
#ifndef GWSIM_ANALYSIS_FORMAT_HPP
#define GWSIM_ANALYSIS_FORMAT_HPP

#include "sim/model/date.hpp"

#include <string>
#include <vector>

namespace gwsim {

/** @brief Decimals of each kind of output number (GW, PFLOP/s, days, event quantities). */
inline constexpr int kGwDecimals       = 6;
inline constexpr int kPflopsDecimals   = 3;
inline constexpr int kDaysDecimals     = 3;
inline constexpr int kEnergyDecimals   = 3; // MWh
inline constexpr int kQuantityDecimals = 6;
inline constexpr int kRatioDecimals    = 4; // circularity: dollars back per dollar invested

/** @brief `value` with `decimals` decimals; "-0.000" becomes "0.000"; empty for a non-finite value ("never"). */
std::string fixed(double value, int decimals);
/** @brief Appends fixed(value, decimals) to `out` without a temporary string (for large files). */
void append_fixed(std::string& out, double value, int decimals);

/** @brief `value` rounded to the nearest whole number (counts of accelerators, dollars); empty when non-finite. */
std::string whole(double value);

/** @brief The ISO date of simulated day `day` counted from `start`; empty when non-finite ("never"). */
std::string date_of_day(Date start, double day);

/** @brief `value` rounded to `decimals` decimals, as a number (for JSON, where the text is not ours to choose). */
double rounded(double value, int decimals);

/** @brief True when `value` reaches `target` up to a relative 1e-9, which absorbs the rounding of sums of lots. */
bool reaches(double value, double target);

/** @brief A CSV field, quoted per RFC 4180 when it holds a comma, a quote or a line break. */
std::string csv_field(const std::string& text);
/** @brief Appends csv_field(text) to `out` without a temporary string (for large files). */
void append_csv_field(std::string& out, const std::string& text);

/** @brief One CSV line: the fields quoted as needed, joined by commas, ended by "\n". */
std::string csv_line(const std::vector<std::string>& fields);

} // namespace gwsim

#endif
