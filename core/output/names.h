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

inline const char* basis_name(Basis basis) {
  switch (basis) {
    case Basis::none: return "none";
    case Basis::cue_named: return "cue-named";
    case Basis::cue_role: return "cue-role";
    case Basis::cue_anonymous: return "cue-anonymous";
    case Basis::cue_pronoun: return "cue-pronoun";
    case Basis::label: return "label";
    case Basis::continuation: return "continuation";
    case Basis::interviewee: return "interviewee";
    case Basis::nearby: return "nearby";
  }
  return "none";
}

// Two decimals, kept strictly inside (0, 1): JavaScript prints 1.0 as "1" where
// nlohmann prints "1.0", and every path must print the same bytes.
inline double rounded_confidence(double c) {
  double r = static_cast<double>(static_cast<long>(c * 100.0 + 0.5)) / 100.0;
  return r < 0.01 ? 0.01 : (r > 0.99 ? 0.99 : r);
}

}  // namespace dixit::output
