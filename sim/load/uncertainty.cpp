#include "sim/load/uncertainty.hpp"

#include "sim/load/fnv_hash.hpp"

#include <random>

namespace gwsim {

Draws Draws::replica(std::uint64_t seed, std::uint64_t index)
{
  Draws d;
  d.medians_ = false;
  d.seed_    = seed;
  d.index_   = index;
  return d;
}

std::string stream_of(const UncertainInput& input)
{
  return input.group.empty() ? "path:" + input.path : "group:" + input.group;
}

Draws Draws::swing(std::string stream, double u)
{
  Draws d;
  d.swung_          = std::move(stream);
  d.swing_quantile_ = u;
  return d;
}

double Draws::quantile_of(const UncertainInput& input) const
{
  if (medians_) return !swung_.empty() && stream_of(input) == swung_ ? swing_quantile_ : 0.5;
  Fnv1a hash;
  hash.add(seed_);
  hash.add(index_);
  hash.add(stream_of(input));
  std::mt19937_64 engine(hash.value());
  // 53 random bits, centred in their interval: u is never 0 nor 1.
  return (static_cast<double>(engine() >> 11) + 0.5) * 0x1p-53;
}

double Uncertainty::draw(UncertainInput input)
{
  const double value = input.distribution.quantile(draws_.quantile_of(input));
  inputs_.push_back(std::move(input));
  return value;
}

} // namespace gwsim
