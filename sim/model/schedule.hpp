/* A value that changes on calendar dates: piecewise constant from each date on, zero (T{}) before the first. */
#ifndef GWSIM_SIM_SCHEDULE_HPP
#define GWSIM_SIM_SCHEDULE_HPP

#include "sim/model/date.hpp"

#include <cstddef>
#include <vector>

namespace gwsim {

/** @brief One change of a schedule: from `from` on, the value is `value`. */
template <class T>
struct ScheduleStep {
  Date from;
  T value;
};

/** @brief A piecewise-constant schedule over calendar dates; a bare value is one step with `constant` set. */
template <class T>
struct Schedule {
  std::vector<ScheduleStep<T>> steps; // sorted by date, no two on the same date
  bool constant = false;              // a bare value: steps holds one step, in force over the whole horizon

  static Schedule always(T value) { return Schedule{{ScheduleStep<T>{Date(), value}}, true}; }

  /** @brief The value in force on `date`. */
  T at(Date date) const
  {
    if (constant) return steps.front().value;
    T value{};
    for (const auto& s : steps) {
      if (date < s.from) break;
      value = s.value;
    }
    return value;
  }
};

/** @brief A schedule over simulated days (days since the scenario's start), which actors and analysis use. */
template <class T>
struct DaySchedule {
  struct Change {
    double day;
    T value;
  };
  std::vector<Change> changes; // sorted by day; the first is at day 0 and gives the value at the start

  /** @brief The calendar schedule seen from `start`: changes before `start` fold into the value at day 0. */
  static DaySchedule from(const Schedule<T>& s, Date start)
  {
    DaySchedule d;
    d.changes.push_back({0.0, s.at(start)});
    if (!s.constant)
      for (const auto& step : s.steps)
        if (start < step.from) d.changes.push_back({static_cast<double>(step.from - start), step.value});
    return d;
  }

  T at(double day) const
  {
    T value = changes.front().value;
    for (const auto& c : changes) {
      if (day < c.day) break;
      value = c.value;
    }
    return value;
  }
};

} // namespace gwsim

#endif
