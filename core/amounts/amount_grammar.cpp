#include "amounts/amount_grammar.h"

#include <algorithm>
#include <cstdlib>

#include "amounts/piece_checks.h"
#include "text/fold.h"
#include "text/utf.h"

namespace dixit::amounts {

namespace {

constexpr size_t max_spelled_pieces = 16;  // "quatre-vingt-dix-neuf mille neuf cent ..." fits
constexpr size_t max_modifier_pieces = 4;  // "in excess of", "jusqu' à"
constexpr int max_power = 24;              // no press amount is larger than 10^24

}  // namespace

bool AmountGrammar::may_start_at(size_t i) const {
  if (text_[i].kind == PieceKind::number) return true;
  constexpr uint32_t starters = PhraseTable::bit(PhraseKind::currency) | PhraseTable::bit(PhraseKind::number_word) |
                                PhraseTable::bit(PhraseKind::multiplier) |
                                PhraseTable::bit(PhraseKind::approx_number);
  return (lex_.phrases().kinds_starting_at(text_, i) & starters) != 0;
}

// A currency form at `i`. ISO codes count in capitals ("USD"), or in any case
// when a symbol is glued to them ("usd$", "nzd$15"), which then belongs to the form.
std::optional<AmountGrammar::CurrencyMatch> AmountGrammar::match_currency(size_t i, bool cents_part) const {
  if (i >= text_.size()) return std::nullopt;
  auto m = lex_.phrases().longest(PhraseKind::currency, text_, i);
  // A form written glued ("$AU") does not match with spaces: try the shorter forms ("$").
  while (m && lex_.currencies().entry(m.payload).glued) {
    size_t k = i + 1;
    while (k < m.end && text_.glued(k)) ++k;
    if (k == m.end) break;
    m = lex_.phrases().longest(PhraseKind::currency, text_, i, k);
  }
  if (!m) return std::nullopt;
  const CurrencyEntry& entry = lex_.currencies().entry(m.payload);
  if (entry.cents_only && !cents_part) return std::nullopt;
  CurrencyMatch out{m.end, m.payload};
  if (entry.form == CurrencyForm::code && m.end < text_.size() && text_.glued(m.end)) {
    auto symbol = lex_.phrases().longest(PhraseKind::currency, text_, m.end);
    if (symbol && lex_.currencies().entry(symbol.payload).form == CurrencyForm::symbol) {
      out.end = symbol.end;
      return out;
    }
  }
  if (entry.needs_upper_case) {
    for (size_t k = i; k < m.end; ++k)
      if (text_[k].kind == PieceKind::word && !all_upper_ascii(text_.original(k))) return std::nullopt;
  }
  return out;
}

int AmountGrammar::scale_at(size_t i, bool after_currency, size_t& end) const {
  if (i >= text_.size() || text_[i].line_before) return 0;
  auto m = lex_.phrases().longest(PhraseKind::scale, text_, i);
  if (!m) return 0;
  // Abbreviations (negative payloads) stay next to their number: "5m", "3,2 Md".
  if (m.payload < 0 && after_currency) return 0;
  end = m.end;
  return std::abs(m.payload);
}

bool AmountGrammar::currency_or_scale_follows(size_t i) const {
  if (i >= text_.size() || text_[i].line_before) return false;
  size_t scale_end = 0;
  if (scale_at(i, false, scale_end)) return true;
  if (match_currency(i)) return true;
  if (is_hyphen(text_, i) && text_.glued(i) && text_.glued(i + 1) && match_currency(i + 1)) return true;
  auto connector = lex_.phrases().longest(PhraseKind::connector, text_, i);
  return connector && connector.end < text_.size() && (match_currency(connector.end) || scale_at(connector.end, false, scale_end));
}

// Spelled-out numbers: a run of number words, joined by hyphens or joiners, read
// by ICU. When the whole run is not one number, shorter runs are tried. Outside
// cents, a run only counts before a scale or currency, which keeps "un", "one"
// and "une" from reaching ICU at every article.
std::optional<AmountGrammar::Number> AmountGrammar::read_spelled(size_t i, bool cents) const {
  const auto& phrases = lex_.phrases();
  // The first word may start a line (a heading: "Six millions d'euros"); the others continue it.
  auto is_word = [&](size_t k) {
    return k < text_.size() && (k == i || !text_[k].line_before) &&
           phrases.longest(PhraseKind::number_word, text_, k).end == k + 1;
  };
  if (!is_word(i)) return std::nullopt;
  size_t word_ends[max_spelled_pieces];
  size_t ends = 0;
  size_t k = i + 1;
  word_ends[ends++] = k;
  while (k < text_.size() && k - i < max_spelled_pieces && ends < max_spelled_pieces) {
    if (is_word(k)) {
      word_ends[ends++] = ++k;
    } else if (is_hyphen(text_, k) && text_.glued(k) && text_.glued(k + 1) && is_word(k + 1)) {
      ++k;
    } else if (phrases.longest(PhraseKind::number_joiner, text_, k).end == k + 1 && is_word(k + 1)) {
      ++k;
    } else {
      break;
    }
  }
  for (size_t e = ends; e-- > 0;) {
    size_t end = word_ends[e];
    if (!cents && !currency_or_scale_follows(end)) continue;
    // A heading may start with a spelled number ("Six millions d'euros"), and a
    // line with a word that only looks like one ("Un euro symbolique"): a line's
    // first number word needs a scale after it.
    size_t scale_end = 0;
    if (!cents && text_[i].line_before && !scale_at(end, false, scale_end)) continue;
    // Cents are the whole run ("two hundred times" is not 2 cents), unless a minor
    // unit or a joiner ends the shorter run ("quarante-cinq cents", "one and one").
    if (cents && e + 1 != ends && !minor_unit_or_joiner_at(end)) continue;
    if (auto value = lex_.spelled().parse(text_, i, end)) {
      if (cents && value->integer_digit_count() > 2) continue;  // "quarante-cinq cents" is 45 cents, not 4500
      Number out;
      out.value = *value;
      out.end = end;
      return out;
    }
  }
  return std::nullopt;
}

std::optional<AmountGrammar::Number> AmountGrammar::read_number(size_t i, bool cents) const {
  if (i >= text_.size()) return std::nullopt;
  if (text_[i].kind == PieceKind::number) {
    auto read = lex_.digits().read(text_, i);
    if (!read) return std::nullopt;
    Number out;
    out.value = read->value;
    out.end = read->end;
    out.has_fraction = read->has_fraction;
    return out;
  }
  if (text_[i].kind != PieceKind::word || cents) return cents ? read_spelled(i, true) : std::nullopt;
  const auto& phrases = lex_.phrases();
  if (auto approx = phrases.longest(PhraseKind::approx_number, text_, i)) {
    // "une vingtaine de" reads as 20, approximately; the connector belongs to it.
    auto connector = phrases.longest(PhraseKind::connector, text_, approx.end);
    if (connector) {
      Number out;
      out.value = lex_.constant(approx.payload);
      out.end = connector.end;
      out.approximate = true;
      return out;
    }
  }
  if (auto spelled = read_spelled_decimal(i)) return spelled;
  // "one point three dollars": "three dollars" is the tail of a number, not 3 dollars.
  if (i >= 2 && phrases.longest(PhraseKind::decimal_word, text_, i - 1).end == i &&
      (text_[i - 2].kind == PieceKind::number || phrases.longest(PhraseKind::number_word, text_, i - 2).end == i - 1))
    return std::nullopt;
  // "a few hundred dollars", "quelques centaines": a quantifier makes the
  // spelled number vague; reading it alone would give a wrong one.
  if (i > 0 && phrases.longest(PhraseKind::quantifier, text_, i - 1).end == i) return std::nullopt;
  if (auto spelled = read_spelled(i, false)) return spelled;
  if (auto multiplier = phrases.longest(PhraseKind::multiplier, text_, i)) {
    Number out;
    out.value = lex_.constant(multiplier.payload);
    out.end = multiplier.end;
    out.needs_scale = !names_a_unit_of_money(multiplier.end);
    return out;
  }
  return std::nullopt;
}

// "a dollar.", "half a dollar a day", "a dollar and 42 cents": a multiplier
// before a currency's name counts that currency, when the phrase ends there
// ("a dollar store", "a dollar-denominated bond" are something else).
bool AmountGrammar::names_a_unit_of_money(size_t i) const {
  if (i >= text_.size() || text_[i].line_before) return false;
  size_t scale_end = 0;
  if (scale_at(i, false, scale_end)) return false;
  auto name = match_currency(i);
  if (!name) return false;
  const CurrencyEntry& entry = lex_.currencies().entry(name->entry);
  if (entry.form != CurrencyForm::name || entry.needs_scale || entry.minor_exponent != 0) return false;
  const size_t after = name->end;
  if (is_hyphen(text_, after)) return false;
  return ends_bare_number_phrase(after) || lex_.phrases().longest(PhraseKind::cents_joiner, text_, after);
}

// "one point three dollars", "deux virgule cinq milliards": whole number words,
// a decimal word, then digits one word each.
std::optional<AmountGrammar::Number> AmountGrammar::read_spelled_decimal(size_t i) const {
  const auto& phrases = lex_.phrases();
  auto is_word = [&](size_t k) {
    return k < text_.size() && (k == i || !text_[k].line_before) &&
           phrases.longest(PhraseKind::number_word, text_, k).end == k + 1;
  };
  size_t k = i;
  while (k < text_.size() && k - i < max_spelled_pieces &&
         (is_word(k) || (k > i && is_hyphen(text_, k) && text_.glued(k) && is_word(k + 1)) ||
          (k > i && phrases.longest(PhraseKind::number_joiner, text_, k).end == k + 1 && is_word(k + 1))))
    ++k;
  if (k == i || phrases.longest(PhraseKind::decimal_word, text_, k).end != k + 1) return std::nullopt;
  auto whole = lex_.spelled().parse(text_, i, k);
  if (!whole) return std::nullopt;
  std::string digits = whole->to_string() + ".";
  size_t end = k + 1;
  while (end < text_.size() && end - k <= max_spelled_pieces && is_word(end)) {
    auto digit = lex_.spelled().parse(text_, end, end + 1);
    if (!digit || digit->integer_digit_count() > 1) break;
    digits += digit->to_string();
    ++end;
  }
  if (end == k + 1 || !currency_or_scale_follows(end)) return std::nullopt;
  auto value = Decimal::parse(digits);
  if (!value) return std::nullopt;
  Number out;
  out.value = *value;
  out.end = end;
  out.has_fraction = true;
  return out;
}

// "$.20": a decimal mark glued between a currency symbol and its digits.
std::optional<AmountGrammar::Number> AmountGrammar::read_leading_decimal(size_t i) const {
  if (!(is_char(text_, i, lex_.digits().decimal_mark()) && text_.glued(i) && text_.glued(i + 1) && i + 1 < text_.size() &&
        text_[i + 1].kind == PieceKind::number))
    return std::nullopt;
  auto fraction = lex_.digits().read(text_, i + 1);
  if (!fraction || fraction->has_fraction || fraction->end != i + 2) return std::nullopt;
  std::u16string digits = u"0.";
  digits += text_.original(i + 1);
  auto value = Decimal::parse(text::utf16_to_utf8(digits));
  if (!value) return std::nullopt;
  Number out;
  out.value = *value;
  out.end = i + 2;
  out.has_fraction = true;
  return out;
}

// A number that starts an amount is not the tail of a word ("A380") or of a
// longer number that failed to be an amount ("1.5" read from the "5").
bool AmountGrammar::is_number_start(size_t i) const {
  // "16, 8 milliards": a decimal mark glued to a short number, then a space,
  // is a decimal broken by a stray space, not a list ("en 2019, 8 milliards" is).
  if (i >= 2 && text_[i].space_before && !text_[i].line_before && is_char(text_, i - 1, lex_.digits().decimal_mark()) &&
      text_.glued(i - 1) && text_[i - 2].kind == PieceKind::number && text_[i - 2].size() <= 3)
    return false;
  if (i == 0 || !text_.glued(i)) return true;
  const Piece& before = text_[i - 1];
  if (before.kind == PieceKind::word || before.kind == PieceKind::number) return false;
  char16_t c = text_.text[before.start];
  return !(before.size() == 1 && (c == u'.' || c == u',' || c == u'/' || c == u':'));
}

std::optional<AmountGrammar::Core> AmountGrammar::read_core(size_t i) const {
  Core core;
  core.first = i;
  size_t k = i;
  auto prefix = match_currency(i);
  // A name that is also a unit of weight ("pounds") right after a number is
  // that number's unit, not the currency of the next: "5 pounds 50 grams".
  if (prefix && lex_.currencies().entry(prefix->entry).needs_scale && i > 0 && !text_[i].line_before &&
      text_[i - 1].kind == PieceKind::number)
    prefix.reset();
  if (prefix) {
    size_t after = prefix->end;
    bool number_follows = after < text_.size() && !text_[after].line_before &&
                          (text_[after].kind == PieceKind::number ||
                           (text_[after].kind == PieceKind::word &&
                            lex_.currencies().entry(prefix->entry).form != CurrencyForm::name) ||
                           read_leading_decimal(after));
    // "R20m": a form that must touch its number.
    if (lex_.currencies().entry(prefix->entry).glued_to_number && !text_.glued(after)) number_follows = false;
    if (number_follows && lex_.currencies().entry(prefix->entry).form == CurrencyForm::name && names_an_event(i, after))
      number_follows = false;
    if (number_follows) {
      core.currency = prefix->entry;
      core.currency_first = true;
      k = after;
    }
  }
  if (!core.currency_first && text_[i].kind == PieceKind::number && !is_number_start(i)) {
    return std::nullopt;
  }
  // "£000" heads a table column, "007" is a code: no amount starts with a zero
  // followed by more digits.
  if (k < text_.size() && text_[k].kind == PieceKind::number && text_[k].size() > 1 && text_.text[text_[k].start] == u'0')
    return std::nullopt;
  auto number = core.currency_first ? read_leading_decimal(k) : std::nullopt;
  if (!number) number = read_number(k, false);
  if (!number) return std::nullopt;
  core.value = number->value;
  core.has_fraction = number->has_fraction;
  core.approximate = number->approximate;
  k = number->end;
  // "500'000.-", "12.–": a mark and a dash say the amount is round (no cents).
  if (!core.has_fraction && text_[k - 1].kind == PieceKind::number && (is_char(text_, k, u'.') || is_char(text_, k, u',')) &&
      text_.glued(k) && is_hyphen(text_, k + 1) && text_.glued(k + 1) &&
      !(k + 2 < text_.size() && text_.glued(k + 2) && text_[k + 2].kind != PieceKind::punct))
    k += 2;

  // Scales multiply: "mille milliards", "a quarter million".
  for (int round = 0; round < 2; ++round) {
    size_t end = 0;
    int power = scale_at(k, false, end);
    if (!power || core.scale + power > max_power) break;
    if (round == 0) {
      core.scale_word = lex_.phrases().longest(PhraseKind::scale, text_, k).payload > 0;
      core.first_scale = power;
    }
    core.scale += power;
    k = end;
  }
  // "R200-million", "$1-billion": a scale word hyphenated to its number.
  if (core.scale == 0 && is_hyphen(text_, k) && text_.glued(k) && text_.glued(k + 1)) {
    size_t end = 0;
    auto word = lex_.phrases().longest(PhraseKind::scale, text_, k + 1);
    if (word && word.payload > 0 && scale_at(k + 1, false, end)) {
      core.scale = word.payload;
      k = end;
    }
  }
  if (number->needs_scale && core.scale == 0) return std::nullopt;
  // "62,281,484.29 million": a number written out past the millions, then a
  // scale, says two things; no amount rather than a wrong one.
  constexpr int max_digits_before_scale = 6;
  if (core.scale >= 6 && core.value.integer_digit_count() > max_digits_before_scale) return std::nullopt;

  if (!core.currency_first) {
    size_t c = k;
    if (is_hyphen(text_, c) && text_.glued(c) && text_.glued(c + 1)) {
      if (auto m = match_currency(c + 1)) c = c + 1;  // "12-cent", "one-yen"
    }
    if ((core.scale || core.approximate) && c == k) {
      if (auto connector = lex_.phrases().longest(PhraseKind::connector, text_, c))
        if (match_currency(connector.end)) c = connector.end;
    }
    if (c < text_.size() && !text_[c].line_before) {
      if (auto m = match_currency(c, lone_cents_in_money_context(i, core, c))) {
        const CurrencyEntry& entry = lex_.currencies().entry(m->entry);
        // A code glued to the next number starts that amount instead ("3 USD50").
        // A form glued to the next number starts that amount instead ("3 USD50"), and so
        // does a symbol whose next number repeats it by name ("1 $ 10 dollars").
        bool prefix_of_next = m->end < text_.size() && text_[m->end].kind == PieceKind::number &&
                              (text_.glued(m->end) || (entry.form == CurrencyForm::symbol && names_same_currency_after(m->end, m->entry)));
        bool scale_missing = entry.needs_scale && core.scale == 0 && entry.scale == 0;
        bool apart = entry.glued_to_number && (c != number->end || !text_.glued(c));  // "16.6p", not "16.6 p"
        if (!prefix_of_next && !scale_missing && !apart) {
          core.currency = m->entry;
          k = m->end;
          if (core.scale == 0) {
            size_t end = 0;
            if (int power = scale_at(k, true, end)) {
              core.scale = power;
              k = end;
            }
          }
        }
      }
    }
  } else {
    // "$ 10 dollars": the name repeats the symbol and belongs to the amount.
    if (auto repeat = match_currency(k)) {
      if (lex_.currencies().entry(repeat->entry).form == CurrencyForm::name && same_currency(core.currency, repeat->entry))
        k = repeat->end;
    }
  }
  if (core.currency >= 0) {
    // "MUSD" carries its scale; "50 cents" counts hundredths: 0.50 of the currency.
    const CurrencyEntry& entry = lex_.currencies().entry(core.currency);
    core.scale += entry.scale - entry.minor_exponent;
    if (entry.minor_exponent != 0) core.has_fraction = true;
  }
  if (core.scale > max_power) return std::nullopt;
  if (core.scale < -max_power) return std::nullopt;
  core.value = core.value.scaled(core.scale);
  core.end = k;
  if (core.currency >= 0) add_cents(core);
  return core;
}

// "15 dollars 50", "treize euros et quarante-cinq cents", "10 $ 30 cent": a
// whole number of a currency followed by fewer than a hundred of its cents.
void AmountGrammar::add_cents(Core& core) const {
  const CurrencyEntry& currency = lex_.currencies().entry(core.currency);
  if (core.has_fraction || core.scale != 0 || currency.minor_exponent != 0) return;
  size_t k = core.end;
  if (k >= text_.size() || !text_[k].space_before || text_[k].line_before) return;
  if (auto joiner = lex_.phrases().longest(PhraseKind::cents_joiner, text_, k)) k = joiner.end;
  if (k >= text_.size() || text_[k].line_before) return;
  if (text_[k].kind == PieceKind::number && (text_[k].size() > 2 || text_.glued(k))) return;
  auto cents = read_number(k, true);
  if (!cents || cents->has_fraction || cents->value.integer_digit_count() > 2) return;
  const bool spelled = text_[k].kind == PieceKind::word;
  size_t end = cents->end;
  int exponent = 2;
  if (auto minor = match_currency(end, true)) {
    const CurrencyEntry& entry = lex_.currencies().entry(minor->entry);
    if (entry.minor_exponent == 0) return;  // "50 dollar 40 rmb": two amounts
    if (entry.glued_to_number && !text_.glued(end)) return;  // "43c", not "43 c"
    exponent = entry.minor_exponent;
    end = minor->end;
  } else {
    size_t scale_end = 0;
    if (end < text_.size() && (text_.glued(end) && text_[end].kind != PieceKind::punct)) return;
    if (scale_at(end, false, scale_end)) return;
    // A spelled number before a word is that word's ("1015 francs une part").
    if (spelled && k == core.end && end < text_.size() && text_[end].kind == PieceKind::word &&
        !lex_.phrases().longest(PhraseKind::cents_joiner, text_, end))
      return;
  }
  core.value = core.value.plus(cents->value.scaled(-exponent));
  core.end = end;
}

bool AmountGrammar::names_same_currency_after(size_t number_start, int32_t currency) const {
  auto number = lex_.digits().read(text_, number_start);
  if (!number) return false;
  auto name = match_currency(number->end);
  return name && lex_.currencies().entry(name->entry).form == CurrencyForm::name && same_currency(currency, name->entry);
}

bool AmountGrammar::minor_unit_or_joiner_at(size_t i) const {
  if (i >= text_.size()) return false;
  if (auto m = match_currency(i)) return lex_.currencies().entry(m->entry).minor_exponent != 0;
  return lex_.phrases().longest(PhraseKind::cents_joiner, text_, i) ||
         lex_.phrases().longest(PhraseKind::number_joiner, text_, i);
}

bool AmountGrammar::same_currency(int32_t a, int32_t b) const {
  const auto& x = lex_.currencies().entry(a);
  const auto& y = lex_.currencies().entry(b);
  if (!x.code.empty() && !y.code.empty()) return x.code == y.code;
  if (x.code.empty() && y.code.empty()) return x.family == y.family && x.minor_exponent == y.minor_exponent;
  const auto& coded = x.code.empty() ? y : x;
  const auto& bare = x.code.empty() ? x : y;
  return lex_.currencies().in_family(coded.code, bare.family);
}

// The longest modifier phrase that ends right before piece `i`.
AmountGrammar::Modifier AmountGrammar::modifier_before(size_t i) const {
  Modifier best;
  for (size_t back = 1; back <= max_modifier_pieces && back <= i; ++back) {
    auto m = lex_.phrases().longest(PhraseKind::modifier, text_, i - back);
    if (m && m.end == i) best = {true, i - back, static_cast<ModifierKind>(m.payload)};
  }
  return best;
}

std::optional<ParsedAmount> AmountGrammar::parse_at(size_t i, bool bare_allowed, const TableUnit* table) const {
  auto first = read_core(i);
  if (!first) return std::nullopt;
  ParsedAmount out;
  out.first = i;
  out.end = first->end;
  out.modifier_first = i;
  out.currency = first->currency;
  out.approx = first->approximate;

  Modifier modifier = modifier_before(i);
  if (!modifier) modifier = bound_shared_across_and(i);
  const ModifierKind kind = modifier.kind;

  // A range: "10-20 €", "entre 10 et 20 euros", "from $5m to $10m".
  if (auto joiner = lex_.phrases().longest(PhraseKind::range_joiner, text_, first->end)) {
    bool opened = joiner.payload == -1;
    if (!opened && modifier && kind == ModifierKind::range_start) {
      const auto& opening = lex_.range_opening(joiner.payload);
      opened = opening.size() == i - modifier.first;
      for (size_t k = 0; opened && k < opening.size(); ++k) opened = text_.folded_piece(modifier.first + k) == opening[k];
    }
    std::optional<Core> second;
    if (opened && joiner.end < text_.size() && !text_[joiner.end].line_before) second = read_core(joiner.end);
    bool currencies_agree = second && (first->currency < 0 || second->currency < 0 ||
                                       same_currency(first->currency, second->currency));
    const bool dash = is_hyphen(text_, first->end);
    // "$5 to 10 million": a symbol before the first and a scale after the second share both.
    const bool shared_scale = second && first->currency_first && first->scale == 0 && second->currency < 0 && second->scale != 0;
    bool has_currency = second && (second->currency >= 0 || (first->currency >= 0 && first->currency_first && dash) || shared_scale);
    // "rose $2.14 to $84.32" is a change between two amounts, not a range.
    bool change = joiner.payload == -1 && !dash && modifier && kind == ModifierKind::change;
    // "passe de 10 € à 12 €", "increased by 7.2% from £19.74m to £21.16m": the
    // same change, with the range's opening word after the verb.
    if (modifier && kind == ModifierKind::range_start && opening_marks_change(modifier.first, i))
      change = change || change_verb_before(modifier.first);
    // "to March 31, 2003 to £100,000": a bare number before a symbol-first
    // amount is no bound of it; a range writes the symbol on both ("£5 to £10").
    if (second && first->currency < 0 && second->currency_first) second.reset();
    if (change) {
      has_currency = false;
      // "est passé de 24 à 27 euros": the first amount is in the currency of the second.
      if (second && currencies_agree && out.currency < 0) out.currency = second->currency;
    }
    if (second && currencies_agree && has_currency) {
      Decimal low = first->value;
      // "10 à 20 millions d'euros", "$5-10 billion": the second's scale is the first's too.
      if (first->scale == 0 && second->scale != 0 && (first->currency < 0 || (first->currency_first && second->currency < 0)))
        low = low.scaled(second->scale);
      if (low.compare(second->value) < 0) {
        out.min = low;
        out.max = second->value;
        out.end = second->end;
        if (out.currency < 0) out.currency = second->currency;
        out.approx = out.approx || second->approximate;
      }
    }
    // "$500 to 2 million", "from $5 to 10 million": a symbol-first number before a
    // scaled one that is not their range reads neither way; no amount rather than "$500".
    if (shared_scale && !out.min) return std::nullopt;
  }
  // "200 crore", "5 lakh": scale words that only count one currency. "gave 200
  // crore to farmers" too: a range joiner that no number follows joins no range.
  if (out.currency < 0 && first->scale_word && out.end == first->end &&
      (ends_bare_number_phrase(out.end) || joins_no_range(out.end)))
    out.currency = lex_.currency_implied_by_scale(first->first_scale);
  if (out.currency < 0 && table && first->scale == 0 && !first->approximate && !out.min && out.end == first->end &&
      text_[i].kind == PieceKind::number && is_table_figure(i, out.end)) {
    out.currency = table->currency;
    first->value = first->value.scaled(table->scale);
  }
  if (out.currency < 0) {
    // Not the tail of a broken number either ("2, 0 milliards").
    const bool after_digits = i >= 2 && (is_char(text_, i - 1, u',') || is_char(text_, i - 1, u'.')) &&
                              text_.glued(i - 1) && text_[i - 2].kind == PieceKind::number;
    const bool bare_shape = first->scale != 0 && !first->approximate && !out.min && out.end == first->end &&
                            !after_digits && !first->value.is_zero() && ends_bare_number_phrase(out.end);
    if (!bare_shape) return std::nullopt;
    // "coûteraient plus de 800 millions", "worth as much as 2.4m": a verb of
    // cost makes a bare scaled number a sum, of a currency the text does not say.
    const size_t head = modifier ? modifier.first : i;
    if (head > 0 && lex_.phrases().longest(PhraseKind::cost_word, text_, head - 1).end == head) {
      out.bare = true;
      out.currency_unknown = true;
    } else if (bare_allowed && lex_.scaled_numbers_continue_amounts() && first->scale_word) {
      out.bare = true;
    } else {
      return std::nullopt;
    }
  }
  if (text_[out.end - 1].kind == PieceKind::number && (digits_continue_at(out.end) || group_runs_on_at(i, out.end)))
    return std::nullopt;
  if (first->scale == 0 && !out.min && names_denomination(i, out.end)) return std::nullopt;
  if (denies_a_single_unit(i, *first)) return std::nullopt;
  if (!out.min) {
    // A bound before the amount ("plus de"), else one just after it ("or less").
    ModifierKind bound = modifier ? kind : ModifierKind::approx;
    if (bound != ModifierKind::at_least && bound != ModifierKind::at_most) bound = trailing_bound(out.end);
    if (bound == ModifierKind::at_least)
      out.min = first->value;
    else if (bound == ModifierKind::at_most)
      out.max = first->value;
    else
      out.value = first->value;
  }
  if (modifier && kind == ModifierKind::approx) out.approx = true;
  if (modifier && (kind != ModifierKind::range_start || out.min)) out.modifier_first = modifier.first;
  return out;
}

bool AmountGrammar::is_conversion_link(size_t from, size_t to, bool restatement_is_approx) const {
  if (from > to) return false;
  auto link_at = [&](size_t k) {
    auto link = lex_.phrases().longest(PhraseKind::conversion_link, text_, k);
    return link && link.end == to && (link.payload == 0 || restatement_is_approx);
  };
  size_t k = from;
  if (is_char(text_, k, u'(') || is_char(text_, k, u'[')) return k + 1 == to || link_at(k + 1);
  // ", soit", "– soit": a comma or a dash before the link.
  if (is_char(text_, k, u',') || is_hyphen(text_, k)) return k + 1 < to && link_at(k + 1);
  if (link_at(k)) return true;
  // The restatement may follow the rest of the amount's noun phrase, after a
  // comma: "400 milliards de dollars de subventions vertes, soit environ 370
  // milliards d'euros", "$100 billion a year, or about €92 billion". Only plain
  // words stand between, a few of them: no clause, no sentence break.
  constexpr size_t kMaxWordsBetween = 10;
  for (; k < to && k - from <= kMaxWordsBetween; ++k) {
    if (is_char(text_, k, u',')) return k > from && link_at(k + 1);
    if (text_[k].line_before && k > from) return false;
    if (text_[k].kind == PieceKind::punct && !is_hyphen(text_, k) && !text::is_apostrophe(text_.text[text_[k].start]))
      return false;
  }
  return false;
}

}  // namespace dixit::amounts
