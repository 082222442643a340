/* FNV-1a, 64 bits: a hash that is the same on every machine and standard library (replica streams, scenario
 * fingerprints). */
#ifndef GWSIM_SIM_LOAD_FNV_HASH_HPP
#define GWSIM_SIM_LOAD_FNV_HASH_HPP

#include <cstddef>
#include <cstdint>
#include <string>

namespace gwsim {

class Fnv1a {
 public:
  void add(const void* data, std::size_t size)
  {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i)
      hash_ = (hash_ ^ bytes[i]) * 0x100000001b3ULL;
  }
  /** @brief The 8 bytes of `value`, least significant first (whatever the machine's byte order). */
  void add(std::uint64_t value)
  {
    for (int i = 0; i < 8; ++i) {
      const auto byte = static_cast<unsigned char>(value >> (8 * i));
      add(&byte, 1);
    }
  }
  void add(const std::string& text)
  {
    add(static_cast<std::uint64_t>(text.size()));
    add(text.data(), text.size());
  }
  std::uint64_t value() const { return hash_; }

 private:
  std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

} // namespace gwsim

#endif
