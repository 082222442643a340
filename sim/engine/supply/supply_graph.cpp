#include "sim/engine/supply/supply_graph.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <iterator>

namespace gwsim {

std::vector<std::size_t> stage_order(const Scenario& scenario)
{
  using Graph         = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  const std::size_t n = scenario.stages.size();
  Graph graph(n);
  // Edges from each stage to its inputs, added from the last stage to the first: topological_sort lists each vertex
  // after everything it reaches (its inputs), and its depth-first search starts from vertex 0, so unrelated stages
  // come out in declaration order.
  for (std::size_t i = 0; i < n; ++i)
    for (const StageNeed& input : scenario.stages[i].inputs)
      boost::add_edge(i, input.stage, graph);
  std::vector<std::size_t> order;
  boost::topological_sort(graph, std::back_inserter(order));
  return order;
}

} // namespace gwsim
