// Status and StatusOr: how every fallible call in factlint reports an error.
//
// Names follow Abseil (ok(), code(), message()). An error a user can cause (a bad file, a broken
// field, a missing database) carries a message that names the file, the line and the field, in
// the form "path:line: field: what is wrong". A finding about the article (a wrong conversion) is
// never a Status: it is a Finding.
#ifndef FACTLINT_STATUS_H_
#define FACTLINT_STATUS_H_

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace factlint {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // bad input: a malformed file, field or option
  kNotFound,            // a file, record or rule that does not exist
  kFailedPrecondition,  // the environment is not as required (wrong schema version, ...)
  kDataLoss,            // a corrupt database or unreadable file
  kPermissionDenied,    // a file that cannot be written or read for lack of rights
  kResourceExhausted,   // a limit in Options was reached (file size, ...)
  kInternal,            // a bug in factlint
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  // REQUIRES: code != kOk (an OK status carries no message).
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {
    assert(code != StatusCode::kOk);
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "INVALID_ARGUMENT: message", or "OK".
  std::string ToString() const;

  // Returns a copy whose message is `prefix` + ": " + message(); OK stays OK.
  Status WithPrefix(std::string_view prefix) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status OkStatus() { return Status(); }
inline Status InvalidArgumentError(std::string m) {
  return Status(StatusCode::kInvalidArgument, std::move(m));
}
inline Status NotFoundError(std::string m) { return Status(StatusCode::kNotFound, std::move(m)); }
inline Status FailedPreconditionError(std::string m) {
  return Status(StatusCode::kFailedPrecondition, std::move(m));
}
inline Status DataLossError(std::string m) { return Status(StatusCode::kDataLoss, std::move(m)); }
inline Status PermissionDeniedError(std::string m) {
  return Status(StatusCode::kPermissionDenied, std::move(m));
}
inline Status ResourceExhaustedError(std::string m) {
  return Status(StatusCode::kResourceExhausted, std::move(m));
}
inline Status InternalError(std::string m) { return Status(StatusCode::kInternal, std::move(m)); }

// Either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  // REQUIRES: !status.ok().
  StatusOr(Status status) : rep_(std::move(status)) {  // NOLINT: implicit like absl::StatusOr
    assert(!std::get<Status>(rep_).ok());
  }
  StatusOr(T value) : rep_(std::move(value)) {}  // NOLINT: implicit like absl::StatusOr

  bool ok() const { return std::holds_alternative<T>(rep_); }
  // OK when a value is held.
  Status status() const { return ok() ? Status() : std::get<Status>(rep_); }

  // REQUIRES: ok().
  const T& value() const& { return std::get<T>(rep_); }
  T& value() & { return std::get<T>(rep_); }
  // By value, so that `for (auto& x : Call().value())` does not read a destroyed temporary.
  T value() && { return std::get<T>(std::move(rep_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<Status, T> rep_;
};

}  // namespace factlint

#define FACTLINT_STATUS_CONCAT_INNER_(a, b) a##b
#define FACTLINT_STATUS_CONCAT_(a, b) FACTLINT_STATUS_CONCAT_INNER_(a, b)

// Returns from the enclosing function with the status of `expr` when it is not OK.
#define FACTLINT_RETURN_IF_ERROR(expr)                   \
  do {                                                   \
    ::factlint::Status factlint_status_ = (expr);        \
    if (!factlint_status_.ok()) return factlint_status_; \
  } while (false)

// `lhs = value of expr`, or returns its status from the enclosing function.
#define FACTLINT_ASSIGN_OR_RETURN(lhs, expr) \
  FACTLINT_ASSIGN_OR_RETURN_IMPL_(FACTLINT_STATUS_CONCAT_(factlint_statusor_, __LINE__), lhs, expr)
#define FACTLINT_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                    \
  if (!tmp.ok()) return tmp.status();                   \
  lhs = std::move(tmp).value()

#endif  // FACTLINT_STATUS_H_
