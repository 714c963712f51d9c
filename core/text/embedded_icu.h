// The wasm builds link ICU's trimmed data as a C array (genccode, see
// cmake/Icu.cmake) instead of a file: each program hands it to ICU once, before
// its first ICU call, with `const bool ready = dixit::text::use_embedded_icu_data();`.
#pragma once

#include <cstdint>

#include <unicode/udata.h>

extern "C" const struct IcuDataBlob {
  double alignment;
  uint8_t bytes[1];
} icudata_dat;

namespace dixit::text {

inline bool use_embedded_icu_data() {
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(icudata_dat.bytes, &status);
  return U_SUCCESS(status);
}

}  // namespace dixit::text
