/* A region's cap on the requests it studies at once (`studies`): a request waits for a free slot in request order,
 * its study then takes the region's `interconnect`, and it frees its slot when the study ends (it is then eligible
 * and waits for headroom in the InterconnectionQueue) or when it is withdrawn. Plain C++ (no SimGrid). */
#ifndef GWSIM_SIM_STUDY_SLOTS_HPP
#define GWSIM_SIM_STUDY_SLOTS_HPP

#include "sim/engine/power/interconnection_queue.hpp"

#include <cstddef>
#include <vector>

namespace gwsim {

/** @brief The requests waiting for a study and the studies under way in one region. */
class StudySlots {
 public:
  using Request = InterconnectionQueue::Request;

  /** @brief `slots` studies at once; 0 means no cap: the queue then never holds a request here. */
  explicit StudySlots(std::size_t slots = 0) : slots_(slots) {}

  bool capped() const { return slots_ > 0; }

  /** @brief Queues a request for a study, in request order (its eligible day is set when its study starts). */
  void wait(const Request& request);

  /** @brief At instant `day`: ends the studies that end by then, then starts the waiting requests made by then, in
   * request order, while slots are free; each is eligible `interconnect_days` later. Returns those started. */
  std::vector<Request> start(double day, double interconnect_days);

  /** @brief Takes out the waiting requests made `after_days` or more before `day`; returns them. */
  std::vector<Request> withdraw(double day, double after_days);

  /** @brief Frees the slot of `phase`'s study, if it is under way (its request was withdrawn from the queue). */
  void forget(std::size_t phase);

  /** @brief The requests waiting for a study. */
  const std::vector<Request>& waiting() const { return waiting_; }

 private:
  struct Study {
    std::size_t phase;
    double end;
  };
  std::size_t slots_;
  std::vector<Request> waiting_; // in request order
  std::vector<Study> studying_;
};

} // namespace gwsim

#endif
