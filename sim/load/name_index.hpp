/* Names of one kind of scenario entity (accelerators, suppliers, ...) → their indices, so that duplicates and
 * dangling references are reported the same way everywhere. */
#ifndef GWSIM_SIM_NAME_INDEX_HPP
#define GWSIM_SIM_NAME_INDEX_HPP

#include "sim/load/yaml_reader.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace gwsim {

/** @brief The declared names of one kind of entity, in declaration order. */
class NameIndex {
 public:
  /** @brief `kind` is how messages call one entity: "accelerator", "region". */
  explicit NameIndex(std::string kind) : kind_(std::move(kind)) {}

  /** @brief Reads the name at `name_node`, declares it and returns its index; a name declared before is an error. */
  std::size_t declare(const KeyedNode& name_node);
  /** @brief The index of `name`, or what was expected (one of the declared names) and what was found. */
  Parsed<std::size_t> lookup(const std::string& name) const;
  /** @brief The index of the entity `ref` names; a dangling reference is an error at `ref`. */
  std::size_t resolve(const KeyedNode& ref) const;
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::string kind_;
  std::vector<std::string> names_;
  std::map<std::string, std::size_t> index_;
  std::vector<int> lines_; // where each name was declared, for duplicate messages
};

/** @brief `a, b, c`. */
std::string join_names(const std::vector<std::string>& names);

} // namespace gwsim

#endif
