#include "amounts/number_reader.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "lang/image.h"
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
  comma_cents_ = format.value("comma_before_two_digits_is_decimal", false);
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
    if (group_sizes.empty()) group_mark = 0;  // no group was kept: the mark grouped nothing
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
    // "R84,20", "€12,50" in English copy: a comma then exactly two digits, and
    // nothing after them, is a decimal comma (a group has three digits).
    // Not in "1 234,56" read from its "234": that number is grouped by a space.
    const bool space_grouped_tail = i > 0 && text[i].space_before && text[i - 1].kind == PieceKind::number &&
                                    text[i - 1].size() <= 3 && text[i].start == text[i - 1].end + 1;
    const bool two_digit_comma = comma_cents_ && mark == u',' && group_mark == 0 && !space_grouped_tail &&
                                 text[end + 1].size() == 2 &&
                                 !(end + 2 < text.size() && !text[end + 2].space_before &&
                                   (text[end + 2].kind != PieceKind::punct ||
                                    (end + 3 < text.size() && text[end + 3].kind == PieceKind::number && !text[end + 3].space_before)));
    if (((mark == decimal_ || mark == decimal_fallback_) && mark != group_mark) || two_digit_comma) {
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

SpelledNumberReader::SpelledNumberReader(const nlohmann::json& numbers, const std::vector<std::u16string>& extra_joiners)
    : joiners_(extra_joiners) {
  if (auto words = numbers.find("words"); words != numbers.end())
    for (const auto& [word, value] : words->items()) {
      auto folded = text::folded_utf8(word);
      values_[folded] = value.get<int64_t>();
      number_words_.push_back(std::move(folded));
    }
  if (auto joiners = numbers.find("joiners"); joiners != numbers.end())
    for (const auto& word : *joiners) {
      auto folded = text::folded_utf8(word.get<std::string>());
      if (std::find(joiners_.begin(), joiners_.end(), folded) == joiners_.end()) joiners_.push_back(std::move(folded));
    }
  if (auto multiplies = numbers.find("multiplies"); multiplies != numbers.end())
    for (const auto& [word, units] : multiplies->items())
      multiplies_[text::folded_utf8(word)] = units.get<std::vector<int64_t>>();
  if (auto tens = numbers.find("tens_with_teens"); tens != numbers.end()) tens_with_teens_ = tens->get<std::vector<int64_t>>();
  std::sort(number_words_.begin(), number_words_.end());
}

std::optional<int64_t> SpelledNumberReader::parse_words(const std::vector<std::u16string_view>& words) const {
  // Where the group below a thousand stands: what may come next depends on it.
  enum class Phase { start, unit, ten, teen, tens, hundred };
  Phase phase = Phase::start;
  int64_t total = 0, group = 0, unit = 0, tens = 0;
  bool thousands = false, joined = false, zero = false;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::u16string key(words[k]);
    if (std::find(joiners_.begin(), joiners_.end(), key) != joiners_.end()) {
      // "vingt et un", "soixante-et-onze", "one hundred and one".
      if (joined || k + 1 == words.size() || !(phase == Phase::tens || phase == Phase::hundred ||
                                               (phase == Phase::start && thousands)))
        return std::nullopt;
      joined = true;
      continue;
    }
    auto it = values_.find(key);
    if (it == values_.end() || zero) return std::nullopt;
    const int64_t v = it->second;
    const bool was_joined = joined;
    joined = false;
    if (v == 0) {
      if (k != 0 || words.size() != 1) return std::nullopt;
      zero = true;
    } else if (v == 1000) {
      // "mille", "deux mille", "deux cent mille"; one thousand per number.
      if (thousands || was_joined) return std::nullopt;
      total = (phase == Phase::start ? 1 : group) * 1000;
      group = 0;
      thousands = true;
      phase = Phase::start;
    } else if (v == 100) {
      if (!(phase == Phase::start || phase == Phase::unit) || group >= 100 || was_joined) return std::nullopt;
      group = (phase == Phase::start ? 1 : group) * 100;
      phase = Phase::hundred;
    } else if (auto m = multiplies_.find(key); m != multiplies_.end() && phase == Phase::unit && group % 100 == unit &&
                                               std::find(m->second.begin(), m->second.end(), unit) != m->second.end()) {
      // "quatre-vingts": the unit before multiplies.
      group += unit * v - unit;
      tens = unit * v;
      phase = Phase::tens;
    } else if (v >= 20) {
      if (!(phase == Phase::start || phase == Phase::hundred)) return std::nullopt;
      group += v;
      tens = v;
      phase = Phase::tens;
    } else if (v >= 10) {
      // 10 to 19 after a hundred, or after the tens that take them (soixante-dix).
      const bool after_tens = phase == Phase::tens &&
                              std::find(tens_with_teens_.begin(), tens_with_teens_.end(), tens) != tens_with_teens_.end();
      if (!(phase == Phase::start || phase == Phase::hundred || after_tens)) return std::nullopt;
      group += v;
      phase = v == 10 ? Phase::ten : Phase::teen;
    } else {
      // A unit: alone, after a hundred, after tens, or after dix (dix-sept).
      if (!(phase == Phase::start || phase == Phase::hundred || phase == Phase::tens || phase == Phase::ten))
        return std::nullopt;
      group += v;
      unit = v;
      phase = Phase::unit;
    }
  }
  if (joined || (!zero && phase == Phase::start && !thousands)) return std::nullopt;
  return total + group;
}

std::optional<Decimal> SpelledNumberReader::parse(const PieceText& text, size_t first, size_t end) const {
  std::vector<std::u16string_view> words;
  for (size_t k = first; k < end; ++k)
    if (text[k].kind == PieceKind::word) words.push_back(text.folded_piece(k));
  if (words.empty()) return std::nullopt;
  auto value = parse_words(words);
  if (!value) return std::nullopt;
  return Decimal::parse(std::to_string(*value));
}

DigitReader::DigitReader(image::Reader& in) { io(*this, in); }
void DigitReader::save(image::Writer& out) const { io(*this, out); }
SpelledNumberReader::SpelledNumberReader(image::Reader& in) { io(*this, in); }
void SpelledNumberReader::save(image::Writer& out) const { io(*this, out); }

}  // namespace dixit::amounts
