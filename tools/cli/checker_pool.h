// Checkers for checking in parallel: a Checker is not thread-safe (it owns a corpus handle), so
// each worker thread has its own.
#ifndef FACTLINT_TOOLS_CLI_CHECKER_POOL_H_
#define FACTLINT_TOOLS_CLI_CHECKER_POOL_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
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
  // order of the calls is not defined: a task writes its result to its own slot. An exception
  // thrown by a task stops the other threads taking new tasks and is rethrown here (the first
  // one), never left to terminate the program from a worker thread.
  void ForEach(size_t count, const std::function<void(size_t, const Checker&)>& task) const;

 private:
  std::vector<std::unique_ptr<Checker>> checkers_;
};

// The most checkers a run makes: the number of cores this process may use. Checking is CPU-bound,
// so a checker beyond that adds no speed, only start-up time (a quarter of a second each), memory
// (7 MB: a corpus handle, the rules, a dictionary) and file descriptors.
size_t MaxJobs();

// --jobs: empty gives MaxJobs(); a whole number from 1 up, capped at MaxJobs() without a word (a
// number too big for any integer is capped too: it asks for as many as can be had). Error
// (kInvalidArgument): "--jobs: expected a whole number from 1 up, got '<text>'" for 0, a negative
// number or anything else.
StatusOr<size_t> ParseJobs(const std::string& text);

}  // namespace factlint::cli

#endif  // FACTLINT_TOOLS_CLI_CHECKER_POOL_H_
