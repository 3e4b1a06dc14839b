// A tiny fork-join loop for --jobs: runs task(i) for i in [0, count) on up to
// `jobs` threads. Results are written by index, so the output does not depend
// on which thread ran what.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace jxaudit::engine {

template <class Task>
void parallel_for(std::size_t count, int jobs, Task task) {
  std::size_t threads = std::min<std::size_t>(count, jobs < 1 ? 1 : static_cast<std::size_t>(jobs));
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) task(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) task(i);
  };
  std::vector<std::jthread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
}

}  // namespace jxaudit::engine
