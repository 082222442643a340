/* Accelerator products by name, as events name them: the one place where a count of accelerators becomes IT power,
 * compute or money. */
#ifndef GWSIM_ANALYSIS_PRODUCTS_HPP
#define GWSIM_ANALYSIS_PRODUCTS_HPP

#include "sim/model/scenario.hpp"

#include <map>
#include <string>

namespace gwsim {

/** @brief What a number of accelerators of one product amounts to. */
struct Fleet {
  double units  = 0;
  double it_w   = 0; // IT power, watts
  double pflops = 0;
  double usd    = 0; // system price

  /** @brief Adds another fleet (of any product) to this one. */
  Fleet& operator+=(const Fleet& o)
  {
    units += o.units;
    it_w += o.it_w;
    pflops += o.pflops;
    usd += o.usd;
    return *this;
  }
};

/** @brief The scenario's accelerator products, looked up by the name events give as their subject. */
class ProductCatalog {
 public:
  explicit ProductCatalog(const Scenario& scenario);
  /** @brief The catalog points into the scenario's products: it must not outlive it, so a temporary is refused. */
  explicit ProductCatalog(Scenario&&) = delete;
  /** @brief The product named `name`; throws std::runtime_error when the scenario has no such product. */
  const Accelerator& at(const std::string& name) const;
  /** @brief `units` accelerators of product `name`: their IT power, compute and price. */
  Fleet fleet(const std::string& name, double units) const;

 private:
  std::map<std::string, const Accelerator*> by_name_;
};

} // namespace gwsim

#endif
