#include "sim/load/yaml_reader.hpp"

#include "sim/load/loader.hpp"

#include <set>

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
