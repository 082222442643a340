/* The data behind each chart of `gwsim report` (report/<chart>.csv, what the chart plots) read back and checked
 * against the run's own outputs: no chart from made-up data. */
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace gwsim_report_test;

/** @brief A phase's events of one kind, as days (events.csv order). */
using PhaseEvents = std::map<std::string, std::map<std::string, std::vector<double>>>;

/** @brief The reference run's outputs and its report, made once per test. */
class ReportData : public ::testing::Test {
 protected:
  void SetUp() override
  {
    run_reference(tmp_, out_);
    ASSERT_EQ(report(tmp_, out_), 0) << slurp(tmp_ / "report.err");
    summary_         = nlohmann::json::parse(slurp(out_ + "/summary.json"));
    timeline_        = Csv::read(out_ + "/timeline.csv");
    phases_          = Csv::read(out_ + "/phases.csv");
    const Csv events = Csv::read(out_ + "/events.csv");
    for (std::size_t i = 0; i < events.size(); ++i)
      events_[events.at(i, "actor")][events.at(i, "event")].push_back(events.number(i, "day"));
  }

  Csv chart(const std::string& name) const { return Csv::read(out_ + "/report/" + name + ".csv"); }
  double timeline_day(std::size_t row) const
  {
    return day_of(timeline_.at(row, "date"), summary_["start"].get<std::string>());
  }
  /** @brief The first event of a kind of phase row `i`; infinity when it did not happen. */
  double first(std::size_t i, const std::string& kind) const
  {
    const auto actor = events_.find(phases_.at(i, "site") + "/" + phases_.at(i, "phase"));
    if (actor == events_.end() || actor->second.count(kind) == 0) return INFINITY;
    return actor->second.at(kind).front();
  }

  TempDir tmp_;
  std::string out_ = tmp_ / "out";
  nlohmann::json summary_;
  Csv timeline_;
  Csv phases_;
  PhaseEvents events_;
};

// The timeline is the state at the start of its date, after what happens at that instant (events.csv rounds days to
// 1e-3): an event counts at a date when its printed day is at most the date's day.
bool by(double event_day, double day)
{
  return event_day <= day + 5e-4;
}

} // namespace

TEST_F(ReportData, CapacityIsTheTimelinesOnlineAndDemand)
{
  const Csv capacity = chart("capacity");
  ASSERT_EQ(capacity.size(), timeline_.size());
  for (std::size_t i = 0; i < capacity.size(); ++i) {
    EXPECT_EQ(capacity.at(i, "date"), timeline_.at(i, "date"));
    EXPECT_NEAR(capacity.number(i, "online"), timeline_.number(i, "online_gw"), 1e-6) << i;
    EXPECT_NEAR(capacity.number(i, "demand"), timeline_.number(i, "demand_gw"), 1e-6) << i;
  }
  const Csv marks = chart("capacity_marks");
  ASSERT_EQ(marks.size(), summary_["milestones"].size() + 1); // and the date demand was first met
  for (const auto& [key, date] : summary_["milestones"].items()) {
    const std::string gw  = key.substr(0, key.find('_'));
    const std::size_t row = marks.find("label", gw + " GW");
    EXPECT_EQ(marks.at(row, "date"), date.get<std::string>());
    EXPECT_DOUBLE_EQ(marks.number(row, "value"), std::stod(gw));
  }
  const std::size_t met = marks.find("label", "demand met");
  EXPECT_EQ(marks.at(met, "date"), summary_["demand_first_met"].get<std::string>());
  EXPECT_NEAR(marks.number(met, "value"), timeline_.number(timeline_.find("date", marks.at(met, "date")), "online_gw"),
              1e-6);
}

TEST_F(ReportData, GanttFollowsEachPhasesDatesAndEvents)
{
  const Csv gantt          = chart("gantt");
  const std::string end    = summary_["end"].get<std::string>();
  const double horizon_day = day_of(end, summary_["start"].get<std::string>());
  std::size_t next         = 0; // gantt rows come phase by phase, in phases.csv order
  for (std::size_t i = 0; i < phases_.size(); ++i) {
    SCOPED_TRACE(phases_.at(i, "site") + "/" + phases_.at(i, "phase"));
    if (phases_.at(i, "build_start").empty()) continue;
    // The phase's states tile [ready, horizon] without gaps; ready = build start - wait_funding_days (the reference
    // has funds: dona-ana/p2 and saline/p2 wait for theirs, from the day their first phase completes).
    double cursor = first(i, "build_start") - phases_.number(i, "wait_funding_days");
    std::map<std::string, std::vector<std::size_t>> rows;
    for (; next < gantt.size() && gantt.at(next, "site") == phases_.at(i, "site") &&
           gantt.at(next, "phase") == phases_.at(i, "phase");
         ++next) {
      EXPECT_NEAR(gantt.number(next, "start_day"), cursor, 1e-9);
      cursor = gantt.number(next, "end_day");
      rows[gantt.at(next, "state")].push_back(next);
    }
    EXPECT_NEAR(cursor, horizon_day, 1e-9);
    const auto dated = [&](const std::string& state, const char* from, const char* to) {
      ASSERT_EQ(rows[state].size(), 1u) << state;
      EXPECT_EQ(gantt.at(rows[state][0], "start"), phases_.at(i, from)) << state;
      EXPECT_EQ(gantt.at(rows[state][0], "end"), phases_.at(i, to).empty() ? end : phases_.at(i, to)) << state;
    };
    dated("building", "build_start", "build_end");
    if (phases_.number(i, "wait_funding_days") > 0) {
      ASSERT_EQ(rows["waiting_funds"].size(), 1u);
      EXPECT_NEAR(gantt.number(rows["waiting_funds"][0], "end_day"), first(i, "build_start"), 1e-9);
    }
    if (first(i, "energized") > first(i, "build_end")) dated("waiting_power", "build_end", "energized");
    if (!phases_.at(i, "complete").empty()) {
      EXPECT_EQ(gantt.at(rows["online"].at(0), "start"), phases_.at(i, "complete"));
    }
    // Installing spans start at an install_start of the phase and end at one of its installed events.
    const auto& mine = events_[phases_.at(i, "site") + "/" + phases_.at(i, "phase")];
    for (std::size_t row : rows["installing"]) {
      const auto has = [&](const char* kind, double day) {
        for (double d : mine.at(kind))
          if (std::abs(d - day) < 1e-9) return true;
        return false;
      };
      EXPECT_TRUE(has("install_start", gantt.number(row, "start_day"))) << row;
      EXPECT_TRUE(has("installed", gantt.number(row, "end_day")) || gantt.number(row, "end_day") == horizon_day);
    }
  }
  EXPECT_EQ(next, gantt.size()) << "rows of phases that are not in phases.csv";
}

TEST_F(ReportData, HeldBackIsTheITPowerOfPhasesNotYetComplete)
{
  const Csv held = chart("held_back");
  // The reference has funds: funding is the IT GW of phases ready and waiting for their budget (build_start -
  // wait_funding_days to build_start): dona-ana/p2 (0.8 GW) from 2028-07-20 to 2029-03-25 (docs/scenarios.md).
  ASSERT_EQ(held.header(),
            (std::vector<std::string>{"date", "construction", "power", "accelerators", "install", "funding"}));
  ASSERT_EQ(held.size(), timeline_.size());
  for (std::size_t t = 0; t < held.size(); ++t) {
    EXPECT_EQ(held.at(t, "date"), timeline_.at(t, "date"));
    const double day = timeline_day(t);
    double building = 0, waiting_power = 0, energized = 0;
    for (std::size_t i = 0; i < phases_.size(); ++i) {
      const double gw = phases_.number(i, "it_gw");
      if (by(first(i, "build_start"), day) && !by(first(i, "build_end"), day)) building += gw;
      if (by(first(i, "build_end"), day) && !by(first(i, "energized"), day)) waiting_power += gw;
      if (by(first(i, "energized"), day) && !by(first(i, "complete"), day)) energized += gw;
    }
    SCOPED_TRACE(held.at(t, "date"));
    EXPECT_NEAR(held.number(t, "construction"), building, 1e-6);
    EXPECT_NEAR(held.number(t, "power"), waiting_power, 1e-6);
    EXPECT_NEAR(held.number(t, "accelerators") + held.number(t, "install"), energized, 1e-6);
    double waiting_funds = 0;
    for (std::size_t i = 0; i < phases_.size(); ++i) {
      const double start = first(i, "build_start");
      if (start - phases_.number(i, "wait_funding_days") <= day + 5e-4 && !by(start, day))
        waiting_funds += phases_.number(i, "it_gw");
    }
    EXPECT_NEAR(held.number(t, "funding"), waiting_funds, 1e-6);
  }
  EXPECT_EQ(held.number(held.find("date", "2028-08-01"), "funding"),
            0.8); // dona-ana/p2, waiting 2028-07-20 to 2029-03-25
}

TEST_F(ReportData, WaitingIsTheTimelinesWaitingSplitAtEnergizing)
{
  const Csv waiting = chart("waiting");
  const Csv events  = Csv::read(out_ + "/events.csv");
  ASSERT_EQ(waiting.size(), timeline_.size());
  for (std::size_t t = 0; t < waiting.size(); ++t) {
    SCOPED_TRACE(waiting.at(t, "date"));
    EXPECT_EQ(waiting.at(t, "date"), timeline_.at(t, "date"));
    EXPECT_EQ(waiting.number(t, "waiting_accelerators"), timeline_.number(t, "waiting_accelerators"));
    // The reference prices its accelerators: the dollars panel plots timeline.csv's waiting_usd as it is.
    EXPECT_EQ(waiting.number(t, "waiting_usd"), timeline_.number(t, "waiting_usd"));
    EXPECT_EQ(waiting.number(t, "waiting_for_power") + waiting.number(t, "waiting_for_install"),
              waiting.number(t, "waiting_accelerators"));
    const double day = timeline_day(t);
    double for_power = 0;
    for (std::size_t e = 0; e < events.size(); ++e) {
      if (events.at(e, "event") != "delivered" || !by(events.number(e, "day"), day)) continue;
      const auto& mine = events_[events.at(e, "actor")];
      if (mine.count("energized") == 0 || !by(mine.at("energized").front(), day))
        for_power += events.number(e, "quantity");
    }
    EXPECT_NEAR(waiting.number(t, "waiting_for_power"),
                std::min(std::round(for_power), waiting.number(t, "waiting_accelerators")), 1.0);
  }
}
