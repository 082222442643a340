/* Imports over transmission lines: Boost.Graph's max-flow of the other regions' unused headroom over the lines' unused
 * limits (docs/model.md, "Power: transmission"). */
#include "sim/engine/power/transmission.hpp"

#include <gtest/gtest.h>

namespace gwsim {
namespace {

Line line(std::size_t from, std::size_t to, double watts)
{
  return Line{from, to, Power{watts}};
}

TEST(Transmission, ADiamondAddsItsPaths)
{
  // 0 is the importer; 1 and 2 export 30 and 100; lines 1-0 (20), 2-0 (50), 1-2 (40).
  // Max-flow: 1->0 carries 20, 2->0 carries 50 (2's own 100 covers it): 70. 1's other 10 could go 1->2->0 but 2-0 is
  // full. Hand cut: {1-0, 2-0} = 20 + 50 = 70.
  Transmission t(3, {line(1, 0, 20), line(2, 0, 50), line(1, 2, 40)});
  EXPECT_NEAR(t.can_import(0, {0, 30, 100}), 70, 1e-9);
}

TEST(Transmission, LinesCarryEitherWay)
{
  // The line is written 0 -> 1 but 1 imports over it.
  Transmission t(2, {line(0, 1, 25)});
  EXPECT_NEAR(t.can_import(1, {100, 0}), 25, 1e-9);
}

TEST(Transmission, AnImportKeepsItsShareOfTheLines)
{
  // A chain 2 -- 1 -- 0, limits 50 and 60; 2 exports up to 100, 1 nothing.
  Transmission t(3, {line(2, 1, 50), line(1, 0, 60)});
  EXPECT_NEAR(t.can_import(0, {0, 0, 100}), 50, 1e-9); // the 50 MW line binds
  const auto exports = t.import(0, {0, 0, 100}, 30);
  EXPECT_NEAR(exports[2], 30, 1e-9);
  EXPECT_NEAR(exports[1], 0, 1e-9);
  EXPECT_NEAR(t.used(0), 30, 1e-9);
  EXPECT_NEAR(t.used(1), 30, 1e-9);
  EXPECT_NEAR(t.can_import(0, {0, 0, 70}), 20, 1e-9); // 50 - 30 left on the first line
}

TEST(Transmission, ARegionWithoutLinesImportsNothing)
{
  Transmission t(3, {line(1, 2, 50)});
  EXPECT_FALSE(t.connects(0));
  EXPECT_EQ(t.can_import(0, {0, 100, 100}), 0);
}

} // namespace
} // namespace gwsim
