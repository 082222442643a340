/* YAML scenario → Scenario structs, with validation. Knows nothing of SimGrid. */
#ifndef GWSIM_SIM_LOADER_HPP
#define GWSIM_SIM_LOADER_HPP

#include "sim/load/uncertainty.hpp"
#include "sim/model/scenario.hpp"

#include <yaml-cpp/yaml.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace gwsim {

class Origins;

/** @brief A `--set KEY=VALUE` override: a dotted key path (list items addressed by name) and a YAML scalar. */
struct Override {
  std::string path;
  std::string value;
};

/** @brief Parses `KEY=VALUE`; throws InputError when there is no `=` or the key is empty. */
Override parse_override(const std::string& text);

/** @brief Bad input that is not in a scenario file (a flag, a missing file). Exit code 2. */
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/** @brief An error in a scenario: where it is, the key path, what was found and what was expected. Exit code 2.
 *
 * what() is `FILE:LINE:COLUMN: error: KEY.PATH: MESSAGE` (line and column 1-based). A value that came from an
 * override is located as `--set KEY=VALUE` instead of FILE:LINE:COLUMN. */
class ScenarioError : public InputError {
 public:
  ScenarioError(std::string file, int line, int column, std::string key_path, std::string message);
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& key_path() const { return key_path_; }
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  int line_;
  int column_;
  std::string key_path_;
  std::string message_;
};

/** @brief A scenario file parsed, overridden and validated once, then read as often as needed: at its medians (what
 * `gwsim run` simulates) or as replica I of an ensemble, whose draws depend only on (seed, I). */
class ScenarioSource {
 public:
  /** @brief Reads `text` (named `file` in messages) at its medians; throws ScenarioError or InputError. */
  ScenarioSource(const std::string& text, const std::string& file, const std::vector<Override>& overrides);
  static ScenarioSource from_file(const std::string& path, const std::vector<Override>& overrides);

  /** @brief The scenario with every distribution at its median. */
  const Scenario& medians() const { return medians_; }
  /** @brief The values given as distributions, in reading order. */
  const std::vector<UncertainInput>& uncertain_inputs() const { return inputs_; }
  /** @brief Replica `index` of seed `seed`: the scenario read again with that replica's draws. */
  Scenario replica(std::uint64_t seed, std::uint64_t index) const;
  /** @brief The scenario read with `draws` (a sensitivity swing, say). */
  Scenario with_draws(const Draws& draws) const { return read(draws, nullptr); }
  /** @brief The scenario text as read (before overrides), for fingerprints. */
  const std::string& text() const { return text_; }

 private:
  Scenario read(const Draws& draws, std::vector<UncertainInput>* inputs) const;

  std::string text_;
  std::string file_;
  YAML::Node root_;
  std::shared_ptr<Origins> origins_;
  Scenario medians_;
  std::vector<UncertainInput> inputs_;
};

/** @brief Loads and validates a scenario file, applying overrides first. Throws ScenarioError or InputError. */
Scenario load_scenario_file(const std::string& path, const std::vector<Override>& overrides = {});

/** @brief The same from text; `file` names it in messages. */
Scenario load_scenario_text(const std::string& text, const std::string& file,
                            const std::vector<Override>& overrides = {});

} // namespace gwsim

#endif
