#include "sim/cli/cli.hpp"

#include "analysis/atomic_file.hpp"
#include "analysis/report.hpp"
#include "sim/cli/generator.hpp"
#include "sim/cli/plotting.hpp"
#include "sim/engine/simulation.hpp"
#include "sim/ensemble/ensemble_cli.hpp"
#include "sim/ensemble/replica.hpp"
#include "sim/load/loader.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <malloc.h>

namespace gwsim {
namespace {

struct RunArguments {
  std::string scenario;
  std::string output;
  std::vector<std::string> sets;
  std::optional<std::uint64_t> seed;
  std::optional<std::uint64_t> replica;
  bool quiet   = false;
  bool verbose = false;
  bool report  = false;
};

ScenarioSource load(const std::string& file, const std::vector<std::string>& sets)
{
  std::vector<Override> overrides;
  for (const auto& s : sets)
    overrides.push_back(parse_override(s));
  return ScenarioSource::from_file(file, overrides);
}

int run(const RunArguments& args)
{
  const ScenarioSource source = load(args.scenario, args.sets);
  const Scenario scenario     = scenario_to_run(source, args.seed, args.replica);
  const std::string dir       = args.output.empty() ? "out/" + scenario.name : args.output;
  if (std::filesystem::exists(dir) && !std::filesystem::is_directory(dir))
    throw InputError("-o " + dir + ": exists and is not a folder");

  // The YAML parser leaves the heap in many small free chunks: returning them now keeps the run's allocations fast
  // (measured at 1,000 sites: SimGrid's engine setup took 30 ms on the fragmented heap, under 1 ms after) and lowers
  // the peak memory. It takes about as long as it saves, before the run is timed (docs/performance.md).
  malloc_trim(0);
  const auto began    = std::chrono::steady_clock::now();
  const auto events   = simulate(scenario, RunOptions{args.verbose});
  const double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  write_outputs(dir, scenario, events, wall_s);
  if (!args.quiet)
    std::cout << draws_note(source, scenario.seed, args.replica) << human_summary(scenario, events)
              << "outputs: " << dir << "/\n";
  return args.report ? make_report(dir, args.quiet) : kExitOk;
}

int validate(const std::vector<std::string>& files, bool quiet)
{
  int code = kExitOk;
  for (const auto& file : files) {
    try {
      const Scenario s = load(file, {}).medians();
      if (!quiet)
        std::cout << file << ": ok (" << s.name << ", " << s.sites.size() << " sites, " << phase_refs(s).size()
                  << " phases)\n";
    } catch (const InputError& e) {
      std::cerr << e.what() << "\n";
      code = kExitBadInput;
    }
  }
  return code;
}

int generate(const GeneratorSpec& spec, const std::string& output)
{
  std::string text;
  try {
    text = generate_scenario(spec);
  } catch (const std::invalid_argument& e) {
    throw InputError(std::string("generate: ") + e.what());
  }
  if (output.empty())
    std::cout << text;
  else
    write_file_atomically(output, text);
  return kExitOk;
}

} // namespace

int run_cli(int argc, char** argv)
{
  CLI::App app{"gwsim: a discrete-event simulator of AI datacenter buildouts at gigawatt scale"};
  app.require_subcommand(1);
  RunArguments args;
  auto* run_cmd = app.add_subcommand("run", "Simulate a scenario and write timeline.csv, phases.csv, events.csv "
                                            "and summary.json");
  run_cmd->add_option("scenario", args.scenario, "Scenario file (YAML)")->required()->check(CLI::ExistingFile);
  run_cmd->add_option("-o,--output", args.output, "Output folder (default: out/<scenario name>)");
  run_cmd->add_option("--set", args.sets, "Override a scalar by key path, e.g. suppliers.nvidia.share=30%")->take_all();
  run_cmd->add_option("--seed", args.seed, "Random seed (overrides the scenario's)");
  run_cmd->add_option("--replica", args.replica,
                      "Simulate replica I of an ensemble (its draws) instead of the medians");
  run_cmd->add_flag("-q,--quiet", args.quiet, "Print nothing on success");
  run_cmd->add_flag("-v,--verbose", args.verbose, "Show SimGrid's own logs");
  run_cmd->add_flag("--report", args.report, "Also write the report (charts and report.html, as gwsim report DIR)");

  std::string report_dir;
  auto* report_cmd = app.add_subcommand("report", "Write a run's charts (PNG, SVG, their data) and DIR/report.html");
  report_cmd->add_option("dir", report_dir, "A run's output folder")->required();

  std::vector<std::string> compared;
  std::string compare_out;
  auto* compare_cmd = app.add_subcommand("compare", "Print the milestone and timeline differences of two runs and "
                                                    "chart them");
  compare_cmd->add_option("dirs", compared, "Two runs' output folders: A, then B")->required()->expected(2);
  compare_cmd->add_option("-o,--output", compare_out, "Folder for the chart and its data (default: DIR_B/compare)");

  std::vector<std::string> files;
  bool validate_quiet = false;
  auto* validate_cmd  = app.add_subcommand("validate", "Check scenario files without running them");
  validate_cmd->add_option("scenarios", files, "Scenario files (YAML)")->required()->check(CLI::ExistingFile);
  validate_cmd->add_flag("-q,--quiet", validate_quiet, "Print only errors");

  GeneratorSpec spec;
  std::string generated;
  auto* generate_cmd = app.add_subcommand("generate", "Write a synthetic scenario of the given size (for benchmarks)");
  generate_cmd->add_option("--sites", spec.sites, "Number of sites")->capture_default_str()->check(CLI::PositiveNumber);
  generate_cmd->add_option("--phases", spec.phases, "Phases per site")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  generate_cmd->add_option("--suppliers", spec.suppliers, "Number of suppliers")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  generate_cmd->add_option("--regions", spec.regions, "Number of grid regions")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  generate_cmd->add_option("--years", spec.years, "Horizon in years")->capture_default_str()->check(CLI::Range(1, 100));
  generate_cmd->add_option("--stages", spec.stages, "Stages of a supply chain (0: none; else at least 2)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  generate_cmd->add_option("--seed", spec.seed, "Seed of the generator")->capture_default_str();
  generate_cmd->add_option("-o,--output", generated, "Scenario file to write (default: standard output)");

  const EnsembleCommands ensemble_commands(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitBadInput;
  }

  try {
    if (*validate_cmd) return validate(files, validate_quiet);
    if (*generate_cmd) return generate(spec, generated);
    if (*report_cmd) return make_report(report_dir);
    if (*compare_cmd) return compare_runs(compared.at(0), compared.at(1), compare_out);
    if (auto code = ensemble_commands.dispatch()) return *code;
    return run(args);
  } catch (const InputError& e) {
    std::cerr << e.what() << "\n";
    return kExitBadInput;
  } catch (const std::exception& e) {
    std::cerr << "gwsim: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}

} // namespace gwsim
