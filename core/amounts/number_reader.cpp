#include "amounts/number_reader.h"

#include <algorithm>
#include <set>

#include <unicode/uchar.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "text/fold.h"
#include "text/utf.h"

namespace dixit::amounts {

// ---- digits ----------------------------------------------------------------

namespace {

char16_t single_char(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return 0;
  auto s = text::utf8_to_utf16(it->get<std::string>());
  return s.size() == 1 ? s[0] : 0;
}

// The digits of a number piece, as ASCII ('0'..'9'), whatever the script.
void append_ascii_digits(std::u16string_view digits, std::string& out) {
  for (size_t i = 0; i < digits.size();) {
    auto cp = text::code_point_at(digits, i);
    i += cp.units;
    int32_t value = u_charDigitValue(cp.value);
    out.push_back(static_cast<char>('0' + (value < 0 ? 0 : value)));
  }
}

}  // namespace

DigitReader::DigitReader(const nlohmann::json& format) {
  decimal_ = single_char(format, "decimal");
  decimal_fallback_ = single_char(format, "decimal_fallback");
  indian_grouping_ = format.value("indian_grouping", false);
  const nlohmann::json marks = format.value("group", nlohmann::json::array());
  for (const auto& mark : marks) {
    auto s = text::utf8_to_utf16(mark.get<std::string>());
    if (s.size() != 1) continue;
    if (text::is_space(s[0]))
      space_grouping_ = true;
    else
      group_marks_.push_back(s[0]);
  }
}

bool DigitReader::is_group_mark(char16_t c) const { return group_marks_.find(c) != std::u16string::npos; }

std::optional<NumberRead> DigitReader::read(const PieceText& text, size_t i) const {
  if (text[i].kind != PieceKind::number || text[i].size() > max_digits) return std::nullopt;
  // Grouped digits: the first group has 1-3 digits and every mark between groups is
  // the same; later groups have 3 digits (or 2 then 3, in Indian grouping).
  size_t end = i + 1;
  char16_t group_mark = 0;
  size_t total_digits = text[i].size();
  if (text[i].size() <= 3) {
    size_t k = i + 1;
    std::vector<uint32_t> group_sizes;
    while (k < text.size()) {
      const Piece& p = text[k];
      if (p.kind == PieceKind::number && p.space_before && space_grouping_ && !p.line_before &&
          p.start == text[k - 1].end + 1 && text::is_space(text.text[p.start - 1]) &&
          (group_mark == 0 || group_mark == u' ')) {
        if (p.size() != 3) break;
        group_mark = u' ';
        group_sizes.push_back(3);
        k += 1;
        continue;
      }
      if (p.kind == PieceKind::punct && p.size() == 1 && !p.space_before && k + 1 < text.size() &&
          text[k + 1].kind == PieceKind::number && !text[k + 1].space_before) {
        char16_t mark = text.text[p.start];
        bool usable = is_group_mark(mark) || (mark == decimal_fallback_ && text[k + 1].size() == 3);
        if (usable && (group_mark == 0 || group_mark == mark) && mark != decimal_) {
          uint32_t size = text[k + 1].size();
          if (size != 3 && !(indian_grouping_ && size == 2)) break;
          group_mark = mark;
          group_sizes.push_back(size);
          k += 2;
          continue;
        }
      }
      break;
    }
    // Indian grouping ends on a group of three; drop trailing two-digit groups otherwise.
    while (!group_sizes.empty() && group_sizes.back() != 3) {
      group_sizes.pop_back();
      k -= (group_mark == u' ') ? 1 : 2;
    }
    end = k;
    for (uint32_t s : group_sizes) total_digits += s;
  }
  if (total_digits > max_digits) return std::nullopt;
  NumberRead out;
  std::string plain;
  for (size_t k = i; k < end; ++k)
    if (text[k].kind == PieceKind::number) append_ascii_digits(text.original(k), plain);
  // A decimal part: the decimal mark (or the fallback mark, unless it groups), glued on both sides.
  if (end + 1 < text.size() && text[end].kind == PieceKind::punct && text[end].size() == 1 &&
      !text[end].space_before && text[end + 1].kind == PieceKind::number && !text[end + 1].space_before &&
      text[end + 1].size() <= max_digits) {
    char16_t mark = text.text[text[end].start];
    if ((mark == decimal_ || mark == decimal_fallback_) && mark != group_mark) {
      plain.push_back('.');
      append_ascii_digits(text.original(end + 1), plain);
      out.has_fraction = true;
      end += 2;
    }
  }
  auto value = Decimal::parse(plain);
  if (!value) return std::nullopt;
  out.value = *value;
  out.end = end;
  return out;
}

// ---- spelled-out numbers -----------------------------------------------------

namespace {

std::u16string spell(UNumberFormat* format, int64_t n) {
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[256];
  int32_t length = unum_formatInt64(format, n, buffer, 256, nullptr, &status);
  if (U_FAILURE(status) || length > 256) return {};
  return text::folded(std::u16string_view(reinterpret_cast<const char16_t*>(buffer), static_cast<size_t>(length)));
}

std::vector<std::u16string> split_words(std::u16string_view s) {
  std::vector<std::u16string> out;
  std::u16string word;
  for (char16_t c : s) {
    if (c == u' ' || c == u'-') {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

std::vector<std::u16string> cardinal_rule_sets(UNumberFormat* format) {
  std::vector<std::u16string> out;
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[2048];
  int32_t length = unum_getTextAttribute(format, UNUM_PUBLIC_RULESETS, buffer, 2048, &status);
  if (U_FAILURE(status) || length >= 2048) return out;
  std::u16string all(reinterpret_cast<const char16_t*>(buffer), static_cast<size_t>(length));
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find(u';', start);
    if (end == std::u16string::npos) end = all.size();
    auto name = all.substr(start, end - start);
    if (name.find(u"spellout-cardinal") != std::u16string::npos || name.find(u"spellout-numbering") != std::u16string::npos)
      out.push_back(name);
    start = end + 1;
  }
  return out;
}

}  // namespace

SpelledNumberReader::SpelledNumberReader(const std::string& icu_locale, const std::vector<std::u16string>& extra_joiners)
    : joiners_(extra_joiners) {
  UErrorCode status = U_ZERO_ERROR;
  format_ = unum_open(UNUM_SPELLOUT, nullptr, 0, icu_locale.c_str(), nullptr, &status);
  if (U_FAILURE(status)) {
    format_ = nullptr;
    return;
  }
  unum_setAttribute(format_, UNUM_LENIENT_PARSE, 0);
  std::set<std::u16string> words, edge_words;
  for (const auto& rule_set : cardinal_rule_sets(format_)) {
    UErrorCode set_status = U_ZERO_ERROR;
    unum_setTextAttribute(format_, UNUM_DEFAULT_RULESET, reinterpret_cast<const UChar*>(rule_set.c_str()),
                          static_cast<int32_t>(rule_set.size()), &set_status);
    if (U_FAILURE(set_status)) continue;
    for (int64_t n = 0; n <= 1000; ++n) {
      auto spelled = spell(format_, n);
      auto parts = split_words(spelled);
      if (parts.empty()) continue;
      edge_words.insert(parts.front());
      edge_words.insert(parts.back());
      words.insert(parts.begin(), parts.end());
      if (n < 100 && parts.size() > 1 && spelled.find(u'-') != std::u16string::npos) {
        std::u16string spaced;
        for (const auto& part : parts) {
          if (!spaced.empty()) spaced.push_back(u' ');
          spaced.append(part);
        }
        hyphenated_.emplace(spaced, spelled);
        longest_hyphenated_ = std::max(longest_hyphenated_, parts.size());
      }
    }
  }
  // Parsing goes back to the default rule set, which reads every spelling above.
  UErrorCode reset_status = U_ZERO_ERROR;
  unum_setTextAttribute(format_, UNUM_DEFAULT_RULESET, reinterpret_cast<const UChar*>(u"%spellout-numbering"), -1,
                        &reset_status);
  for (const auto& word : words) {
    // A word never found first or last ("et" in "vingt-et-un") only joins others.
    if (edge_words.count(word))
      number_words_.push_back(word);
    else if (std::find(joiners_.begin(), joiners_.end(), word) == joiners_.end())
      joiners_.push_back(word);
    if (auto value = icu_parse(word)) single_words_.emplace(word, *value);
  }
}

SpelledNumberReader::~SpelledNumberReader() {
  if (format_) unum_close(format_);
}

std::optional<Decimal> SpelledNumberReader::icu_parse(const std::u16string& phrase) const {
  if (!format_ || phrase.empty()) return std::nullopt;
  char digits[64];
  int32_t position = 0;
  UErrorCode status = U_ZERO_ERROR;
  std::lock_guard<std::mutex> lock(mutex_);
  int32_t length = unum_parseDecimal(format_, reinterpret_cast<const UChar*>(phrase.data()),
                                     static_cast<int32_t>(phrase.size()), &position, digits, sizeof digits, &status);
  if (U_FAILURE(status) || position != static_cast<int32_t>(phrase.size()) || length <= 0 || length >= 64)
    return std::nullopt;
  return Decimal::parse(std::string_view(digits, static_cast<size_t>(length)));
}

std::optional<Decimal> SpelledNumberReader::parse(const PieceText& text, size_t first, size_t end) const {
  std::vector<std::u16string_view> words;
  for (size_t k = first; k < end; ++k)
    if (text[k].kind == PieceKind::word) words.push_back(text.folded_piece(k));
  if (words.empty()) return std::nullopt;
  if (words.size() == 1) {
    auto it = single_words_.find(std::u16string(words[0]));
    if (it != single_words_.end()) return it->second;
  }
  // Rebuild ICU's spelling: hyphenated tens and units, single spaces elsewhere.
  std::u16string phrase;
  for (size_t w = 0; w < words.size();) {
    size_t taken = 1;
    std::u16string_view replacement = words[w];
    std::u16string candidate;
    for (size_t n = std::min(longest_hyphenated_, words.size() - w); n >= 2; --n) {
      candidate.clear();
      for (size_t k = 0; k < n; ++k) {
        if (k) candidate.push_back(u' ');
        candidate.append(words[w + k]);
      }
      auto it = hyphenated_.find(candidate);
      if (it != hyphenated_.end()) {
        replacement = it->second;
        taken = n;
        break;
      }
    }
    if (!phrase.empty()) phrase.push_back(u' ');
    phrase.append(replacement);
    w += taken;
  }
  return icu_parse(phrase);
}

}  // namespace dixit::amounts
