#include "sim/engine/power/interconnection_queue.hpp"

#include "sim/model/event.hpp"

#include <algorithm>

namespace gwsim {
namespace {
// Powers are sums of declared values; this absorbs rounding when a request exactly fills the headroom.
constexpr double kWattTolerance = 1e-3;
} // namespace

void InterconnectionQueue::add(const Request& request)
{
  const auto before = [](const Request& a, const Request& b) {
    return queued_before(a.requested_day, a.phase, b.requested_day, b.phase);
  };
  pending_.insert(std::upper_bound(pending_.begin(), pending_.end(), request, before), request);
}

std::vector<InterconnectionQueue::Request>
InterconnectionQueue::grant(double day, double headroom_watts, const std::function<bool(const Request&)>& equipped)
{
  std::vector<Request> granted;
  auto kept = pending_.begin();
  for (auto it = pending_.begin(); it != pending_.end(); ++it) {
    const bool eligible = it->eligible_day <= day + kClockToleranceDays;
    if (eligible && granted_watts_ + it->watts <= headroom_watts + kWattTolerance && (!equipped || equipped(*it))) {
      granted_watts_ += it->watts;
      granted.push_back(*it);
    } else {
      *kept++ = *it;
    }
  }
  pending_.erase(kept, pending_.end());
  return granted;
}

std::vector<InterconnectionQueue::Request> InterconnectionQueue::withdraw(double day, double after_days)
{
  return take_overdue(pending_, day, after_days);
}

std::vector<InterconnectionQueue::Request> take_overdue(std::vector<InterconnectionQueue::Request>& requests,
                                                        double day, double after_days)
{
  std::vector<InterconnectionQueue::Request> overdue;
  auto kept = requests.begin();
  for (auto it = requests.begin(); it != requests.end(); ++it)
    if (it->requested_day + after_days <= day + kInstantWindowDays)
      overdue.push_back(*it);
    else
      *kept++ = *it;
  requests.erase(kept, requests.end());
  return overdue;
}

double InterconnectionQueue::next_eligible_after(double day) const
{
  double next = -1;
  for (const auto& r : pending_)
    if (r.eligible_day > day + kClockToleranceDays && (next < 0 || r.eligible_day < next)) next = r.eligible_day;
  return next;
}

} // namespace gwsim
