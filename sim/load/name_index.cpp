#include "sim/load/name_index.hpp"

namespace gwsim {

std::string join_names(const std::vector<std::string>& names)
{
  std::string text;
  for (const auto& n : names)
    text += (text.empty() ? "" : ", ") + n;
  return text;
}

std::size_t NameIndex::declare(const KeyedNode& name_node)
{
  const std::string name = name_node.name();
  const auto found       = index_.find(name);
  if (found != index_.end())
    name_node.fail("duplicate " + kind_ + " name " + quoted(name) + " (first declared on line " +
                   std::to_string(lines_[found->second]) + ")");
  index_.emplace(name, names_.size());
  names_.push_back(name);
  lines_.push_back(name_node.mark().line + 1);
  return names_.size() - 1;
}

Parsed<std::size_t> NameIndex::lookup(const std::string& name) const
{
  const auto found = index_.find(name);
  if (found != index_.end()) return Parsed<std::size_t>::ok(found->second);
  return Parsed<std::size_t>::fail("the name of a declared " + kind_ + " (" + join_names(names_) + ")", quoted(name));
}

std::size_t NameIndex::resolve(const KeyedNode& ref) const
{
  return ref.parse([this](const std::string& name) { return lookup(name); });
}

} // namespace gwsim
