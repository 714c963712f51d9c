#include "segment/icu_sentence_breaks.h"

#include <algorithm>
#include <array>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

namespace dixit {

namespace {

// The Sentence_Break class of every ASCII character, from ICU once.
const std::array<uint8_t, 128> kAsciiClass = [] {
  std::array<uint8_t, 128> table{};
  for (UChar32 a = 0; a < 128; ++a)
    table[static_cast<size_t>(a)] = static_cast<uint8_t>(u_getIntPropertyValue(a, UCHAR_SENTENCE_BREAK));
  return table;
}();

// The Sentence_Break class of a code point.
inline int sentence_class(UChar32 c) {
  return c < 128 ? kAsciiClass[static_cast<size_t>(c)] : u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

inline bool is_mark(int sb) { return sb == U_SB_STERM || sb == U_SB_ATERM; }
inline bool is_separator(int sb) { return sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF; }
inline bool is_letter(int sb) { return sb == U_SB_UPPER || sb == U_SB_LOWER || sb == U_SB_OLETTER; }

// The ASCII characters the scan stops at: marks and separators. Every other
// character of most texts is ASCII and passes with one load.
const std::array<bool, 128> kAsciiStop = [] {
  std::array<bool, 128> table{};
  for (size_t a = 0; a < 128; ++a) table[a] = is_mark(kAsciiClass[a]) || is_separator(kAsciiClass[a]);
  return table;
}();

class Scanner {
 public:
  explicit Scanner(std::u16string_view text) : text_(text) {}
  size_t size() const { return text_.size(); }
  // The code point at `i` and the index after it.
  UChar32 at(size_t i, size_t& next) const {
    const char16_t u = text_[i];
    next = i + 1;
    if (U16_IS_LEAD(u) && next < text_.size() && U16_IS_TRAIL(text_[next])) return U16_GET_SUPPLEMENTARY(u, text_[next++]);
    return u;
  }
  // After a separator at `i`: past "\r\n" as one (SB3).
  size_t after_separator(size_t i, size_t next) const {
    return text_[i] == u'\r' && next < text_.size() && text_[next] == u'\n' ? next + 1 : next;
  }
  // From just after a mark up to the first letter or separator: the marks,
  // closing marks, spaces, digits and symbols before it all bear on the same
  // decision (SB6 to SB11; SB8 looks past everything but letters). Returns
  // where that letter or separator starts (or the text's end) and, in `end`,
  // the window's end, just past it.
  size_t lookahead(size_t i, size_t& end) const {
    const size_t n = text_.size();
    while (i < n) {
      size_t next;
      const int sb = sentence_class(at(i, next));
      if (is_letter(sb)) {
        end = next;
        return i;
      }
      if (is_separator(sb)) {
        end = after_separator(i, next);
        return i;
      }
      i = next;
    }
    end = n;
    return n;
  }
  // The start of a mark's window: the white space before the mark's word, or `floor`.
  size_t window_start(size_t mark, size_t floor) const {
    size_t s = mark;
    while (s > floor) {
      const char16_t c = text_[s - 1];
      const int sb = U16_IS_SURROGATE(c) ? U_SB_OTHER : sentence_class(c);
      if (sb == U_SB_SP || is_separator(sb)) return s - 1;
      --s;
    }
    return floor;
  }

 private:
  std::u16string_view text_;
};

}  // namespace

void icu_sentence_breaks(icu::BreakIterator& iterator, std::u16string_view text, std::vector<uint32_t>& out) {
  const size_t first_out = out.size();
  const Scanner scan(text);
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = nullptr;
  auto run_window = [&](size_t start, size_t end) {
    status = U_ZERO_ERROR;  // a window ICU refuses loses its own boundaries only
    ut = utext_openUChars(ut, text.data() + start, static_cast<int64_t>(end - start), &status);
    iterator.setText(ut, status);
    if (U_FAILURE(status)) return;
    const auto length = static_cast<int32_t>(end - start);
    for (int32_t b = iterator.first(); b != icu::BreakIterator::DONE; b = iterator.next())
      if (b > 0 && b < length) out.push_back(static_cast<uint32_t>(start + static_cast<size_t>(b)));
  };
  bool open = false;
  size_t window_first = 0, window_end = 0;
  for (size_t i = 0; i < scan.size();) {
    if (text[i] < 128 && !kAsciiStop[text[i]]) {
      ++i;
      continue;
    }
    size_t next;
    const int sb = sentence_class(scan.at(i, next));
    if (is_separator(sb)) {
      const size_t after = scan.after_separator(i, next);
      if (after < text.size()) out.push_back(static_cast<uint32_t>(after));
      i = after;
      continue;
    }
    if (!is_mark(sb)) {
      i = next;
      continue;
    }
    const size_t start = scan.window_start(i, open ? window_end : 0);
    size_t end;
    const size_t resume = scan.lookahead(next, end);
    if (open && start <= window_end) {
      window_end = std::max(window_end, end);
    } else {
      if (open) run_window(window_first, window_end);
      open = true;
      window_first = start;
      window_end = end;
    }
    i = resume;  // the marks up to the letter are in this window
  }
  if (open) run_window(window_first, window_end);
  utext_close(ut);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first_out), out.end());
  out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(first_out), out.end()), out.end());
}

}  // namespace dixit
