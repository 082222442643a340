/* First-come first-served allocation of lots to open orders (docs/model.md, "Allocation"). */
#include "sim/engine/supply/order_book.hpp"

#include <gtest/gtest.h>

namespace gwsim {
namespace {

const auto everywhere = [](std::size_t) { return true; };

TEST(OrderBook, FillsEarliestOrderFirstAndSplitsALot)
{
  OrderBook book;
  book.open({5.0, 1, 0, std::nullopt, 3000.0}); // 3 kW = 3 units of 1 kW
  book.open({2.0, 0, 0, std::nullopt, 2000.0}); // earlier: served first although opened second
  // 4 units: phase 0 takes 2 (its 2 kW), phase 1 takes the other 2 of its 3.
  const auto a = book.allocate(0, 1000.0, 4.0, everywhere);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].phase, 0u);
  EXPECT_DOUBLE_EQ(a[0].units, 2.0);
  EXPECT_EQ(a[1].phase, 1u);
  EXPECT_DOUBLE_EQ(a[1].units, 2.0);
  EXPECT_EQ(book.open_orders(), 1u); // phase 0 is filled and closed
  // 5 more units: phase 1 needs 1; the 4 others are forgone (not allocated).
  const auto b = book.allocate(0, 1000.0, 5.0, everywhere);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_DOUBLE_EQ(b[0].units, 1.0);
  EXPECT_EQ(book.open_orders(), 0u);
}

TEST(OrderBook, TiesInTimeGoByDeclarationOrder)
{
  OrderBook book;
  book.open({1.0, 7, 0, std::nullopt, 1000.0});
  book.open({1.0, 3, 0, std::nullopt, 1000.0});
  const auto a = book.allocate(0, 1000.0, 1.0, everywhere);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].phase, 3u);
}

TEST(OrderBook, OrdersOfOneInstantTie)
{
  // Phase 2 orders 5e-7 days after phase 8 (days that differ by rounding; instant_of groups days in spans of 1e-4):
  // the two tie and phase 2, declared first, is served first. An order a whole day later still waits its turn.
  OrderBook book;
  book.open({10.0, 8, 0, std::nullopt, 1000.0});
  book.open({10.0000005, 2, 0, std::nullopt, 1000.0});
  book.open({11.0, 1, 0, std::nullopt, 1000.0});
  const auto a = book.allocate(0, 1000.0, 3.0, everywhere);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].phase, 2u);
  EXPECT_EQ(a[1].phase, 8u);
  EXPECT_EQ(a[2].phase, 1u);
}

TEST(OrderBook, SkipsOrdersOfOtherProductsAndUnreachedRegions)
{
  OrderBook book;
  book.open({0.0, 0, 0, std::size_t{1}, 1000.0}); // accepts only product 1
  book.open({1.0, 1, 2, std::nullopt, 1000.0});   // region 2: not reached
  book.open({2.0, 2, 1, std::nullopt, 2000.0});   // 2 units of 1 kW
  const auto a = book.allocate(0, 1000.0, 5.0, [](std::size_t region) { return region != 2; });
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].phase, 2u);
  EXPECT_DOUBLE_EQ(a[0].units, 2.0);
  EXPECT_EQ(book.open_orders(), 2u);
}

TEST(OrderBook, UnitsOfABiggerProductFillFewerSlots)
{
  OrderBook book;
  book.open({0.0, 0, 0, std::nullopt, 10000.0}); // 10 kW
  // 2.5 kW accelerators: 10,000 / 2,500 = 4 units fill it.
  const auto a = book.allocate(0, 2500.0, 100.0, everywhere);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_DOUBLE_EQ(a[0].units, 4.0);
}

} // namespace
} // namespace gwsim
