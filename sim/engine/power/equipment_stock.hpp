/* The stock of long-lead equipment (docs/model.md, "Power: equipment"): stages that make transformers or turbines run
 * at capacity whatever the demand (the chain plan, sim/engine/supply/chain_plan.hpp), and nothing else in the chain
 * draws on them, so what they have made by each day is known before the run. Grid grants and onsite generation draw
 * on it during the run. Plain C++ (no SimGrid). */
#ifndef GWSIM_SIM_EQUIPMENT_STOCK_HPP
#define GWSIM_SIM_EQUIPMENT_STOCK_HPP

#include "sim/engine/supply/chain_plan.hpp"
#include "sim/model/scenario.hpp"

#include <cstddef>
#include <vector>

namespace gwsim {

/** @brief What each equipment stage has made by each day, less what was drawn on it. */
class EquipmentStock {
 public:
  EquipmentStock() = default;
  /** @brief The stock the chain `plan` of `scenario` makes, for the stages its regions' and sites' `equipment` name. */
  EquipmentStock(const Scenario& scenario, const ChainPlan& plan);

  /** @brief Units of stage `stage` on hand at model day `day`: its inventory at the start plus its good output of
   * every day up to and including day ⌊day⌋ (output that comes out on a day is there that day), less the draws. */
  double on_hand(std::size_t stage, double day) const;
  /** @brief Whether the stock at `day` covers `needs` for `watts`. */
  bool covers(const std::vector<EquipmentNeed>& needs, double watts, double day) const;
  /** @brief The first whole day after `day` on which the stock, with no other draw, covers `needs` for `watts`;
   * negative when none within the plan. */
  double next_day_covering(const std::vector<EquipmentNeed>& needs, double watts, double day) const;
  /** @brief Takes `needs` for `watts` out of the stock. */
  void draw(const std::vector<EquipmentNeed>& needs, double watts);

 private:
  std::vector<std::vector<double>> made_; // by stage: made by the end of day d (empty for non-equipment stages)
  std::vector<double> drawn_;             // by stage
};

} // namespace gwsim

#endif
