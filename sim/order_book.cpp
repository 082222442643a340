#include "sim/order_book.hpp"

#include <algorithm>

namespace gwsim {

void OrderBook::open(const Order& order)
{
  const auto later = [](const Order& a, const Order& b) {
    return a.day < b.day || (a.day == b.day && a.phase < b.phase);
  };
  orders_.insert(std::upper_bound(orders_.begin(), orders_.end(), order, later), order);
}

} // namespace gwsim
