#include "sim/order_book.hpp"

#include "sim/event.hpp"

#include <algorithm>

namespace gwsim {

void OrderBook::open(const Order& order)
{
  const auto later = [](const Order& a, const Order& b) {
    return earlier(a.day, b.day) || (!earlier(b.day, a.day) && a.phase < b.phase);
  };
  orders_.insert(std::upper_bound(orders_.begin(), orders_.end(), order, later), order);
}

} // namespace gwsim
