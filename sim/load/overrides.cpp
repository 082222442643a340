#include "sim/load/overrides.hpp"

#include "sim/load/name_index.hpp"
#include "sim/load/quantity_parse.hpp"

#include <cctype>
#include <string>

namespace gwsim {
namespace {

std::vector<std::string> split_path(const std::string& path, const std::string& origin)
{
  std::vector<std::string> segments;
  std::size_t begin = 0;
  while (true) {
    const std::size_t dot = path.find('.', begin);
    segments.push_back(path.substr(begin, dot == std::string::npos ? std::string::npos : dot - begin));
    if (segments.back().empty()) throw InputError(origin + ": error: empty segment in the key path " + quoted(path));
    if (dot == std::string::npos) return segments;
    begin = dot + 1;
  }
}

bool is_index(const std::string& segment)
{
  return segment.find_first_not_of("0123456789") == std::string::npos;
}

std::string scalar_at(const YAML::Node& map, const char* key)
{
  if (!map.IsMap()) return {};
  const YAML::Node value = map[key]; // an invalid node when the key is missing, which IsDefined() tells safely
  return value.IsDefined() && value.IsScalar() ? value.Scalar() : std::string();
}

/** @brief How a list item is addressed: its name, or `from->to` for lanes. */
std::string item_label(const YAML::Node& item)
{
  const std::string name = scalar_at(item, "name");
  if (!name.empty()) return name;
  const std::string from = scalar_at(item, "from");
  const std::string to   = scalar_at(item, "to");
  return from.empty() && to.empty() ? std::string() : from + "->" + to;
}

/** @brief "phase" for `phases`: what an item of the list under `key` is called in messages. */
std::string item_kind(const std::string& key)
{
  return key.size() > 1 && key.back() == 's' ? key.substr(0, key.size() - 1) : "item";
}

YAML::Node child(const YAML::Node& node, const std::string& segment, const std::string& key, const std::string& walked,
                 const std::string& origin)
{
  const std::string where = walked.empty() ? "the scenario" : walked;
  std::vector<std::string> have;
  if (node.IsMap()) {
    for (const auto& entry : node) {
      const std::string k = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
      if (k == segment) return entry.second;
      have.push_back(k);
    }
    throw InputError(origin + ": error: no key " + quoted(segment) + " in " + where + " (have: " + join_names(have) +
                     ")");
  }
  if (node.IsSequence()) {
    if (is_index(segment) && segment.size() < 9) {
      const std::size_t index = std::stoul(segment);
      if (index < node.size()) return node[index];
      throw InputError(origin + ": error: no " + item_kind(key) + " [" + segment + "] in " + where + " (it has " +
                       std::to_string(node.size()) + ")");
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      const std::string label = item_label(node[i]);
      if (label == segment) return node[i];
      have.push_back(label.empty() ? std::to_string(i) : label);
    }
    throw InputError(origin + ": error: no " + item_kind(key) + " named " + quoted(segment) + " in " + where +
                     " (have: " + join_names(have) + ")");
  }
  throw InputError(origin + ": error: " + where + " is a single value, it has no " + quoted(segment));
}

/** @brief A map from dates to values, which an override may replace as a whole. */
bool is_schedule(const YAML::Node& node)
{
  if (!node.IsMap() || node.size() == 0) return false;
  for (const auto& entry : node)
    if (!entry.first.IsScalar() || !Date::parse(entry.first.Scalar())) return false;
  return true;
}

} // namespace

Override parse_override(const std::string& text)
{
  const std::size_t eq = text.find('=');
  if (eq == std::string::npos)
    throw InputError("--set " + text + ": error: expected KEY=VALUE, such as sites.abilene.phases.p1.build=8 months");
  if (eq == 0) throw InputError("--set " + text + ": error: the key before \"=\" is empty");
  return Override{text.substr(0, eq), text.substr(eq + 1)};
}

void apply_overrides(YAML::Node& root, const std::vector<Override>& overrides, Origins& origins)
{
  for (const Override& o : overrides) {
    const std::string origin = "--set " + o.path + "=" + o.value;
    YAML::Node node          = root;
    std::string walked;
    std::string key;
    for (const std::string& segment : split_path(o.path, origin)) {
      node.reset(child(node, segment, key, walked, origin)); // rebinds; `=` would overwrite the tree
      walked = join_path(walked, segment);
      key    = segment;
    }
    if (node.IsSequence() || (node.IsMap() && !is_schedule(node) && !holds_distribution(node)))
      throw InputError(origin + ": error: " + walked + " is " + describe_found(node) +
                       "; --set replaces a single value or a schedule");
    YAML::Node value;
    try {
      value = YAML::Load(o.value);
    } catch (const YAML::Exception& e) {
      throw InputError(origin + ": error: the value is not valid YAML: " + e.msg);
    }
    // Assigning through the tree's node makes it share the new value, so the tree and `origins` see the same node.
    node = value;
    origins.add_override(value, origin);
  }
}

} // namespace gwsim
