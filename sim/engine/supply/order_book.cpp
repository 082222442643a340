#include "sim/engine/supply/order_book.hpp"

#include "sim/model/event.hpp"

#include <algorithm>

namespace gwsim {

void OrderBook::open(const Order& order)
{
  const auto later = [](const Order& a, const Order& b) { return queued_before(a.day, a.phase, b.day, b.phase); };
  orders_.insert(std::upper_bound(orders_.begin(), orders_.end(), order, later), order);
}

} // namespace gwsim
