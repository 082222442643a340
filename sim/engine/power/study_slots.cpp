#include "sim/engine/power/study_slots.hpp"

#include "sim/model/event.hpp"

#include <algorithm>

namespace gwsim {

void StudySlots::wait(const Request& request)
{
  const auto before = [](const Request& a, const Request& b) {
    return queued_before(a.requested_day, a.phase, b.requested_day, b.phase);
  };
  waiting_.insert(std::upper_bound(waiting_.begin(), waiting_.end(), request, before), request);
}

std::vector<StudySlots::Request> StudySlots::start(double day, double interconnect_days)
{
  studying_.erase(std::remove_if(studying_.begin(), studying_.end(),
                                 [day](const Study& s) { return s.end <= day + kInstantWindowDays; }),
                  studying_.end());
  std::vector<Request> started;
  auto next = waiting_.begin();
  while (next != waiting_.end() && studying_.size() < slots_ && next->requested_day <= day + kInstantWindowDays) {
    Request r      = *next++;
    r.eligible_day = day + interconnect_days;
    studying_.push_back({r.phase, r.eligible_day});
    started.push_back(r);
  }
  waiting_.erase(waiting_.begin(), next);
  return started;
}

std::vector<StudySlots::Request> StudySlots::withdraw(double day, double after_days)
{
  return take_overdue(waiting_, day, after_days);
}

void StudySlots::forget(std::size_t phase)
{
  studying_.erase(
      std::remove_if(studying_.begin(), studying_.end(), [phase](const Study& s) { return s.phase == phase; }),
      studying_.end());
}

} // namespace gwsim
