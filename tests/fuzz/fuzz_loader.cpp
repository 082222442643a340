/* libFuzzer target on the scenario loader (scripts/fuzz, docs/hardening.md).
 *
 * The input is a scenario document, optionally preceded by one override line: when the input starts with
 * `--set `, the rest of its first line is a `KEY=VALUE` override (parsed as the command line does) and the
 * remaining lines are the document. Bad input must end as gwsim::InputError (ScenarioError is one); anything else
 * that escapes the loader (another exception, a crash, a leak, undefined behaviour, a hang) is a bug and is left
 * for libFuzzer to report. */
#include "sim/load/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string input(reinterpret_cast<const char*>(data), size);
  static const std::string prefix = "--set ";
  std::string document            = input;
  std::vector<gwsim::Override> overrides;
  try {
    if (input.compare(0, prefix.size(), prefix) == 0) {
      const std::size_t end = input.find('\n');
      overrides.push_back(gwsim::parse_override(input.substr(prefix.size(), end - prefix.size())));
      document = end == std::string::npos ? std::string() : input.substr(end + 1);
    }
    gwsim::load_scenario_text(document, "fuzz.yaml", overrides);
  } catch (const gwsim::InputError&) {
    // Bad input, reported to the user with a message: the expected outcome for most inputs.
  }
  return 0;
}
