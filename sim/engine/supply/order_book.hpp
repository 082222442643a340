/* Allocation of a buyer's share of each lot to open accelerator orders, first come first served. Plain C++ (no
 * SimGrid), so the rule is unit-testable on its own. */
#ifndef GWSIM_SIM_ORDER_BOOK_HPP
#define GWSIM_SIM_ORDER_BOOK_HPP

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

namespace gwsim {

/** @brief The open accelerator orders of all phases. */
class OrderBook {
 public:
  /** @brief One phase's order: IT power still to be filled. */
  struct Order {
    double day;                         // when it was placed
    std::size_t phase;                  // global phase index (ties in placement time go by it)
    std::size_t region;                 // where its accelerators must go
    std::optional<std::size_t> product; // the only accepted product; absent: any
    double remaining_watts;             // IT power still to be filled
  };

  /** @brief What one order takes of one lot. */
  struct Allocation {
    std::size_t phase;
    std::size_t region;
    double units;
  };

  /** @brief Opens an order for `it_watts` of IT power. */
  void open(const Order& order);

  /** @brief Hands `units` of `product` (of `watts_per_unit` IT power each) to the open orders it can reach, first
   * come first served; `reaches(region)` says whether the lot's supplier has a lane to that region. Fills orders as
   * far as the units go and closes the filled ones. The units no allocation took are forgone. */
  template <class Reaches>
  std::vector<Allocation> allocate(std::size_t product, double watts_per_unit, double units, Reaches reaches);

  std::size_t open_orders() const { return orders_.size(); }

 private:
  std::vector<Order> orders_; // sorted by (day, phase)
};

template <class Reaches>
std::vector<OrderBook::Allocation> OrderBook::allocate(std::size_t product, double watts_per_unit, double units,
                                                       Reaches reaches)
{
  std::vector<Allocation> out;
  auto order = orders_.begin();
  for (; order != orders_.end() && units > 0; ++order) {
    if ((order->product && *order->product != product) || !reaches(order->region)) continue;
    const double wanted = order->remaining_watts / watts_per_unit;
    const double taken  = wanted < units ? wanted : units;
    out.push_back({order->phase, order->region, taken});
    units -= taken;
    order->remaining_watts = taken == wanted ? 0.0 : order->remaining_watts - taken * watts_per_unit;
  }
  // Closes the orders filled (within a millionth of a watt); only those visited can be.
  if (!out.empty()) {
    const auto filled =
        std::remove_if(orders_.begin(), order, [](const Order& o) { return o.remaining_watts <= 1e-6; });
    orders_.erase(filled, order);
  }
  return out;
}

} // namespace gwsim

#endif
