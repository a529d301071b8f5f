#include "checker_pool.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace factlint::cli {

StatusOr<CheckerPool> CheckerPool::Create(const CheckOptions& options, size_t jobs) {
  jobs = std::max<size_t>(jobs, 1);
  std::vector<StatusOr<std::unique_ptr<Checker>>> created;
  for (size_t i = 0; i < jobs; ++i) created.emplace_back(InternalError("not created"));
  {
    std::vector<std::jthread> threads;
    for (size_t i = 1; i < jobs; ++i) {
      threads.emplace_back([&, i] { created[i] = Checker::Create(options); });
    }
    created[0] = Checker::Create(options);
  }
  CheckerPool pool;
  for (StatusOr<std::unique_ptr<Checker>>& checker : created) {
    if (!checker.ok()) return checker.status();
    pool.checkers_.push_back(std::move(checker).value());
  }
  return pool;
}

void CheckerPool::ForEach(size_t count,
                          const std::function<void(size_t, const Checker&)>& task) const {
  std::atomic<size_t> next = 0;
  auto work = [&](const Checker& checker) {
    for (size_t i = next++; i < count; i = next++) task(i, checker);
  };
  std::vector<std::jthread> threads;
  for (size_t t = 1; t < std::min(checkers_.size(), count); ++t) {
    threads.emplace_back([&, t] { work(*checkers_[t]); });
  }
  work(*checkers_.front());
}

size_t JobCount(size_t flag) {
  if (flag > 0) return flag;
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace factlint::cli
