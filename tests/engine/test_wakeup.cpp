/* Wakeup (sim/engine/world.hpp): how one actor waits for others, on a semaphore released only while it waits. Each TEST
 * runs in its own process (gtest_discover_tests). */
#include "sim/engine/world.hpp"
#include "tests/engine/test_worlds.hpp"

#include <gtest/gtest.h>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

#include <functional>
#include <vector>

namespace gwsim {
namespace {
namespace s4u = simgrid::s4u;

/** @brief Runs `waiter` and `notifier` as two actors on the world's control host. */
void run_pair(const std::function<void(Wakeup&)>& waiter, const std::function<void(Wakeup&)>& notifier)
{
  Scenario s                   = testing::one_supplier(Schedule<Rate>::always(Rate{1}), 7);
  const auto engine            = testing::gwsim_engine();
  const WorldPlatform platform = build_platform(s);
  Wakeup wakeup                = Wakeup::create();
  s4u::Actor::create("waiter", platform.control, [&] { waiter(wakeup); });
  s4u::Actor::create("notifier", platform.control, [&] { notifier(wakeup); });
  engine->run();
}

TEST(Wakeup, WakesAtItsDayOrOnANotifyWhicheverComesFirst)
{
  // Waits until day 10; a notify on day 4 wakes it on day 4. Then waits until day 10 again: no notify, wakes on 10.
  std::vector<double> woke;
  run_pair(
      [&](Wakeup& w) {
        w.wait_until(10);
        woke.push_back(s4u::Engine::get_clock());
        w.wait_until(10);
        woke.push_back(s4u::Engine::get_clock());
      },
      [](Wakeup& w) {
        s4u::this_actor::sleep_until(4);
        w.notify();
      });
  ASSERT_EQ(woke.size(), 2u);
  EXPECT_DOUBLE_EQ(woke[0], 4);
  EXPECT_DOUBLE_EQ(woke[1], 10);
}

TEST(Wakeup, ADayThatHasComeReturnsAtOnce)
{
  // At day 5, waiting until day 5 (or an earlier day) returns at once, not at the next notify (day 50): SimGrid 3.32
  // reads a timeout of 0 as "none".
  std::vector<double> woke;
  run_pair(
      [&](Wakeup& w) {
        s4u::this_actor::sleep_until(5);
        w.wait_until(5);
        woke.push_back(s4u::Engine::get_clock());
        w.wait_until(3);
        woke.push_back(s4u::Engine::get_clock());
      },
      [](Wakeup& w) {
        s4u::this_actor::sleep_until(50);
        w.notify();
      });
  ASSERT_EQ(woke.size(), 2u);
  EXPECT_DOUBLE_EQ(woke[0], 5);
  EXPECT_DOUBLE_EQ(woke[1], 5);
}

TEST(Wakeup, NotifyingAnActorThatDoesNotWaitIsLostNotDeferred)
{
  // A notify on day 2, while the waiter sleeps, must not make its later wait (from day 3 until day 8) return early.
  double woke = -1;
  run_pair(
      [&](Wakeup& w) {
        s4u::this_actor::sleep_until(3);
        w.wait_until(8);
        woke = s4u::Engine::get_clock();
      },
      [](Wakeup& w) {
        s4u::this_actor::sleep_until(2);
        w.notify();
      });
  EXPECT_DOUBLE_EQ(woke, 8);
}

} // namespace
} // namespace gwsim
