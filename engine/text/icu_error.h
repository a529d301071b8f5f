// ICU's UErrorCode as a Status: the text stage is the only place that sees ICU's error style.
#ifndef FACTLINT_TEXT_ICU_ERROR_H_
#define FACTLINT_TEXT_ICU_ERROR_H_

#include <unicode/utypes.h>

#include <string>

#include "factlint/status.h"

namespace factlint::text_internal {

// kInternal "ICU <what> failed: <ICU's name for code>".
inline Status IcuError(const char* what, UErrorCode code) {
  return InternalError(std::string("ICU ") + what + " failed: " + u_errorName(code));
}

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_ICU_ERROR_H_
