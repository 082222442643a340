/* An ensemble's summary tables from its replicas (SCENARIO-FORMAT.md, "Uncertainty"): milestones.csv, bands.csv and
 * binding.csv. Replicas come in replica order, so the tables do not depend on the order they completed in. */
#ifndef GWSIM_SIM_ENSEMBLE_ENSEMBLE_TABLES_HPP
#define GWSIM_SIM_ENSEMBLE_ENSEMBLE_TABLES_HPP

#include "sim/ensemble/replica_result.hpp"
#include "sim/model/date.hpp"

#include <string>
#include <vector>

namespace gwsim {

/** @brief The value at percentile `percent` of `sorted` (ascending): the smallest value that at least `percent` % of
 * the values are at or below (nearest rank: the ⌈percent × n / 100⌉-th). */
double nearest_rank(const std::vector<double>& sorted, int percent);

/** @brief `gw,runs,reached,probability,p10,p50,p90`: one row per milestone any replica reached; percentile p of a
 * date is the date by which a share p of the replicas had reached it, empty when fewer did. */
std::string milestones_csv(const std::vector<ReplicaResult>& replicas, Date start);

/** @brief `date,metric,mean,p10,p50,p90` for online_gw, SHORTFALL_METRIC, waiting_accelerators, capex_usd, and
 * waiting_usd when `priced` (the scenario gives accelerator prices, as timeline.csv's waiting_usd column). */
std::string bands_csv(const std::vector<ReplicaResult>& replicas, const std::string& shortfall_metric, bool priced);

/** @brief `site,phase,construction,power,accelerators,install,funding,not_started`: the share of replicas in which
 * each constraint bound each phase (not_started: the phase never started within the horizon). */
std::string binding_csv(const std::vector<ReplicaResult>& replicas);

} // namespace gwsim

#endif
