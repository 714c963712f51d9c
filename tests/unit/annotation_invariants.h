// The promises of dixit::annotate that hold for any text whatsoever, checked by
// the hostile-input tests and by the fuzz harnesses alike. Each broken promise
// is returned as a sentence, so that a failure says what went wrong and where.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dixit/dixit.h"
#include "text/utf.h"

namespace dixit::test {

namespace detail {

// A span boundary at `pos` must not fall between the two halves of a surrogate pair.
inline bool splits_surrogate_pair(std::u16string_view text, uint32_t pos) {
  return pos > 0 && pos < text.size() && text::is_high_surrogate(text[pos - 1]) &&
         text::is_low_surrogate(text[pos]);
}

inline void check_span(std::u16string_view text, Span span, const std::string& what,
                       std::vector<std::string>& problems) {
  const std::string where = what + " [" + std::to_string(span.start) + ", " + std::to_string(span.end) + ")";
  if (span.start > span.end) problems.push_back(where + " starts after it ends");
  if (span.start == span.end) problems.push_back(where + " is empty");
  if (span.end > text.size())
    problems.push_back(where + " ends past the text (" + std::to_string(text.size()) + " units)");
  if (splits_surrogate_pair(text, span.start)) problems.push_back(where + " starts inside a surrogate pair");
  if (splits_surrogate_pair(text, span.end)) problems.push_back(where + " ends inside a surrogate pair");
}

}  // namespace detail

inline std::vector<std::string> invariant_violations(std::u16string_view text, const Annotations& annotations) {
  std::vector<std::string> problems;
  const auto known = available_languages();
  if (std::find(known.begin(), known.end(), annotations.lang) == known.end())
    problems.push_back("lang \"" + annotations.lang + "\" is not an available language");

  for (size_t s = 0; s < annotations.speakers.size(); ++s) {
    const Speaker& speaker = annotations.speakers[s];
    const std::string name = "speaker " + std::to_string(s);
    for (const Span& mention : speaker.mentions) detail::check_span(text, mention, name + " mention", problems);
    if (!std::is_sorted(speaker.mentions.begin(), speaker.mentions.end(),
                        [](Span a, Span b) { return a.start < b.start; }))
      problems.push_back(name + ": mentions are not sorted by start");
  }
  for (size_t q = 0; q < annotations.quotes.size(); ++q) {
    const Quote& quote = annotations.quotes[q];
    const std::string name = "quote " + std::to_string(q);
    detail::check_span(text, quote.span, name, problems);
    if (quote.cue) detail::check_span(text, *quote.cue, name + " cue", problems);
    if (quote.speaker && *quote.speaker >= annotations.speakers.size())
      problems.push_back(name + ": speaker index " + std::to_string(*quote.speaker) + " is out of range");
    if (!(quote.confidence > 0.0 && quote.confidence < 1.0))
      problems.push_back(name + ": confidence " + std::to_string(quote.confidence) + " is not in (0, 1)");
  }
  for (size_t a = 0; a < annotations.amounts.size(); ++a) {
    const Amount& amount = annotations.amounts[a];
    const std::string name = "amount " + std::to_string(a);
    detail::check_span(text, amount.span, name, problems);
    if (amount.span.start <= amount.span.end && amount.span.end <= text.size() &&
        amount.text != text::utf16_to_utf8(text.substr(amount.span.start, amount.span.size())))
      problems.push_back(name + ": text \"" + amount.text + "\" is not the UTF-8 copy of its span");
    if (amount.equivalent_of && *amount.equivalent_of >= annotations.amounts.size())
      problems.push_back(name + ": equivalent_of " + std::to_string(*amount.equivalent_of) + " is out of range");
  }
  return problems;
}

}  // namespace dixit::test
