/* Typed access to a YAML tree that knows where each value came from, so that every loader error carries the file,
 * line, column (or the `--set` override that supplied the value) and the key path without the loader repeating it. */
#ifndef GWSIM_SIM_YAML_READER_HPP
#define GWSIM_SIM_YAML_READER_HPP

#include "sim/load/magnitude.hpp"
#include "sim/load/quantity_parse.hpp"
#include "sim/load/uncertainty.hpp"
#include "sim/model/schedule.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
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
  /** @brief The draws this reading takes and records its uncertain inputs in; none: medians, not recorded. */
  void draw_with(Uncertainty* uncertainty) { uncertainty_ = uncertainty; }
  Uncertainty* uncertainty() const { return uncertainty_; }

 private:
  std::string file_;
  Uncertainty* uncertainty_ = nullptr;
  // yaml-cpp nodes cannot carry a mark set by us, so overridden nodes are recognised by identity (Node::is).
  std::vector<std::pair<YAML::Node, std::string>> overridden_;
};

/** @brief The value type a parser (text → Parsed<T>) yields. */
template <class Parse>
using ParsedType = typename decltype(std::declval<Parse>()(std::string()).value)::value_type;

/** @brief `parent.child`, or `child` at the top. */
std::string join_path(const std::string& parent, const std::string& child);

/** @brief True when `node` is a map holding a distribution key (`uniform`, …, `group`). */
bool holds_distribution(const YAML::Node& node);

/** @brief What a node is, as error messages say it was found: `a map`, `a list`, `nothing` or the quoted text. */
std::string describe_found(const YAML::Node& node);

/** @brief A YAML node with its key path (`sites.abilene.phases.p1`), ready to be read as a scenario value. */
class KeyedNode {
 public:
  /** @brief `fallback` locates `node` when it has no mark of its own (an empty value). */
  KeyedNode(YAML::Node node, std::string path, const Origins& origins, YAML::Mark fallback = YAML::Mark::null_mark());
  KeyedNode(const KeyedNode&) = default;
  /** @brief Rebinds to `other`'s node: YAML::Node's own `=` would overwrite the tree (as sorting a schedule's
   * entries did, which a second reading of the same tree then saw). */
  KeyedNode& operator=(const KeyedNode& other);

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

  /** @brief True when this is a map holding a distribution key (`uniform`, …, `group`). */
  bool is_distribution() const;

  /** @brief A value that may also be a distribution (SCENARIO-FORMAT.md, "Uncertainty"): a scalar is parsed by
   * `parse_text`; a distribution's parameters are, and the value is its draw in this reading (the median, or a
   * replica's draw, truncated to `range`), recorded as an uncertain input at this key path. */
  template <class Parse>
  ParsedType<Parse> value(Parse parse_text, ValidRange range = Magnitude<ParsedType<Parse>>::range()) const
  {
    using T = ParsedType<Parse>;
    if (!is_distribution()) return parse(parse_text);
    const auto parameter = [&parse_text](const KeyedNode& n) { return Magnitude<T>::of(n.parse(parse_text)); };
    return Magnitude<T>::make(draw(read_uncertain(parameter, range)));
  }

  /** @brief Whether a schedule's values may be distributions. */
  enum class Values { plain, uncertain };

  /** @brief A value or a map date → value, sorted by date; duplicate dates and an empty map are errors. */
  template <class Parse>
  Schedule<ParsedType<Parse>> schedule(Parse parse_value, Values values = Values::plain) const
  {
    using T = ParsedType<Parse>;
    if (values == Values::uncertain && is_distribution()) return Schedule<T>::always(element(parse_value, values));
    if (node_.IsScalar()) return Schedule<T>::always(parse(parse_value));
    if (!node_.IsMap() || node_.size() == 0 || is_distribution())
      fail_expected(parse_value(std::string()).expected + ", or a non-empty map from date to such a value");
    return Schedule<T>{dated(parse_value, values), false};
  }

  /** @brief A map date → value as steps sorted by date; duplicate dates are errors, an empty map is none. */
  template <class Parse>
  std::vector<ScheduleStep<ParsedType<Parse>>> dated(Parse parse_value, Values values = Values::plain) const
  {
    using T = ParsedType<Parse>;
    std::vector<ScheduleStep<T>> read;
    std::vector<KeyedNode> keys;
    for (const auto& [key, value] : entries("a map from date to " + parse_value(std::string()).expected)) {
      read.push_back(ScheduleStep<T>{key.parse(parse_date), value.element(parse_value, values)});
      keys.push_back(key);
    }
    // A stable sort keeps file order among equal dates, so the error names the later of two duplicates. Indices are
    // sorted, not the nodes: assigning a YAML::Node overwrites the tree it is in.
    std::vector<std::size_t> order(read.size());
    for (std::size_t i = 0; i < order.size(); ++i)
      order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&read](std::size_t a, std::size_t b) { return read[a].from < read[b].from; });
    std::vector<ScheduleStep<T>> steps;
    for (std::size_t i = 0; i < order.size(); ++i) {
      if (i > 0 && read[order[i]].from == read[order[i - 1]].from)
        keys[order[i]].fail("duplicate date " + read[order[i]].from.iso() + " (each date may appear once)");
      steps.push_back(read[order[i]]);
    }
    return steps;
  }

 private:
  /** @brief A schedule's value: possibly a distribution when `values` says so and its type may vary. */
  template <class Parse>
  ParsedType<Parse> element(Parse parse_value, Values values) const
  {
    if constexpr (Magnitude<ParsedType<Parse>>::varies)
      if (values == Values::uncertain) return value(parse_value);
    return parse(parse_value);
  }

  /** @brief The distribution at this node (checked), its parameters read by `parameter`, truncated to `range`. */
  UncertainInput read_uncertain(const std::function<double(const KeyedNode&)>& parameter, ValidRange range) const;
  /** @brief The value of `input` in this reading, recorded when the reading records. */
  double draw(UncertainInput input) const;

  YAML::Node node_;
  std::string path_;
  const Origins* origins_;
  YAML::Mark fallback_;
};

} // namespace gwsim

#endif
