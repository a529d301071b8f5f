#include "checker_pool.h"

#include <fmt/format.h>
#include <sched.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <exception>
#include <mutex>
#include <thread>

namespace factlint::cli {
namespace {

// The cores this process may run on (taskset and cpusets included), else all of the machine's.
size_t Cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0) {
    return static_cast<size_t>(CPU_COUNT(&set));
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

// The first exception thrown on any of several threads, to be rethrown on the calling one.
class FirstException {
 public:
  void Capture() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!exception_) exception_ = std::current_exception();
    failed_ = true;
  }
  bool failed() const { return failed_; }
  void RethrowIfAny() const {
    if (exception_) std::rethrow_exception(exception_);
  }

 private:
  std::mutex mutex_;
  std::exception_ptr exception_;
  std::atomic<bool> failed_ = false;
};

}  // namespace

StatusOr<CheckerPool> CheckerPool::Create(const CheckOptions& options, size_t jobs) {
  jobs = std::max<size_t>(jobs, 1);
  std::vector<StatusOr<std::unique_ptr<Checker>>> created;
  for (size_t i = 0; i < jobs; ++i) created.emplace_back(InternalError("not created"));
  FirstException exception;
  auto create = [&](size_t i) {
    try {
      created[i] = Checker::Create(options);
    } catch (...) {
      exception.Capture();
    }
  };
  {
    std::vector<std::jthread> threads;
    for (size_t i = 1; i < jobs; ++i) threads.emplace_back(create, i);
    create(0);
  }
  exception.RethrowIfAny();
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
  FirstException exception;
  auto work = [&](const Checker& checker) {
    try {
      for (size_t i = next++; i < count && !exception.failed(); i = next++) task(i, checker);
    } catch (...) {
      exception.Capture();
    }
  };
  {
    std::vector<std::jthread> threads;
    for (size_t t = 1; t < std::min(checkers_.size(), count); ++t) {
      threads.emplace_back([&, t] { work(*checkers_[t]); });
    }
    work(*checkers_.front());
  }
  exception.RethrowIfAny();
}

size_t MaxJobs() { return Cores(); }

StatusOr<size_t> ParseJobs(const std::string& text) {
  if (text.empty()) return MaxJobs();
  const char* first = text.data();
  const char* last = text.data() + text.size();
  const bool digits = std::all_of(first, last, [](char c) { return c >= '0' && c <= '9'; });
  size_t jobs = 0;
  const auto [end, error] = std::from_chars(first, last, jobs);
  if (digits && error == std::errc::result_out_of_range) return MaxJobs();
  if (!digits || error != std::errc() || end != last || jobs == 0) {
    return InvalidArgumentError(
        fmt::format("--jobs: expected a whole number from 1 up, got '{}'", text));
  }
  return std::min(jobs, MaxJobs());
}

}  // namespace factlint::cli
