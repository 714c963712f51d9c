// The annotations as they cross to JavaScript: numbers in one Uint32 array (the
// tape) and every string end to end in one UTF-8 buffer, read back into plain
// objects by annotate.post.js, in the order and shape of the JSON the CLI prints
// (core/output/json_writer.cpp). One TextDecoder call for all the strings and a
// loop over the numbers replace decoding and JSON.parse of the whole JSON text.
//
// Layout (kNone for an absent value; each string is its UTF-16 length on the
// tape, its UTF-8 bytes in the buffer):
//   version, lang (strings); speaker, quote and amount counts
//   speaker: name, kind (strings), role (string or kNone), mention count, then start, end per mention
//   quote:   start, end, type (string), speaker index or kNone, cue start or kNone, cue end,
//            confidence in hundredths, capped (0 or 1), basis (string)
//   amount:  start, end, text, value, min, max, currency (strings or kNone),
//            flags (1 approx, 2 currency_assumed), equivalent_of index or kNone
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dixit/dixit.h"

namespace dixit::wasm {

constexpr uint32_t kNone = 0xFFFFFFFFu;

struct ResultTape {
  std::vector<uint32_t> numbers;
  std::string strings;
};

// Replaces what `out` holds.
void write_tape(const Annotations& annotations, ResultTape& out);

}  // namespace dixit::wasm
