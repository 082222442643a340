#include "analysis/products.hpp"

#include <stdexcept>

namespace gwsim {

ProductCatalog::ProductCatalog(const Scenario& scenario)
{
  for (const auto& a : scenario.accelerators)
    by_name_[a.name] = &a;
}

const Accelerator& ProductCatalog::at(const std::string& name) const
{
  auto it = by_name_.find(name);
  if (it == by_name_.end())
    throw std::runtime_error("event record names an unknown accelerator product '" + name + "'");
  return *it->second;
}

Fleet ProductCatalog::fleet(const std::string& name, double units) const
{
  const Accelerator& a = at(name);
  return Fleet{units, units * a.it_power.watts, units * a.pflops, units * a.price.usd};
}

} // namespace gwsim
