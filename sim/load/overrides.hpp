/* `--set KEY=VALUE`: replacing values of the YAML tree before validation, so that an overridden value is checked
 * exactly like one written in the file (and its errors point at the override). */
#ifndef GWSIM_SIM_OVERRIDES_HPP
#define GWSIM_SIM_OVERRIDES_HPP

#include "sim/load/loader.hpp"
#include "sim/load/yaml_reader.hpp"

#include <yaml-cpp/yaml.h>

#include <vector>

namespace gwsim {

/** @brief Applies `overrides` in order to `root`, recording the new values in `origins`; a path that does not lead
 *  to an existing value (or a schedule map) is an InputError. */
void apply_overrides(YAML::Node& root, const std::vector<Override>& overrides, Origins& origins);

} // namespace gwsim

#endif
