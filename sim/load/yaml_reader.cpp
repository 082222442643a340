#include "sim/load/yaml_reader.hpp"

#include "sim/load/loader.hpp"

#include <algorithm>
#include <set>
#include <sstream>

namespace gwsim {
namespace {

YAML::Mark position_of(const YAML::Node& node, const YAML::Mark& fallback)
{
  // An empty value takes the position of whatever follows it; its key (the fallback) is where the reader looks.
  return node.Mark().is_null() || (node.IsNull() && !fallback.is_null()) ? fallback : node.Mark();
}

} // namespace

void Origins::add_override(const YAML::Node& value, const std::string& origin)
{
  overridden_.emplace_back(value, origin);
  if (value.IsMap())
    for (const auto& entry : value) {
      add_override(entry.first, origin);
      add_override(entry.second, origin);
    }
  else if (value.IsSequence())
    for (const auto& item : value)
      add_override(item, origin);
}

void Origins::fail(const YAML::Node& at, const YAML::Mark& fallback, const std::string& path,
                   const std::string& message) const
{
  for (const auto& [node, origin] : overridden_)
    if (at.is(node)) throw ScenarioError(origin, 0, 0, path, message);
  const YAML::Mark mark = position_of(at, fallback);
  if (mark.is_null()) throw ScenarioError(file_, 0, 0, path, message);
  throw ScenarioError(file_, mark.line + 1, mark.column + 1, path, message);
}

std::string join_path(const std::string& parent, const std::string& child)
{
  return parent.empty() ? child : parent + "." + child;
}

std::string describe_found(const YAML::Node& node)
{
  switch (node.Type()) {
  case YAML::NodeType::Map:
    if (holds_distribution(node)) return "a distribution";
    return node.size() == 0 ? "an empty map" : "a map";
  case YAML::NodeType::Sequence:
    return node.size() == 0 ? "an empty list" : "a list";
  case YAML::NodeType::Scalar:
    return quoted(node.Scalar());
  default:
    return "nothing";
  }
}

KeyedNode::KeyedNode(YAML::Node node, std::string path, const Origins& origins, YAML::Mark fallback)
    : node_(std::move(node)), path_(std::move(path)), origins_(&origins), fallback_(fallback)
{
}

KeyedNode& KeyedNode::operator=(const KeyedNode& other)
{
  node_.reset(other.node_);
  path_     = other.path_;
  origins_  = other.origins_;
  fallback_ = other.fallback_;
  return *this;
}

YAML::Mark KeyedNode::mark() const
{
  return position_of(node_, fallback_);
}

void KeyedNode::fail(const std::string& message) const
{
  origins_->fail(node_, fallback_, path_, message);
}

void KeyedNode::fail_expected(const std::string& expected) const
{
  fail("expected " + expected + ", found " + describe_found(node_));
}

void KeyedNode::check_keys(std::initializer_list<const char*> allowed) const
{
  std::string list;
  for (const char* key : allowed)
    list += (list.empty() ? "" : ", ") + std::string(key);
  if (!node_.IsMap()) fail_expected("a map with keys " + list);
  std::set<std::string> seen;
  for (const auto& entry : node_) {
    const KeyedNode key(entry.first, path_, *origins_, mark());
    const std::string text = key.scalar("a key such as " + quoted(*allowed.begin()));
    const KeyedNode located(entry.first, join_path(path_, text), *origins_, mark());
    if (std::find_if(allowed.begin(), allowed.end(), [&](const char* k) { return text == k; }) == allowed.end())
      located.fail("unknown key " + quoted(text) + "; allowed keys: " + list);
    if (!seen.insert(text).second) located.fail("duplicate key " + quoted(text) + " (each key may appear once)");
  }
}

std::optional<KeyedNode> KeyedNode::find(const std::string& key) const
{
  for (const auto& entry : node_)
    if (entry.first.IsScalar() && entry.first.Scalar() == key)
      return KeyedNode(entry.second, join_path(path_, key), *origins_, entry.first.Mark());
  return std::nullopt;
}

KeyedNode KeyedNode::require(const std::string& key, const std::string& expected) const
{
  if (auto value = find(key)) return *value;
  origins_->fail(node_, fallback_, join_path(path_, key),
                 "missing required key " + quoted(key) + " (expected " + expected + ")");
}

std::vector<KeyedNode> KeyedNode::items(const std::string& expected, bool non_empty) const
{
  if (!node_.IsSequence()) fail_expected(expected);
  if (non_empty && node_.size() == 0) fail("expected " + expected + " with at least one item, found an empty list");
  std::vector<KeyedNode> result;
  for (std::size_t i = 0; i < node_.size(); ++i) {
    const YAML::Node item = node_[i];
    std::string path      = path_ + "[" + std::to_string(i) + "]";
    if (item.IsMap())
      for (const auto& entry : item)
        // A name that holds "." or "/" would read as more keys in the path (and is an error of its own): keep the
        // index for it.
        if (entry.first.IsScalar() && entry.first.Scalar() == "name" && entry.second.IsScalar() &&
            !entry.second.Scalar().empty() && entry.second.Scalar().find_first_of("./") == std::string::npos)
          path = join_path(path_, entry.second.Scalar());
    result.emplace_back(item, path, *origins_, mark());
  }
  return result;
}

std::vector<std::pair<KeyedNode, KeyedNode>> KeyedNode::entries(const std::string& expected) const
{
  if (!node_.IsMap()) fail_expected(expected);
  std::vector<std::pair<KeyedNode, KeyedNode>> result;
  for (const auto& entry : node_) {
    const std::string path = join_path(path_, entry.first.IsScalar() ? entry.first.Scalar() : "?");
    result.emplace_back(KeyedNode(entry.first, path, *origins_, mark()),
                        KeyedNode(entry.second, path, *origins_, entry.first.Mark()));
  }
  return result;
}

std::string KeyedNode::scalar(const std::string& expected) const
{
  if (!node_.IsScalar()) fail_expected(expected);
  return node_.Scalar();
}

bool holds_distribution(const YAML::Node& node)
{
  if (!node.IsMap()) return false;
  for (const auto& entry : node)
    if (entry.first.IsScalar() &&
        std::count(distribution_keys().begin(), distribution_keys().end(), entry.first.Scalar()) > 0)
      return true;
  return false;
}

bool KeyedNode::is_distribution() const
{
  return holds_distribution(node_);
}

namespace {

std::string number_text(double x)
{
  std::ostringstream out;
  out << x;
  return out.str();
}

/** @brief The items of a list that must hold exactly `count` values. */
std::vector<KeyedNode> exact_items(const KeyedNode& list, std::size_t count, const std::string& expected)
{
  if (!list.yaml().IsSequence() || list.yaml().size() != count)
    list.fail("expected " + expected + ", found " +
              (list.yaml().IsSequence() ? "a list of " + std::to_string(list.yaml().size()) +
                                              (list.yaml().size() == 1 ? " value" : " values")
                                        : describe_found(list.yaml())));
  return list.items(expected, true);
}

} // namespace

UncertainInput KeyedNode::read_uncertain(const std::function<double(const KeyedNode&)>& parameter,
                                         ValidRange range) const
{
  check_keys({"uniform", "triangular", "normal", "lognormal", "discrete", "group"});
  UncertainInput input{path_, Distribution{}, ""};
  if (auto group = find("group")) input.group = group->name();
  std::vector<std::pair<Distribution::Form, KeyedNode>> forms;
  for (auto form : {Distribution::Form::uniform, Distribution::Form::triangular, Distribution::Form::normal,
                    Distribution::Form::lognormal, Distribution::Form::discrete})
    if (auto at = find(form_name(form))) forms.emplace_back(form, *at);
  if (forms.size() != 1) {
    std::string found = forms.empty() ? "none" : "";
    for (const auto& form : forms)
      found += (found.empty() ? "" : " and ") + std::string(form_name(form.first));
    fail("expected one distribution form (uniform, triangular, normal, lognormal or discrete), found " + found);
  }

  // A location parameter (a bound, a mode, a mean, a median, a p90, a discrete value) lies in the valid range.
  const auto located = [&](const KeyedNode& n) {
    const double x = parameter(n);
    if (x < range.lowest || x > range.highest)
      n.fail("expected a value of at least " + number_text(range.lowest) + ", found " + quoted(n.scalar("")));
    return x;
  };
  const auto [form, at] = forms.front();
  Distribution& d       = input.distribution;
  d.form                = form;
  d.range               = range;
  switch (form) {
  case Distribution::Form::uniform: {
    const auto ends = exact_items(at, 2, "a list of two values [LOW, HIGH]");
    d.parameters    = {located(ends[0]), located(ends[1])};
    if (d.parameters[1] < d.parameters[0])
      ends[1].fail("expected a high end of at least the low end " + quoted(ends[0].scalar("")) + ", found " +
                   quoted(ends[1].scalar("")));
    break;
  }
  case Distribution::Form::triangular: {
    const auto points = exact_items(at, 3, "a list of three values [MIN, MODE, MAX]");
    d.parameters      = {located(points[0]), located(points[1]), located(points[2])};
    if (d.parameters[1] < d.parameters[0] || d.parameters[2] < d.parameters[1])
      points[1].fail("expected a mode between the minimum " + quoted(points[0].scalar("")) + " and the maximum " +
                     quoted(points[2].scalar("")) + ", found " + quoted(points[1].scalar("")));
    break;
  }
  case Distribution::Form::normal: {
    at.check_keys({"mean", "sd"});
    d.parameters = {located(at.require("mean", "the mean")), parameter(at.require("sd", "the standard deviation"))};
    break;
  }
  case Distribution::Form::lognormal: {
    at.check_keys({"median", "p90"});
    const KeyedNode median = at.require("median", "the median");
    const KeyedNode p90    = at.require("p90", "the 90th percentile");
    d.parameters           = {located(median), located(p90)};
    if (d.parameters[0] <= 0) median.fail("expected a median above zero, found " + quoted(median.scalar("")));
    if (d.parameters[1] <= d.parameters[0])
      p90.fail("expected a p90 above the median " + quoted(median.scalar("")) + ", found " + quoted(p90.scalar("")));
    break;
  }
  case Distribution::Form::discrete: {
    const auto outcomes = at.entries("a map from value to weight such as {15%: 0.5, 20%: 0.5}");
    if (outcomes.empty()) at.fail("expected a map from value to weight with at least one entry, found an empty map");
    double total = 0;
    for (const auto& [value, weight] : outcomes) {
      const double w = weight.parse(parse_number);
      if (!(w > 0)) weight.fail("expected a weight above zero, found " + quoted(weight.scalar("")));
      d.outcomes.emplace_back(located(value), w);
      total += w;
    }
    for (auto& outcome : d.outcomes)
      outcome.second /= total;
    std::stable_sort(d.outcomes.begin(), d.outcomes.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    break;
  }
  }
  return input;
}

double KeyedNode::draw(UncertainInput input) const
{
  if (Uncertainty* uncertainty = origins_->uncertainty()) return uncertainty->draw(std::move(input));
  return input.distribution.median();
}

std::string KeyedNode::name() const
{
  const std::string text = scalar("a name");
  if (text.empty()) fail("expected a non-empty name, found \"\"");
  if (text.find_first_of("./") != std::string::npos)
    fail("expected a name without \".\" or \"/\" (they separate key paths and site/phase references), found " +
         quoted(text));
  return text;
}

} // namespace gwsim
