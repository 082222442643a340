#include "sim/ensemble/command_support.hpp"

#include "sim/engine/simulation.hpp"
#include "sim/ensemble/replica_result.hpp"

#include <algorithm>
#include <filesystem>
#include <thread>

namespace gwsim {

ScenarioSource load_source(const std::string& file, const std::vector<std::string>& sets)
{
  std::vector<Override> overrides;
  for (const auto& s : sets)
    overrides.push_back(parse_override(s));
  return ScenarioSource::from_file(file, overrides);
}

void make_output_folder(const std::string& dir)
{
  namespace fs = std::filesystem;
  if (fs::exists(dir) && !fs::is_directory(dir)) throw InputError("-o " + dir + ": exists and is not a folder");
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw std::runtime_error("cannot create output folder " + dir + ": " + ec.message());
}

unsigned jobs_or_cores(unsigned jobs)
{
  return jobs > 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

std::string simulate_and_encode(std::uint64_t id, const Scenario& scenario)
{
  const EventRecord events = simulate(scenario, RunOptions{});
  return encode(replica_result(id, scenario, analyze(scenario, events)));
}

} // namespace gwsim
