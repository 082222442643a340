#include "analysis/events_csv.hpp"

#include "analysis/format.hpp"

namespace gwsim {

std::string events_csv(Date start, const EventRecord& events)
{
  std::string csv = "day,date,actor,event,subject,quantity\n";
  for (const Event& e : events)
    csv += csv_line({fixed(e.day, kDaysDecimals), date_of_day(start, e.day), e.actor, event_name(e.kind), e.subject,
                     fixed(e.quantity, kQuantityDecimals)});
  return csv;
}

} // namespace gwsim
