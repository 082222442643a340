#include "sim/load/quantity_parse.hpp"

#include <cmath>
#include <cstdlib>
#include <regex>
#include <vector>

namespace gwsim {
namespace {

/** @brief One unit a quantity may be written in, and how many base units it is. */
struct Unit {
  std::string name;
  double factor;
};

/** @brief How a kind of quantity is written: what error messages call it, and its units. */
struct Grammar {
  const char* noun;    // "power": messages say "a power", "a non-negative power"
  const char* example; // a valid value, quoted
  const char* units;   // the unit list as users read it
  bool dollar;         // written with a leading `$`
  std::vector<Unit> table;

  std::string expected() const { return std::string("a ") + noun + " such as " + example + " (" + units + ")"; }
};

/** @brief `[-][$]NUMBER UNIT` split into its parts; the unit has its spaces removed (`450 k / month`). */
struct Amount {
  bool negative = false;
  bool dollar   = false;
  double number = 0;
  std::string unit;
};

std::optional<Amount> split_amount(const std::string& text)
{
  // Plain decimals and exponents only: no sign after the minus, no `1_000`, no hex, no inf or nan.
  static const std::regex pattern(R"(\s*(-)?\s*(\$)?\s*(-)?\s*((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*?)\s*)");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  Amount a;
  a.negative = m[1].matched || m[3].matched;
  a.dollar   = m[2].matched;
  a.number   = std::strtod(m[4].str().c_str(), nullptr);
  for (char c : m[5].str())
    if (c != ' ' && c != '\t') a.unit += c;
  return a;
}

template <class T, class Make>
Parsed<T> parse_with(const std::string& text, const Grammar& g, Make make)
{
  const auto amount = split_amount(text);
  if (!amount || amount->dollar != g.dollar) return Parsed<T>::fail(g.expected(), quoted(text));
  for (const Unit& u : g.table) {
    if (amount->unit != u.name) continue;
    if (amount->negative)
      return Parsed<T>::fail(std::string("a non-negative ") + g.noun + " such as " + g.example, quoted(text));
    const double value = amount->number * u.factor;
    if (!std::isfinite(value)) return Parsed<T>::fail(std::string("a finite ") + g.noun, quoted(text));
    return Parsed<T>::ok(make(value));
  }
  return Parsed<T>::fail(g.expected(), quoted(text));
}

/** @brief Each multiplier suffix combined with each denominator (`k` × `/month`), as one table. */
std::vector<Unit> combine(const std::vector<Unit>& multipliers, const std::vector<Unit>& per)
{
  std::vector<Unit> table;
  for (const Unit& m : multipliers)
    for (const Unit& p : per)
      table.push_back({m.name + "/" + p.name, m.factor / p.factor});
  return table;
}

const std::vector<Unit> kDurationUnits = {{"day", 1},
                                          {"days", 1},
                                          {"week", 7},
                                          {"weeks", 7},
                                          {"month", kDaysPerMonth},
                                          {"months", kDaysPerMonth},
                                          {"year", kDaysPerYear},
                                          {"years", kDaysPerYear}};
const std::vector<Unit> kPowerUnits    = {{"W", 1}, {"kW", 1e3}, {"MW", 1e6}, {"GW", 1e9}};
const std::vector<Unit> kMoneyUnits    = {{"", 1}, {"k", 1e3}, {"M", 1e6}, {"B", 1e9}, {"T", 1e12}};
const std::vector<Unit> kCountUnits    = {{"", 1}, {"k", 1e3}, {"M", 1e6}};
const std::vector<Unit> kPeriodUnits   = {{"day", 1}, {"week", 7}, {"month", kDaysPerMonth}, {"year", kDaysPerYear}};

} // namespace

std::string quoted(const std::string& text)
{
  constexpr std::size_t kLongest = 60;
  return "\"" + (text.size() > kLongest ? text.substr(0, kLongest) + "..." : text) + "\"";
}

Parsed<double> parse_number(const std::string& text)
{
  static const Grammar g{"number", "\"1.2\"", "a plain decimal, optionally with an exponent", false, {{"", 1}}};
  return parse_with<double>(text, g, [](double v) { return v; });
}

Parsed<double> parse_count(const std::string& text)
{
  static const Grammar g{"count", "\"20k\"", "a number with optional k or M", false, kCountUnits};
  return parse_with<double>(text, g, [](double v) { return v; });
}

Parsed<Duration> parse_duration(const std::string& text)
{
  static const Grammar g{"duration", "\"3 weeks\"", "units days, weeks, months, years", false, kDurationUnits};
  return parse_with<Duration>(text, g, [](double v) { return Duration{v}; });
}

Parsed<Power> parse_power(const std::string& text)
{
  static const Grammar g{"power", "\"1.2 GW\"", "units W, kW, MW, GW", false, kPowerUnits};
  return parse_with<Power>(text, g, [](double v) { return Power{v}; });
}

Parsed<Money> parse_money(const std::string& text)
{
  static const Grammar g{"sum of money", "\"$35B\"", "$ and a number with optional k, M, B, T", true, kMoneyUnits};
  return parse_with<Money>(text, g, [](double v) { return Money{v}; });
}

Parsed<MoneyPerPower> parse_money_per_power(const std::string& text)
{
  static const Grammar g{"cost per power", "\"$15B/GW\"", "a sum of money per W, kW, MW or GW", true,
                         combine(kMoneyUnits, kPowerUnits)};
  return parse_with<MoneyPerPower>(text, g, [](double v) { return MoneyPerPower{v}; });
}

Parsed<Rate> parse_rate(const std::string& text)
{
  static const Grammar g{"rate", "\"450k/month\"", "a count with optional k or M per day, week, month or year", false,
                         combine(kCountUnits, kPeriodUnits)};
  return parse_with<Rate>(text, g, [](double v) { return Rate{v}; });
}

Parsed<Share> parse_share(const std::string& text)
{
  static const Grammar g{"share", "\"30%\"", "a percentage or a fraction such as 0.3", false, {{"", 1}, {"%", 0.01}}};
  auto parsed = parse_with<Share>(text, g, [](double v) { return Share{v}; });
  if (parsed && parsed.value->fraction > 1)
    return Parsed<Share>::fail("a share between 0% and 100% (or 0 and 1)", quoted(text));
  return parsed;
}

Parsed<ReportStep> parse_report_step(const std::string& text)
{
  static const std::regex pattern(R"(\s*(\d{1,6})\s*(days?|weeks?|months?|years?)\s*)");
  static const char* expected = "a report step of a whole positive number of days, weeks, months or years such as "
                                "\"1 month\"";
  std::smatch m;
  if (!std::regex_match(text, m, pattern) || std::stoi(m[1]) == 0)
    return Parsed<ReportStep>::fail(expected, quoted(text));
  ReportStep step;
  step.count         = std::stoi(m[1]);
  const char initial = m[2].str()[0];
  step.unit          = initial == 'd'   ? ReportStep::Unit::days
                       : initial == 'w' ? ReportStep::Unit::weeks
                       : initial == 'm' ? ReportStep::Unit::months
                                        : ReportStep::Unit::years;
  return Parsed<ReportStep>::ok(step);
}

Parsed<Date> parse_date(const std::string& text)
{
  if (auto date = Date::parse(text)) return Parsed<Date>::ok(*date);
  return Parsed<Date>::fail("a date such as \"2026-01-01\" or \"2026-01\"", quoted(text));
}

} // namespace gwsim
