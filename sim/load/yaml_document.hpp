/* Reading scenario text into a YAML tree safely: a size cap, a nesting cap checked before yaml-cpp sees the text
 * (yaml-cpp 0.7 recurses once per level and overflows the stack on deep nesting), and syntax errors as located
 * ScenarioErrors. */
#ifndef GWSIM_SIM_YAML_DOCUMENT_HPP
#define GWSIM_SIM_YAML_DOCUMENT_HPP

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>

namespace gwsim {

/** @brief The largest scenario file accepted; real scenarios are a few kilobytes. */
inline constexpr std::size_t kMaxScenarioBytes = 16u << 20;
/** @brief The deepest nesting of maps and lists accepted; the format itself needs about 6. */
inline constexpr int kMaxNestingDepth = 64;

/** @brief The whole text of `path`; InputError when it is missing, unreadable, not a file or too large. */
std::string read_scenario_text(const std::string& path);

/** @brief An upper estimate of the nesting depth of YAML `text` (block indentation, `- ` items and flow brackets),
 *  found without parsing; throws ScenarioError at the first line deeper than kMaxNestingDepth. */
void check_nesting_depth(const std::string& text, const std::string& file);

/** @brief Parses `text` after the size and depth checks; a syntax error becomes a ScenarioError at its mark. */
YAML::Node parse_yaml(const std::string& text, const std::string& file);

} // namespace gwsim

#endif
