/* A region's interconnection queue (docs/model.md, "Power"). */
#include "sim/engine/power/interconnection_queue.hpp"

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
  // Phase 6 asks at day 5, phase 3 1e-6 days later (same instant of 1e-4 days): they tie and phase 3, declared
  // first, is served first; only one fits.
  InterconnectionQueue q;
  q.add({5.0, 5.0, 6, 100.0});
  q.add({5.000001, 5.0, 3, 100.0});
  const auto g = q.grant(5.0, 100.0);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].phase, 3u);
}

TEST(InterconnectionQueue, OrderDoesNotDependOnTheOrderRequestsCameIn)
{
  // Requests at days 0, 6e-5 and 1.2e-4: instant_of puts 0 in instant 0 and the other two in instant 1 (spans of 1e-4
  // centred on its multiples), so they rank (0: phase 5), then (1: phases 1, 2, 4) in declaration order, however
  // SimGrid happened to order the actors that made them. Room for one request at a time.
  const std::vector<InterconnectionQueue::Request> requests{
      {1.2e-4, 0.0, 4, 100.0}, {6e-5, 0.0, 2, 100.0}, {0.0, 0.0, 5, 100.0}, {1.2e-4, 0.0, 1, 100.0}};
  std::vector<std::vector<std::size_t>> served;
  for (const auto& order : {std::vector<std::size_t>{0, 1, 2, 3}, std::vector<std::size_t>{3, 2, 1, 0}}) {
    InterconnectionQueue q;
    for (std::size_t i : order)
      q.add(requests[i]);
    std::vector<std::size_t> phases;
    for (int k = 1; k <= 4; ++k)
      for (const auto& r : q.grant(1.0, 100.0 * k))
        phases.push_back(r.phase);
    served.push_back(phases);
  }
  EXPECT_EQ(served[0], (std::vector<std::size_t>{5, 1, 2, 4}));
  EXPECT_EQ(served[1], served[0]);
}

} // namespace
} // namespace gwsim
