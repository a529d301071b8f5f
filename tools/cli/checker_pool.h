// Checkers for checking in parallel: a Checker is not thread-safe (it owns a corpus handle), so
// each worker thread has its own.
#ifndef FACTLINT_TOOLS_CLI_CHECKER_POOL_H_
#define FACTLINT_TOOLS_CLI_CHECKER_POOL_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "factlint/check.h"
#include "factlint/status.h"

namespace factlint::cli {

class CheckerPool {
 public:
  // `jobs` checkers (at least one) made from `options`, created in parallel. Returns the first
  // error (in creation order), e.g. a broken rule file.
  static StatusOr<CheckerPool> Create(const CheckOptions& options, size_t jobs);

  size_t size() const { return checkers_.size(); }
  const Checker& front() const { return *checkers_.front(); }

  // Calls task(index, checker) once for each index in [0, count), on size() threads (the calling
  // thread is one of them), each thread with its own checker; returns when every call has. The
  // order of the calls is not defined: a task writes its result to its own slot.
  void ForEach(size_t count, const std::function<void(size_t, const Checker&)>& task) const;

 private:
  std::vector<std::unique_ptr<Checker>> checkers_;
};

// --jobs: the number of cores when `flag` is 0.
size_t JobCount(size_t flag);

}  // namespace factlint::cli

#endif  // FACTLINT_TOOLS_CLI_CHECKER_POOL_H_
