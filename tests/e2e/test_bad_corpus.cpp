/* The bad-input corpus (tests/bad/, see its README.md): every NAME.yaml is a planner's mistake and NAME.expected the
 * exact first line `gwsim validate tests/bad/NAME.yaml` prints on stderr, run from the repository root. One test per
 * file, listed when the tests are discovered, so a new case needs no code. */
#include "tests/e2e/csv_reader.hpp"
#include "tests/e2e/process.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using gwsim_e2e::run_process;
using gwsim_e2e::slurp;
using gwsim_e2e::TempDir;

const std::string kRoot   = GWSIM_SOURCE_DIR;
const std::string kBadDir = "tests/bad";

/** @brief The names (file stems) of the files in tests/bad/ ending in `extension`, sorted. */
std::vector<std::string> corpus_names(const std::string& extension)
{
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(kRoot + "/" + kBadDir, ec))
    if (entry.is_regular_file() && entry.path().extension() == extension) names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

/** @brief The first line of `text`, without its line break. */
std::string first_line(const std::string& text)
{
  return text.substr(0, text.find('\n'));
}

/** @brief `unknown-key-top` → `unknown_key_top`: GoogleTest names take letters, digits and `_` only. */
std::string test_name(const testing::TestParamInfo<std::string>& info)
{
  std::string name = info.param;
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

class BadInputCase : public testing::TestWithParam<std::string> {
 protected:
  std::string yaml() const { return kBadDir + "/" + GetParam() + ".yaml"; }
  std::string expected() const { return first_line(slurp(kRoot + "/" + kBadDir + "/" + GetParam() + ".expected")); }
};

} // namespace

TEST_P(BadInputCase, ValidateExitsTwoWithTheExpectedMessage)
{
  // A bad scenario is bad input: exit code 2 (docs/cli.md), and the first stderr line is the located message
  // reviewed by hand when NAME.expected was written (scripts/update-bad-corpus).
  TempDir tmp;
  const int code        = run_process({GWSIM_BINARY, "validate", yaml()}, kRoot, tmp / "stdout", tmp / "stderr");
  const std::string err = slurp(tmp / "stderr");
  EXPECT_EQ(code, 2) << err;
  EXPECT_EQ(first_line(err), expected()) << "if the new message is right, run scripts/update-bad-corpus " << GetParam()
                                         << " and review the diff";
}

TEST_P(BadInputCase, RunExitsTwoAndCreatesNoOutputFolder)
{
  // `gwsim run` validates before it writes anything: exit 2 and the -o folder never created (docs/cli.md: "When
  // the input is bad, nothing is written to the output folder").
  TempDir tmp;
  const std::string out = tmp / "out";
  const int code =
      run_process({GWSIM_BINARY, "run", yaml(), "-o", out, "--quiet"}, kRoot, tmp / "stdout", tmp / "stderr");
  EXPECT_EQ(code, 2) << slurp(tmp / "stderr");
  EXPECT_FALSE(fs::exists(out)) << "gwsim run created " << out << " for a bad scenario";
  // The same message as validate: run and validate load through the same code.
  EXPECT_EQ(first_line(slurp(tmp / "stderr")), expected());
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadInputCase, testing::ValuesIn(corpus_names(".yaml")), test_name);

TEST(BadInputCorpus, HasAtLeastFiftyCasesEachWithItsExpectedLine)
{
  // The corpus is meant to cover every kind of error in docs/scenario-format.md: fewer than 50 cases means files
  // were lost. Every NAME.yaml needs a NAME.expected and every NAME.expected a NAME.yaml, else a case is silently
  // untested (or a stale expectation lingers).
  const std::vector<std::string> yaml     = corpus_names(".yaml");
  const std::vector<std::string> expected = corpus_names(".expected");
  EXPECT_GE(yaml.size(), 50u);
  const std::set<std::string> yaml_set(yaml.begin(), yaml.end());
  const std::set<std::string> expected_set(expected.begin(), expected.end());
  for (const std::string& name : yaml)
    EXPECT_TRUE(expected_set.count(name)) << "tests/bad/" << name << ".yaml has no .expected";
  for (const std::string& name : expected)
    EXPECT_TRUE(yaml_set.count(name)) << "tests/bad/" << name << ".expected has no .yaml";
  // Each expected line is a located error about that very file (or, for file problems, names it).
  for (const std::string& name : expected) {
    const std::string line = first_line(slurp(kRoot + "/" + kBadDir + "/" + name + ".expected"));
    EXPECT_EQ(line.rfind(kBadDir + "/" + name + ".yaml:", 0), 0u) << name << ".expected: " << line;
    EXPECT_NE(line.find("error: "), std::string::npos) << name << ".expected: " << line;
  }
}
