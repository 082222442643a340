/* A region's cap on requests studied at once, and withdrawals (docs/model.md, "Power: the queue"). */
#include "sim/engine/power/study_slots.hpp"

#include <gtest/gtest.h>

namespace gwsim {
namespace {

TEST(StudySlots, OneSlotStudiesRequestsOneAfterAnother)
{
  StudySlots s(1);
  s.wait({0.0, 0.0, 1, 10.0});
  s.wait({0.0, 0.0, 0, 10.0}); // same instant, declared first: studied first
  auto first = s.start(0.0, 100.0);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].phase, 0u);
  EXPECT_DOUBLE_EQ(first[0].eligible_day, 100.0); // 0 + interconnect
  EXPECT_TRUE(s.start(99.0, 100.0).empty());      // the slot is busy until day 100
  auto second = s.start(100.0, 100.0);            // the study ends on day 100: the slot frees then
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].phase, 1u);
  EXPECT_DOUBLE_EQ(second[0].eligible_day, 200.0);
}

TEST(StudySlots, ARequestIsNotStudiedBeforeItIsMade)
{
  StudySlots s(2);
  s.wait({50.0, 0.0, 0, 10.0});
  EXPECT_TRUE(s.start(10.0, 30.0).empty());
  EXPECT_EQ(s.start(50.0, 30.0).size(), 1u);
}

TEST(StudySlots, AWithdrawalDuringAStudyFreesItsSlot)
{
  StudySlots s(1);
  s.wait({0.0, 0.0, 0, 10.0});
  s.wait({0.0, 0.0, 1, 10.0});
  ASSERT_EQ(s.start(0.0, 100.0).size(), 1u); // phase 0 studied days 0-100
  // Withdrawn after 50 days: phase 1 still waits for a study (taken out here), phase 0 is studied (its queue's
  // withdrawal calls forget).
  const auto waiting = s.withdraw(50.0, 50.0);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].phase, 1u);
  s.forget(0);
  s.wait({60.0, 0.0, 2, 10.0});
  EXPECT_EQ(s.start(60.0, 100.0).size(), 1u); // the slot is free again before day 100
}

TEST(InterconnectionQueue, WithdrawsRequestsMadeLongEnoughAgo)
{
  InterconnectionQueue q;
  q.add({0.0, 30.0, 0, 10.0});
  q.add({10.0, 40.0, 1, 10.0});
  EXPECT_TRUE(q.withdraw(199.0, 200.0).empty());
  const auto w = q.withdraw(200.0, 200.0); // made on day 0, 200 days before
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].phase, 0u);
  EXPECT_EQ(q.pending(), 1u);
}

} // namespace
} // namespace gwsim
