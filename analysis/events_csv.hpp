/* events.csv: the event record as it is, one line per event. */
#ifndef GWSIM_ANALYSIS_EVENTS_CSV_HPP
#define GWSIM_ANALYSIS_EVENTS_CSV_HPP

#include "sim/model/date.hpp"
#include "sim/model/event.hpp"

#include <string>

namespace gwsim {

/** @brief events.csv: `day,date,actor,event,subject,quantity`, fields quoted per RFC 4180 where needed. */
std::string events_csv(Date start, const EventRecord& events);

} // namespace gwsim

#endif
