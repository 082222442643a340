/* Input the loader refuses before reading any scenario key: missing files, directories, huge files and nesting
 * deep enough to overflow yaml-cpp's recursive parser. */
#include "sim/load/yaml_document.hpp"
#include "tests/load/test_loader_support.hpp"

#include <cstdio>
#include <fstream>

using namespace gwsim;
using gwsim::test::kMinimal;

TEST(LoaderGuards, MissingFileIsAnInputError)
{
  try {
    load_scenario_file("/nonexistent/gwsim/scenario.yaml");
    FAIL() << "loaded a missing file";
  } catch (const ScenarioError& e) {
    FAIL() << "a missing file is not a scenario error: " << e.what();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "/nonexistent/gwsim/scenario.yaml: error: no such file");
  }
}

TEST(LoaderGuards, DirectoryIsAnInputError)
{
  EXPECT_THROW(load_scenario_file("/tmp"), InputError);
}

TEST(LoaderGuards, LoadsAFile)
{
  const std::string path = ::testing::TempDir() + "gwsim_loader_guard.yaml";
  std::ofstream(path) << kMinimal;
  const Scenario s = load_scenario_file(path);
  EXPECT_EQ(s.name, "t");
  EXPECT_EQ(s.file, path);
  std::remove(path.c_str());
}

TEST(LoaderGuards, TooLargeText)
{
  // One byte over 16 MiB, made of comments so that only the size can be wrong.
  const std::string text = kMinimal + "#" + std::string(kMaxScenarioBytes, 'x') + "\n";
  try {
    load_scenario_text(text, "big.yaml");
    FAIL() << "loaded a text over the cap";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("big.yaml: error: the text is 16 MiB; scenarios are limited to 16 MiB"),
              std::string::npos)
        << e.what();
  }
}

TEST(LoaderGuards, DeepFlowNesting)
{
  // 100000 `[` would overflow yaml-cpp's stack; the pre-scan stops at the first `[` past the cap.
  const ScenarioError e = gwsim::test::load_error("scenario: t\nx: " + std::string(100000, '[') + "\n");
  EXPECT_EQ(e.line(), 2);
  EXPECT_EQ(e.column(), 4 + 63); // `x: ` is 3 characters; the root map is level 1, so the 64th `[` is level 65
  EXPECT_NE(e.message().find("nested more than 64 levels"), std::string::npos) << e.what();
}

TEST(LoaderGuards, DeepBlockNesting)
{
  // 70 maps, each indented one more space than its parent: line 65 is the 65th level.
  std::string text;
  for (int i = 0; i < 70; ++i)
    text += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  const ScenarioError e = gwsim::test::load_error(text);
  EXPECT_EQ(e.line(), 65);
  EXPECT_EQ(e.column(), 65);
}

TEST(LoaderGuards, DeepListItemsOnOneLine)
{
  std::string text = "x: ";
  for (int i = 0; i < 80; ++i)
    text += "- ";
  // `x:` is level 1 and starts the line; `- ` items count one level each, from the first.
  const ScenarioError e = gwsim::test::load_error("x:\n  " + text.substr(3) + "a\n");
  EXPECT_EQ(e.line(), 2);
  EXPECT_NE(e.message().find("nested more than 64 levels"), std::string::npos) << e.what();
}

TEST(LoaderGuards, OrdinaryNestingPasses)
{
  EXPECT_NO_THROW(check_nesting_depth(kMinimal, "t.yaml"));
  EXPECT_NO_THROW(
      check_nesting_depth("a: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n", "t.yaml"));
  EXPECT_NO_THROW(
      check_nesting_depth("a: b # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n", "t.yaml"));
}

TEST(LoaderGuards, ClosedQuotesOfEveryKindParse)
{
  // Escaped quotes (\" inside double quotes, '' inside single quotes) and a double-quoted text over two lines are
  // closed: none may be taken for an unclosed quote.
  const YAML::Node root = parse_yaml("a: \"say \\\"hi\\\"\"\nb: 'it''s'\nc: \"one\n  two\"\nd: it's\n", "q.yaml");
  EXPECT_EQ(root["a"].as<std::string>(), "say \"hi\"");
  EXPECT_EQ(root["b"].as<std::string>(), "it's");
  EXPECT_EQ(root["c"].as<std::string>(), "one two");
  EXPECT_EQ(root["d"].as<std::string>(), "it's");
}

TEST(LoaderGuards, UnclosedQuoteIsReportedWhereItOpens)
{
  // yaml-cpp 0.7 accepts `b: "two` by taking the rest of the file into the text; the loader names the quote: line 2,
  // column 4 (after `b: `). A quote escaped at the very end does not close it either.
  for (const char* text : {"a: 1\nb: \"two\nc: 3\n", "a: 1\nb: \"two \\\"\nc: 3\n"}) {
    try {
      parse_yaml(text, "q.yaml");
      FAIL() << "parsed an unclosed quote: " << text;
    } catch (const ScenarioError& e) {
      EXPECT_EQ(e.line(), 2);
      EXPECT_EQ(e.column(), 4);
      EXPECT_NE(e.message().find("never closed (expected a closing \")"), std::string::npos) << e.what();
    }
  }
}

TEST(LoaderGuards, ByteOrderMarkDoesNotShiftTheQuoteCheck)
{
  // yaml-cpp's positions skip a UTF-8 byte order mark: a quote in a comment must not be read as an unclosed one, and
  // a real unclosed quote is still found (line 2, column 4).
  const std::string bom = "\xEF\xBB\xBF";
  EXPECT_NO_THROW(parse_yaml(bom + "#\"\na: 1\nb: \"two\"\n", "q.yaml"));
  try {
    parse_yaml(bom + "a: 1\nb: \"two\nc: 3\n", "q.yaml");
    FAIL() << "parsed an unclosed quote after a byte order mark";
  } catch (const ScenarioError& e) {
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.column(), 4);
  }
}
