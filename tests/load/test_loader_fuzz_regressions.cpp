/* Inputs the loader fuzzer (scripts/fuzz, tests/fuzz/fuzz_loader.cpp) found to crash, hang or leak, kept so that they
 * stay fixed: each must end as a located ScenarioError, promptly. Also what scripts/test-sanitizers found in the
 * loader and analysis. */
#include "tests/load/test_loader_support.hpp"

#include "analysis/products.hpp"
#include "sim/load/loader.hpp"
#include "sim/load/yaml_document.hpp"

#include <gtest/gtest.h>

#include <string>
#include <type_traits>

namespace gwsim::test {
namespace {

// yaml-cpp 0.7 never consumes a "," that cannot start a node: YAML::LoadAll returned empty documents at that same
// place forever (a hang, with memory growing), found by the fuzzer after about a minute.
TEST(LoaderFuzzRegressions, StrayCommaAtTopLevelIsAnErrorNotAHang)
{
  expect_error(load_error(","), 1, 1, "", "invalid YAML: unexpected \",\"");
  expect_error(load_error("\n\n  ,x: 1\n"), 3, 3, "", "unexpected \",\"");
  expect_error(load_error("---\n,\n"), 2, 1, "", "unexpected \",\"");
}

TEST(LoaderFuzzRegressions, StrayCommaAfterADocumentIsAnErrorNotAHang)
{
  const ScenarioError e = load_error(kMinimal + "---\n,\n");
  EXPECT_GT(e.line(), 1) << e.what();
}

TEST(LoaderFuzzRegressions, FuzzerHangInputVerbatim)
{
  const unsigned char bytes[] = {0x2c, 0x73, 0x63, 0x65, 0x6e, 0x61, 0x72, 0x69, 0x6f, 0x3a, 0x20, 0x74, 0x65, 0x61,
                                 0xff, 0x17, 0xff, 0xff, 0xff, 0x68, 0x69, 0x6e, 0x67, 0x2d, 0x63, 0x6f, 0x6e, 0x73,
                                 0x74, 0x72, 0x75, 0x63, 0x74, 0x69, 0x6f, 0x6e, 0x0a, 0x64, 0x65, 0x73, 0x63, 0x72,
                                 0x69, 0x70, 0x74, 0x69, 0x6f, 0x2e, 0x3a, 0x20, 0x7c, 0x0a, 0x20, 0x20, 0x4f, 0x6e,
                                 0x20, 0x30, 0x32, 0x36, 0x12, 0x00, 0x00, 0x00, 0x00, 0x63, 0x68, 0x20, 0x70, 0x68,
                                 0x61, 0x73, 0x65, 0x3a, 0x20, 0x30, 0x39, 0x65, 0x6c, 0xff, 0xff, 0xff, 0xff, 0xff,
                                 0xff, 0xff, 0x08, 0x20, 0x68, 0x65, 0x61, 0x64, 0x72, 0x6f, 0x6f, 0x0a};
  const std::string text(reinterpret_cast<const char*>(bytes), sizeof bytes);
  expect_error(load_error(text), 1, 1, "", "unexpected \",\"");
}

// Counting documents one at a time must keep the multi-document error as it was.
TEST(LoaderFuzzRegressions, SeveralDocumentsStillCounted)
{
  expect_error(load_error(kMinimal + "---\nscenario: u\n---\nscenario: v\n"), 29, 1, "", "found 3 YAML documents");
  EXPECT_NO_THROW(load_scenario_text("---\n" + kMinimal, "t.yaml"));
}

// The nesting pre-scan stops yaml-cpp 0.7's recursion (a stack overflow) before it starts, in both styles.
TEST(LoaderFuzzRegressions, DeepNestingStoppedBeforeYamlCpp)
{
  expect_error(load_error("a: " + std::string(100000, '[')), 1, 0, "", "nested more than");
  expect_error(load_error(std::string(100000, '{')), 1, 0, "", "nested more than");
  std::string block;
  for (int i = 0; i < 200; ++i)
    block += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  expect_error(load_error(block), kMaxNestingDepth + 1, 0, "", "nested more than");
}

// Found by scripts/test-sanitizers (heap-use-after-free): a ProductCatalog built from a temporary scenario kept
// pointers into it. Now refused at compile time.
static_assert(!std::is_constructible_v<ProductCatalog, Scenario&&>, "a catalog must not outlive its scenario");
static_assert(std::is_constructible_v<ProductCatalog, const Scenario&>);

} // namespace
} // namespace gwsim::test
