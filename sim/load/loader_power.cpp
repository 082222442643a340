/* The power extensions of a scenario (docs/scenario-format.md, "Power"): a region's study cap and withdrawals. */
#include "sim/load/scenario_reader.hpp"

#include <regex>

namespace gwsim {
namespace {

/** @brief A whole number of at least 1 (`studies: 20`). */
Parsed<std::size_t> parse_slots(const std::string& text)
{
  static const std::regex digits(R"(\d{1,9})");
  if (!std::regex_match(text, digits) || std::stoul(text) == 0)
    return Parsed<std::size_t>::fail("a whole number of requests of at least 1 such as \"20\"", quoted(text));
  return Parsed<std::size_t>::ok(std::stoul(text));
}

} // namespace

QueueRules read_queue_rules(const KeyedNode& region)
{
  QueueRules rules;
  if (auto studies = region.find("studies")) rules.studies = studies->parse(parse_slots);
  if (auto withdraw = region.find("withdraw_after"))
    rules.withdraw_after = withdraw->value(above_zero(parse_duration, &Duration::days));
  return rules;
}

} // namespace gwsim
