#include "analysis/events_csv.hpp"

#include "analysis/format.hpp"

namespace gwsim {

std::string events_csv(Date start, const EventRecord& events)
{
  std::string csv = "day,date,actor,event,subject,quantity\n";
  csv.reserve(csv.size() + events.size() * 64);
  // Appended field by field: events.csv is the one output that grows with the run (millions of rows at scale).
  // Events come in time order, so the date text changes rarely: it is kept until the day changes.
  long last_day = -1;
  std::string date;
  for (const Event& e : events) {
    const long day = whole_day(e.day);
    if (day != last_day) {
      date     = date_of_day(start, e.day);
      last_day = day;
    }
    append_fixed(csv, e.day, kDaysDecimals);
    csv += ',';
    csv += date;
    csv += ',';
    append_csv_field(csv, e.actor);
    csv += ',';
    csv += event_name(e.kind);
    csv += ',';
    append_csv_field(csv, e.subject);
    csv += ',';
    append_fixed(csv, e.quantity, kQuantityDecimals);
    csv += '\n';
  }
  return csv;
}

} // namespace gwsim
