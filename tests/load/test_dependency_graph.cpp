/* Cycle finding over the `after` relation (after[i] lists the phases phase i waits for). */
#include "sim/load/dependency_graph.hpp"

#include <gtest/gtest.h>

using namespace gwsim;
using Cycle = std::vector<std::size_t>;

TEST(DependencyGraph, AcyclicHasNoCycle)
{
  // 0 ← 1 ← 2 and 0 ← 2: a diamond-free chain with a shortcut, no cycle.
  EXPECT_TRUE(find_dependency_cycle({{}, {0}, {1, 0}}).empty());
  EXPECT_TRUE(find_dependency_cycle({}).empty());
}

TEST(DependencyGraph, SelfLoop)
{
  EXPECT_EQ(find_dependency_cycle({{}, {1}}), (Cycle{1, 1}));
}

TEST(DependencyGraph, CycleStartsAtItsSmallestPhaseAndFollowsAfter)
{
  // 2 after 3, 3 after 1, 1 after 2; 0 is outside. Read from 1: 1 waits for 2, 2 for 3, 3 for 1.
  EXPECT_EQ(find_dependency_cycle({{1}, {2}, {3}, {1}}), (Cycle{1, 2, 3, 1}));
}

TEST(DependencyGraph, TwoPhaseCycleBesideAChain)
{
  // 0 ← 1 is fine; 2 and 3 wait for each other.
  EXPECT_EQ(find_dependency_cycle({{}, {0}, {3}, {2}}), (Cycle{2, 3, 2}));
}
