/* A region's interconnection queue (docs/model.md, "Power"). */
#include "sim/interconnection_queue.hpp"

#include <gtest/gtest.h>

namespace gwsim {
namespace {

TEST(InterconnectionQueue, GrantsOnlyEligibleRequests)
{
  InterconnectionQueue q;
  q.add({0.0, 30.0, 0, 100.0});
  EXPECT_TRUE(q.grant(29.0, 1000.0).empty()); // eligible on day 30 only
  EXPECT_DOUBLE_EQ(q.next_eligible_after(29.0), 30.0);
  EXPECT_EQ(q.grant(30.0, 1000.0).size(), 1u);
  EXPECT_DOUBLE_EQ(q.granted_watts(), 100.0);
}

TEST(InterconnectionQueue, ARequestThatDoesNotFitDoesNotBlockLaterOnes)
{
  InterconnectionQueue q;
  q.add({0.0, 0.0, 0, 600.0});
  q.add({1.0, 1.0, 1, 500.0});
  q.add({2.0, 2.0, 2, 300.0});
  // Headroom 1,000: the first (600) fits; the second (600 + 500 > 1,000) waits; the third (600 + 300) fits.
  const auto g = q.grant(2.0, 1000.0);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].phase, 0u);
  EXPECT_EQ(g[1].phase, 2u);
  EXPECT_EQ(q.pending(), 1u);
  // Headroom grows to 1,400: 900 + 500 = 1,400 fits exactly.
  const auto h = q.grant(3.0, 1400.0);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].phase, 1u);
}

TEST(InterconnectionQueue, RequestOrderThenDeclarationOrder)
{
  InterconnectionQueue q;
  q.add({5.0, 5.0, 4, 100.0});
  q.add({5.0, 5.0, 2, 100.0});
  q.add({4.0, 5.0, 9, 100.0});
  // Only one fits: the earliest request (day 4) wins over the two made on day 5.
  const auto g = q.grant(5.0, 100.0);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].phase, 9u);
  // Then, with room for one more, the day-5 tie goes to phase 2 (declared first).
  const auto h = q.grant(6.0, 200.0);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].phase, 2u);
}

TEST(InterconnectionQueue, RequestsOfOneInstantTie)
{
  // Phase 6 asks at day 5, phase 3 a settle later (1e-6 days, same instant): they tie and phase 3, declared first,
  // is served first; only one fits.
  InterconnectionQueue q;
  q.add({5.0, 5.0, 6, 100.0});
  q.add({5.000001, 5.0, 3, 100.0});
  const auto g = q.grant(5.0, 100.0);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].phase, 3u);
}

} // namespace
} // namespace gwsim
