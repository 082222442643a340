#include "sim/load/dependency_graph.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>

#include <algorithm>

namespace gwsim {
namespace {

using Graph  = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

/** @brief Thrown by the visitor to stop the search at the first back edge: one cycle is all a message needs. */
struct CycleFound {
  Vertex from;
  Vertex to;
};

/** @brief Records the DFS tree, so that a back edge u → v can be walked back from u to v. */
class CycleVisitor : public boost::default_dfs_visitor {
 public:
  explicit CycleVisitor(std::vector<Vertex>& parent) : parent_(&parent) {}
  void tree_edge(boost::graph_traits<Graph>::edge_descriptor e, const Graph& g) const
  {
    (*parent_)[boost::target(e, g)] = boost::source(e, g);
  }
  void back_edge(boost::graph_traits<Graph>::edge_descriptor e, const Graph& g) const
  {
    throw CycleFound{boost::source(e, g), boost::target(e, g)};
  }

 private:
  std::vector<Vertex>* parent_;
};

} // namespace

std::vector<std::size_t> find_dependency_cycle(const std::vector<std::vector<std::size_t>>& after)
{
  Graph graph(after.size());
  for (std::size_t i = 0; i < after.size(); ++i)
    for (std::size_t j : after[i])
      boost::add_edge(i, j, graph);

  std::vector<Vertex> parent(after.size());
  try {
    boost::depth_first_search(graph, boost::visitor(CycleVisitor(parent)));
  } catch (const CycleFound& found) {
    // The back edge from → to closes the tree path to → … → from.
    std::vector<std::size_t> cycle;
    for (Vertex v = found.from; v != found.to; v = parent[v])
      cycle.push_back(v);
    cycle.push_back(found.to);
    std::reverse(cycle.begin(), cycle.end());
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
    cycle.push_back(cycle.front());
    return cycle;
  }
  return {};
}

} // namespace gwsim
