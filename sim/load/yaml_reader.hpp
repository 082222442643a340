/* Typed access to a YAML tree that knows where each value came from, so that every loader error carries the file,
 * line, column (or the `--set` override that supplied the value) and the key path without the loader repeating it. */
#ifndef GWSIM_SIM_YAML_READER_HPP
#define GWSIM_SIM_YAML_READER_HPP

#include "sim/load/quantity_parse.hpp"
#include "sim/model/schedule.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace gwsim {

/** @brief Where the nodes of one YAML tree came from: the scenario file, or `--set` overrides. */
class Origins {
 public:
  /** @brief Nodes not recorded as overridden come from `file`. */
  explicit Origins(std::string file) : file_(std::move(file)) {}
  /** @brief Records `value` and everything below it as coming from the override `origin` (`--set KEY=VALUE`). */
  void add_override(const YAML::Node& value, const std::string& origin);
  /** @brief Throws ScenarioError located at `at` (or at `fallback` when `at` has no mark, as null values). */
  [[noreturn]] void fail(const YAML::Node& at, const YAML::Mark& fallback, const std::string& path,
                         const std::string& message) const;
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  // yaml-cpp nodes cannot carry a mark set by us, so overridden nodes are recognised by identity (Node::is).
  std::vector<std::pair<YAML::Node, std::string>> overridden_;
};

/** @brief The value type a parser (text → Parsed<T>) yields. */
template <class Parse>
using ParsedType = typename decltype(std::declval<Parse>()(std::string()).value)::value_type;

/** @brief `parent.child`, or `child` at the top. */
std::string join_path(const std::string& parent, const std::string& child);

/** @brief What a node is, as error messages say it was found: `a map`, `a list`, `nothing` or the quoted text. */
std::string describe_found(const YAML::Node& node);

/** @brief A YAML node with its key path (`sites.abilene.phases.p1`), ready to be read as a scenario value. */
class KeyedNode {
 public:
  /** @brief `fallback` locates `node` when it has no mark of its own (an empty value). */
  KeyedNode(YAML::Node node, std::string path, const Origins& origins, YAML::Mark fallback = YAML::Mark::null_mark());

  const YAML::Node& yaml() const { return node_; }
  const std::string& path() const { return path_; }
  /** @brief Where this node is in its text (the fallback when it has no mark of its own). */
  YAML::Mark mark() const;

  /** @brief Throws ScenarioError at this node with this key path. */
  [[noreturn]] void fail(const std::string& message) const;
  /** @brief Throws `expected EXPECTED, found WHAT-IS-HERE`. */
  [[noreturn]] void fail_expected(const std::string& expected) const;

  /** @brief Checks this is a map whose keys are all among `allowed`, each at most once. */
  void check_keys(std::initializer_list<const char*> allowed) const;
  /** @brief The value under `key`, if the (checked) map has it. */
  std::optional<KeyedNode> find(const std::string& key) const;
  /** @brief The value under `key`; a missing key is an error located at this map. */
  KeyedNode require(const std::string& key, const std::string& expected) const;
  /** @brief The items of a list, each named `path.NAME` when it has a scalar `name`, else `path[INDEX]`. */
  std::vector<KeyedNode> items(const std::string& expected, bool non_empty) const;
  /** @brief The entries of a map, as (key node, value node) both with path `path.KEY`. */
  std::vector<std::pair<KeyedNode, KeyedNode>> entries(const std::string& expected) const;

  /** @brief The scalar text; any other kind of node is an error. */
  std::string scalar(const std::string& expected) const;
  /** @brief A non-empty name that can stand in key paths and phase references (no `.` or `/`). */
  std::string name() const;

  /** @brief The scalar parsed by `parse` (text → Parsed<T>); a failure becomes a located error. */
  template <class Parse>
  ParsedType<Parse> parse(Parse parse_text) const
  {
    if (!node_.IsScalar()) fail("expected " + parse_text(std::string()).expected + ", found " + describe_found(node_));
    auto parsed = parse_text(node_.Scalar());
    if (!parsed) fail(parsed.error());
    return *parsed.value;
  }

  /** @brief A value or a map date → value, sorted by date; duplicate dates and an empty map are errors. */
  template <class Parse>
  Schedule<ParsedType<Parse>> schedule(Parse parse_value) const
  {
    using T = ParsedType<Parse>;
    if (node_.IsScalar()) return Schedule<T>::always(parse(parse_value));
    if (!node_.IsMap() || node_.size() == 0)
      fail_expected(parse_value(std::string()).expected + ", or a non-empty map from date to such a value");
    return Schedule<T>{dated(parse_value), false};
  }

  /** @brief A map date → value as steps sorted by date; duplicate dates are errors, an empty map is none. */
  template <class Parse>
  std::vector<ScheduleStep<ParsedType<Parse>>> dated(Parse parse_value) const
  {
    using T = ParsedType<Parse>;
    std::vector<std::pair<ScheduleStep<T>, KeyedNode>> read;
    for (const auto& [key, value] : entries("a map from date to " + parse_value(std::string()).expected))
      read.push_back({ScheduleStep<T>{key.parse(parse_date), value.parse(parse_value)}, key});
    // A stable sort keeps file order among equal dates, so the error names the later of two duplicates.
    std::stable_sort(read.begin(), read.end(),
                     [](const auto& a, const auto& b) { return a.first.from < b.first.from; });
    std::vector<ScheduleStep<T>> steps;
    for (std::size_t i = 0; i < read.size(); ++i) {
      if (i > 0 && read[i].first.from == read[i - 1].first.from)
        read[i].second.fail("duplicate date " + read[i].first.from.iso() + " (each date may appear once)");
      steps.push_back(read[i].first);
    }
    return steps;
  }

 private:
  YAML::Node node_;
  std::string path_;
  const Origins* origins_;
  YAML::Mark fallback_;
};

} // namespace gwsim

#endif
