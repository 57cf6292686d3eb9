// Error values for every module boundary: an ErrorCode callers branch on and a Chinese message
// for people. Result<T> (tl::expected) is owned by the caller; nothing here throws.
#pragma once

#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace jixiao {

enum class ErrorCode {
  kInvalidInput,  // the input is malformed: the user must fix it (exit status 2)
  kNotFound,      // a named file or item does not exist
  kIo,            // the operating system refused a read or write
  kUnsupported,   // a kind of input this build cannot read
  kConflict,      // a stale revision, a duplicate or a locked record: reload and try again
  kUnauthenticated,  // no valid login
  kForbidden,     // logged in, but this role or unit may not do it
  kTooLarge,      // an upload over the size cap
  kRateLimited,   // too many attempts: wait, then try again
};

struct Error {
  ErrorCode code = ErrorCode::kInvalidInput;
  std::string message;  // Simplified Chinese, context first: file > line > field > what is wrong

  // A copy of this error whose message is prefixed with `context` ("文件 a.json: ").
  Error WithContext(const std::string& context) const { return {code, context + message}; }
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> Fail(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error{code, std::move(message)});
}
inline tl::unexpected<Error> Invalid(std::string message) {
  return Fail(ErrorCode::kInvalidInput, std::move(message));
}

}  // namespace jixiao
