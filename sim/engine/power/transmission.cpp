#include "sim/engine/power/transmission.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/push_relabel_max_flow.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gwsim {
namespace {

// Capacities in whole milliwatts: push-relabel checks its flow with exact comparisons (an assertion in Boost's
// push_relabel_max_flow, on in builds without NDEBUG), which floating-point capacities fail by rounding. A milliwatt
// is within the grants' tolerance (1e-3 W); 64 bits hold 9.2e15 W.
using Milliwatts                    = long long;
constexpr Milliwatts kUnlimitedFlow = 1'000'000'000'000'000'000LL; // 1e15 W, above any grid
constexpr double kMilliwattsPerWatt = 1000.0;

Milliwatts milliwatts(double watts)
{
  if (!(watts > 0)) return 0;
  if (std::isinf(watts) || watts * kMilliwattsPerWatt >= static_cast<double>(kUnlimitedFlow)) return kUnlimitedFlow;
  return std::llround(watts * kMilliwattsPerWatt);
}

using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using Graph  = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, Milliwatts,
                    boost::property<boost::edge_residual_capacity_t, Milliwatts,
                                    boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;
using Edge = Traits::edge_descriptor;

/** @brief A max-flow network: every arc added with its reverse arc of capacity zero, as push-relabel needs. */
class Network {
 public:
  explicit Network(std::size_t vertices) : graph_(vertices) {}

  Edge arc(std::size_t from, std::size_t to, double capacity)
  {
    const Edge e = boost::add_edge(from, to, graph_).first;
    const Edge r = boost::add_edge(to, from, graph_).first;
    boost::put(boost::edge_capacity, graph_, e, milliwatts(capacity));
    boost::put(boost::edge_capacity, graph_, r, Milliwatts{0});
    boost::put(boost::edge_reverse, graph_, e, r);
    boost::put(boost::edge_reverse, graph_, r, e);
    return e;
  }

  /** @brief The max flow from `source` to `sink`, in watts. */
  double run(std::size_t source, std::size_t sink)
  {
    return static_cast<double>(boost::push_relabel_max_flow(graph_, source, sink)) / kMilliwattsPerWatt;
  }

  /** @brief What flows over arc `e` after run(), in watts. */
  double flow(Edge e) const
  {
    return static_cast<double>(boost::get(boost::edge_capacity, graph_, e) -
                               boost::get(boost::edge_residual_capacity, graph_, e)) /
           kMilliwattsPerWatt;
  }

 private:
  Graph graph_;
};

} // namespace

Transmission::Transmission(std::size_t regions, const std::vector<Line>& lines)
    : regions_(regions), lines_(lines), used_(lines.size(), 0.0), touched_(regions, false)
{
  for (const Line& line : lines_) {
    touched_[line.from] = true;
    touched_[line.to]   = true;
  }
}

Transmission::Flow Transmission::max_flow(std::size_t importer, const std::vector<double>& spare, double cap) const
{
  // Vertices: the regions, a source feeding each exporter its spare headroom, a sink fed by the importer up to `cap`.
  const std::size_t source = regions_;
  const std::size_t sink   = regions_ + 1;
  Network net(regions_ + 2);
  std::vector<Edge> exports(regions_);
  for (std::size_t r = 0; r < regions_; ++r)
    if (r != importer) exports[r] = net.arc(source, r, spare[r]);
  // A line carries up to its unused limit either way: one arc each way, each of the unused limit.
  std::vector<std::pair<Edge, Edge>> arcs;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    const double unused = lines_[i].limit.watts - used_[i];
    arcs.emplace_back(net.arc(lines_[i].from, lines_[i].to, unused), net.arc(lines_[i].to, lines_[i].from, unused));
  }
  net.arc(importer, sink, cap);
  Flow flow;
  flow.total = net.run(source, sink);
  flow.exports.assign(regions_, 0.0);
  for (std::size_t r = 0; r < regions_; ++r)
    if (r != importer) flow.exports[r] = net.flow(exports[r]);
  for (const auto& [forth, back] : arcs)
    flow.lines.push_back(net.flow(forth) - net.flow(back));
  return flow;
}

double Transmission::can_import(std::size_t importer, const std::vector<double>& spare) const
{
  if (!connects(importer)) return 0;
  return max_flow(importer, spare, std::numeric_limits<double>::infinity()).total;
}

std::vector<double> Transmission::import(std::size_t importer, const std::vector<double>& spare, double watts)
{
  const Flow flow = max_flow(importer, spare, watts);
  for (std::size_t i = 0; i < lines_.size(); ++i)
    used_[i] += std::abs(flow.lines[i]);
  return flow.exports;
}

} // namespace gwsim
