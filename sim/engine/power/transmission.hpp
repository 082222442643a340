/* Transmission between regions (`transmission`, docs/model.md "Power: transmission"): a region may grant beyond its own
 * headroom what it can import, the max-flow of the other regions' unused headroom over the lines' unused limits
 * (Boost.Graph's push-relabel max-flow). An import, once granted, keeps its share of the lines and of the exporters'
 * headroom. Plain C++ (no SimGrid). */
#ifndef GWSIM_SIM_TRANSMISSION_HPP
#define GWSIM_SIM_TRANSMISSION_HPP

#include "sim/model/grid.hpp"

#include <cstddef>
#include <vector>

namespace gwsim {

/** @brief The lines between regions and what imports granted so far use of them. */
class Transmission {
 public:
  Transmission(std::size_t regions, const std::vector<Line>& lines);

  /** @brief Whether any line touches region `r`. */
  bool connects(std::size_t r) const { return r < touched_.size() && touched_[r]; }

  /** @brief The most `importer` could import now: the max-flow from the other regions, each offering `spare[r]` watts,
   * over the lines' unused limits. */
  double can_import(std::size_t importer, const std::vector<double>& spare) const;

  /** @brief Routes `watts` (at most can_import) to `importer` and keeps it: the lines' use grows by what flows over
   * them. Returns the watts each region exports for it (zero for the importer). */
  std::vector<double> import(std::size_t importer, const std::vector<double>& spare, double watts);

  /** @brief What line `i` carries for the imports granted so far, watts. */
  double used(std::size_t i) const { return used_[i]; }

 private:
  /** @brief The flow of a max-flow from the exporters to `importer`, capped at `cap`: per region its export, per line
   * its flow from `from` to `to` (negative the other way). */
  struct Flow {
    double total = 0;
    std::vector<double> exports;
    std::vector<double> lines;
  };
  Flow max_flow(std::size_t importer, const std::vector<double>& spare, double cap) const;

  std::size_t regions_;
  std::vector<Line> lines_;
  std::vector<double> used_; // by line
  std::vector<bool> touched_;
};

} // namespace gwsim

#endif
