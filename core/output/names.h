// The schema's words and rounding, shared by the two writers of the output
// (the nlohmann tree of to_json() and the direct writer of write_json()).
#pragma once

#include "dixit/dixit.h"

namespace dixit::output {

inline const char* kind_name(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::person: return "person";
    case SpeakerKind::organization: return "organization";
    case SpeakerKind::place: return "place";
    case SpeakerKind::media: return "media";
    case SpeakerKind::anonymous: return "anonymous";
  }
  return "person";
}

inline const char* type_name(QuoteType type) {
  switch (type) {
    case QuoteType::direct: return "direct";
    case QuoteType::indirect: return "indirect";
    case QuoteType::mixed: return "mixed";
    case QuoteType::according_to: return "according_to";
  }
  return "direct";
}

// Two decimals, kept strictly inside (0, 1): JavaScript prints 1.0 as "1" where
// nlohmann prints "1.0", and every path must print the same bytes.
inline double rounded_confidence(double c) {
  double r = static_cast<double>(static_cast<long>(c * 100.0 + 0.5)) / 100.0;
  return r < 0.01 ? 0.01 : (r > 0.99 ? 0.99 : r);
}

}  // namespace dixit::output
