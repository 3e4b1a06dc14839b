// A small deterministic random source for the corpus generator.
//
// std::uniform_int_distribution and friends are implementation-defined: the
// same seed gives different numbers under libstdc++ and libc++, and the
// corpus must be byte-identical everywhere. So: splitmix64 (fully specified
// integer arithmetic) and our own bounded draws. A tiny modulo bias in
// below() is irrelevant for test data.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace jxaudit::corpus {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  // Independent stream for item `index` of a run seeded with `seed`: table i
  // does not depend on how many tables come before it.
  static Rng stream(std::uint64_t seed, std::uint64_t index) {
    Rng mixer(seed ^ (0x9E3779B97F4A7C15ULL * (index + 1)));
    return Rng(mixer.next());
  }

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // Uniform-ish integer in [0, n); 0 when n <= 0.
  std::int64_t below(std::int64_t n) {
    if (n <= 0) return 0;
    return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n));
  }
  // Integer in [lo, hi] (inclusive).
  std::int64_t range(std::int64_t lo, std::int64_t hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
  // True with probability percent / 100.
  bool chance(int percent) { return below(100) < percent; }

  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(below(static_cast<std::int64_t>(items.size())))];
  }

  // Fisher–Yates with our own draws (std::shuffle's use of the engine is unspecified).
  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) {
      auto j = static_cast<std::size_t>(below(static_cast<std::int64_t>(i)));
      std::swap(items[i - 1], items[j]);
    }
  }

 private:
  std::uint64_t state_;
};

}  // namespace jxaudit::corpus
