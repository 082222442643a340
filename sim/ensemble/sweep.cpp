#include "sim/ensemble/sweep.hpp"

#include "analysis/atomic_file.hpp"
#include "analysis/format.hpp"
#include "sim/ensemble/command_support.hpp"
#include "sim/ensemble/ensemble_plan.hpp"
#include "sim/ensemble/ensemble_tables.hpp"
#include "sim/ensemble/progress.hpp"
#include "sim/ensemble/replica.hpp"
#include "sim/ensemble/stored_runs.hpp"
#include "sim/load/quantity_parse.hpp"

#include <filesystem>
#include <iostream>
#include <sstream>

namespace gwsim {

Variation parse_variation(const std::string& text)
{
  const std::size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
    throw InputError("--vary " + text + ": expected KEY=VALUE,VALUE,..., such as suppliers.nvidia.share=15%,20%");
  Variation v{text.substr(0, eq), {}};
  std::string value;
  int depth = 0;
  for (char c : text.substr(eq + 1)) {
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') --depth;
    if (c == ',' && depth == 0) {
      v.values.push_back(value);
      value.clear();
    } else {
      value += c;
    }
  }
  v.values.push_back(value);
  for (const std::string& each : v.values)
    if (each.find_first_not_of(' ') == std::string::npos)
      throw InputError("--vary " + text + ": an empty value (expected values separated by commas)");
  return v;
}

std::vector<std::vector<std::string>> sweep_points(const std::vector<Variation>& variations)
{
  std::vector<std::vector<std::string>> points{{}};
  for (const Variation& v : variations) {
    std::vector<std::vector<std::string>> next;
    for (const auto& point : points)
      for (const std::string& value : v.values) {
        next.push_back(point);
        next.back().push_back(value);
      }
    points = std::move(next);
  }
  return points;
}

EnsembleIdentity sweep_identity(const ScenarioSource& source, const SweepArguments& args, std::size_t points)
{
  std::vector<std::string> arguments = args.sets;
  for (const std::string& vary : args.vary)
    arguments.push_back("--vary " + vary);
  return {{"format", kResultsFormat},
          {"command", "sweep"},
          {"scenario", source.medians().name},
          {"scenario_hash", scenario_hash(source, arguments)},
          {"gwsim_version", gwsim_version()},
          {"points", std::to_string(points)},
          {"runs", args.runs ? std::to_string(*args.runs) : "medians"},
          {"seed", args.seed ? std::to_string(*args.seed) : "scenario"}};
}

int run_sweep(const SweepArguments& args)
{
  std::vector<Variation> variations;
  for (const std::string& text : args.vary)
    variations.push_back(parse_variation(text));
  const auto points = sweep_points(variations);
  // Every point loaded and validated before anything runs: a bad value writes nothing.
  std::vector<ScenarioSource> sources;
  for (const auto& point : points) {
    std::vector<std::string> sets = args.sets;
    for (std::size_t k = 0; k < variations.size(); ++k)
      sets.push_back(variations[k].key + "=" + point[k]);
    sources.push_back(load_source(args.scenario, sets));
  }
  const Scenario& base     = sources.front().medians();
  const std::uint64_t runs = args.runs.value_or(1);
  const std::string dir    = args.output.empty() ? "out/" + base.name + "-sweep" : args.output;

  // Run k (numbered from 1, the database's `replica`) is point (k - 1) / runs, replica (k - 1) % runs + 1, or the
  // point's medians without --runs.
  make_output_folder(dir);
  ResultsDb db(database_path(dir, "sweep.sqlite"), sweep_identity(sources.front(), args, points.size()));
  const std::uint64_t count                = points.size() * runs;
  const std::vector<std::uint64_t> missing = replicas_to_run(count, Shard{}, db.replicas());
  run_and_commit(db, missing, jobs_or_cores(args.jobs), !args.quiet && stderr_is_terminal(), [&](std::uint64_t k) {
    const std::uint64_t t = k - kFirstReplica;
    const std::optional<std::uint64_t> replica =
        args.runs ? std::optional<std::uint64_t>(t % runs + kFirstReplica) : std::nullopt;
    return simulate_and_encode(k, scenario_to_run(sources[t / runs], args.seed, replica));
  });
  const std::vector<ReplicaResult> results = db.results(); // runs 1..count, in order

  std::vector<std::string> header{"point"};
  for (const Variation& v : variations)
    header.push_back(v.key);
  std::string out = csv_line(header);
  out.pop_back();
  out += ",gw,runs,reached,probability,p10,p50,p90\n";
  for (std::size_t p = 0; p < points.size(); ++p) {
    std::vector<ReplicaResult> replicas;
    for (std::uint64_t r = 0; r < runs; ++r)
      replicas.push_back(results.at(p * runs + r));
    std::vector<std::string> prefix{std::to_string(p + 1)};
    prefix.insert(prefix.end(), points[p].begin(), points[p].end());
    std::string lead = csv_line(prefix);
    lead.pop_back();
    std::istringstream rows(milestones_csv(replicas, sources[p].medians().start));
    std::string row;
    std::getline(rows, row); // the header
    while (std::getline(rows, row))
      out += lead + "," + row + "\n";
  }
  write_file_atomically((std::filesystem::path(dir) / "sweep.csv").string(), out);
  if (!args.quiet)
    std::cout << base.name << ": " << points.size() << " points x " << runs << (runs == 1 ? " run" : " runs") << " ("
              << missing.size() << " run now)\noutputs: " << dir << "/\n";
  return 0;
}

} // namespace gwsim
