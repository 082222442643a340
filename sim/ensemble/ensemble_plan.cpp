#include "sim/ensemble/ensemble_plan.hpp"

#include "analysis/atomic_file.hpp"
#include "sim/ensemble/ensemble_tables.hpp"
#include "sim/ensemble/replica.hpp"
#include "sim/load/fnv_hash.hpp"
#include "sim/load/quantity_parse.hpp"

#include <cstdio>
#include <filesystem>
#include <regex>

#ifndef GWSIM_VERSION
#error "GWSIM_VERSION is defined by CMakeLists.txt (the project's version)"
#endif

namespace gwsim {
namespace {

std::string hex(std::uint64_t value)
{
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

const char* shortfall_metric(Demand::Unit unit)
{
  switch (unit) {
  case Demand::Unit::accelerators:
    return "shortfall_accelerators";
  case Demand::Unit::pflops:
    return "shortfall_pflops";
  case Demand::Unit::gw:
    break;
  }
  return "shortfall_gw";
}

} // namespace

bool Shard::holds(std::uint64_t replica) const
{
  return (replica - kFirstReplica) % n == k - 1;
}

Shard parse_shard(const std::string& text)
{
  if (text.empty()) return {};
  static const std::regex form(R"((\d{1,9})/(\d{1,9}))");
  std::smatch m;
  if (std::regex_match(text, m, form)) {
    const Shard s{std::stoull(m[1]), std::stoull(m[2])};
    if (s.k >= 1 && s.k <= s.n) return s;
  }
  throw InputError("--shard: expected K/N with 1 <= K <= N, such as 1/4, found " + quoted(text));
}

const char* gwsim_version()
{
  return GWSIM_VERSION;
}

std::string scenario_hash(const ScenarioSource& source, const std::vector<std::string>& arguments)
{
  Fnv1a hash;
  hash.add(source.text());
  for (const std::string& argument : arguments)
    hash.add(argument);
  return hex(hash.value());
}

EnsembleIdentity ensemble_identity(const ScenarioSource& source, const EnsembleArguments& args, std::uint64_t seed)
{
  const Scenario& s = source.medians();
  return {{"format", kResultsFormat},
          {"scenario", s.name},
          {"scenario_hash", scenario_hash(source, args.sets)},
          {"gwsim_version", gwsim_version()},
          {"start", s.start.iso()},
          {"runs", std::to_string(args.runs)},
          {"seed", std::to_string(seed)},
          {"shard", args.shard},
          {"shortfall_metric", shortfall_metric(s.demand.unit)},
          {"accelerator_prices", prices_accelerators(s) ? "1" : "0"}};
}

std::vector<std::uint64_t> replicas_to_run(std::uint64_t runs, const Shard& shard, const std::set<std::uint64_t>& done)
{
  std::vector<std::uint64_t> missing;
  for (std::uint64_t r = kFirstReplica; r < kFirstReplica + runs; ++r)
    if (shard.holds(r) && !done.count(r)) missing.push_back(r);
  return missing;
}

void write_ensemble_tables(const std::string& dir, const ResultsDb& db)
{
  namespace fs                             = std::filesystem;
  const std::vector<ReplicaResult> results = db.results();
  const auto start                         = parse_date(db.identity().at("start"));
  if (!start) throw std::runtime_error(dir + "/results.sqlite: a bad start date");
  const std::vector<std::pair<std::string, std::string>> files{
      {"milestones.csv", milestones_csv(results, *start.value)},
      {"bands.csv",
       bands_csv(results, db.identity().at("shortfall_metric"), db.identity().at("accelerator_prices") == "1")},
      {"binding.csv", binding_csv(results)},
  };
  for (const auto& [name, content] : files)
    write_file_atomically((fs::path(dir) / name).string(), content);
}

std::string ensemble_summary(const ScenarioSource& source, const EnsembleArguments& args, std::uint64_t seed,
                             std::size_t replicas, std::size_t run_now, const std::string& dir)
{
  const std::size_t inputs = source.uncertain_inputs().size();
  return source.medians().name + ": " + std::to_string(replicas) + " replicas (" + std::to_string(run_now) +
         " run now, " + std::to_string(inputs) + (inputs == 1 ? " uncertain input" : " uncertain inputs") + ", seed " +
         std::to_string(seed) + (args.shard.empty() ? "" : ", shard " + args.shard) + ")\noutputs: " + dir + "/\n";
}

} // namespace gwsim
