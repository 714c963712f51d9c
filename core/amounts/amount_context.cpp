// What the words around an amount make of it: the AmountGrammar's checks of
// context, apart from the grammar of the amount itself. A face value ("200
// cedi notes"), an event ("l'Euro 2020"), a negated unit ("pas un euro"), a
// change rather than a range ("rose from £5 to £7"), a bound shared across
// "and", the end of a bare scaled number, a results table's unit, and digits
// that run on past the span.
#include "amounts/amount_grammar.h"
#include "amounts/piece_checks.h"

namespace dixit::amounts {

// "l'Euro 2020", "Dollar 2000": a capitalised currency name before a year
// names a tournament or a show, not a sum.
bool AmountGrammar::names_an_event(size_t name, size_t number) const {
  const std::u16string_view word = text_.original(name);
  if (word.size() < 2 || !(word[0] >= u'A' && word[0] <= u'Z') || all_upper_ascii(word)) return false;
  const std::u16string_view digits = text_.original(number);
  if (text_[number].kind != PieceKind::number || digits.size() != 4 || !(digits.substr(0, 2) == u"19" || digits.substr(0, 2) == u"20"))
    return false;
  size_t scale_end = 0;
  return !digits_continue_at(number + 1) && !scale_at(number + 1, false, scale_end);
}

// Digits glued after a mark right after the span ("N11.265,000" read up to
// "11.265"): the grammar did not read the number whole, so there is no amount.
bool AmountGrammar::digits_continue_at(size_t i) const {
  if (i + 1 >= text_.size() || !text_.glued(i) || !text_.glued(i + 1) || text_[i + 1].kind != PieceKind::number)
    return false;
  if (text_[i].kind == PieceKind::number) return true;
  if (text_[i].kind != PieceKind::punct || text_[i].size() != 1) return false;
  const char16_t c = text_.text[text_[i].start];
  return c == u'.' || c == u',' || text::is_apostrophe(c);
}

// "GHC207,407, 899": a grouped number, its group mark, a stray space and one
// more group of three. The writer's number runs on; no amount from its head.
bool AmountGrammar::group_runs_on_at(size_t first, size_t i) const {
  if (i + 1 >= text_.size() || !text_.glued(i) || text_[i + 1].line_before || !text_[i + 1].space_before) return false;
  if (text_[i + 1].kind != PieceKind::number || text_[i + 1].size() != 3) return false;
  if (i + 2 < text_.size() && text_.glued(i + 2) && text_[i + 2].kind != PieceKind::punct) return false;
  const char16_t mark = text_[i].kind == PieceKind::punct && text_[i].size() == 1 ? text_.text[text_[i].start] : 0;
  if (mark != u',' && mark != u'.') return false;
  for (size_t k = first + 1; k + 1 < i; ++k)  // the same mark already groups the number
    if (is_char(text_, k, mark) && text_.glued(k) && text_[k - 1].kind == PieceKind::number &&
        text_[k + 1].kind == PieceKind::number && text_[k + 1].size() == 3)
      return true;
  return false;
}

// After a bare scaled number: what may follow it when it is an amount of an
// earlier currency. Where nouns after a scale take a connector, anything but
// the connector ("7 milliards, c'est", "24 millions au propriétaire"); else
// punctuation, a line's end or a listed word ("$2bn, and 3 billion for roads"
// but not "3 billion people").
bool AmountGrammar::ends_bare_number_phrase(size_t i) const {
  if (i >= text_.size() || text_[i].line_before) return true;
  if (lex_.scale_noun_takes_connector()) {
    if (is_hyphen(text_, i)) return false;
    auto connector = lex_.phrases().longest(PhraseKind::connector, text_, i);
    if (!connector) return true;
    // "400 millions de nouveaux actifs": a noun of money after the connector,
    // a word or two on, keeps the number an amount.
    constexpr size_t max_words_to_noun = 2;
    for (size_t k = connector.end; k < text_.size() && k - connector.end < max_words_to_noun && !text_[k].line_before; ++k) {
      if (lex_.phrases().longest(PhraseKind::money_noun, text_, k).end == k + 1) return true;
      if (text_[k].kind != PieceKind::word) break;
    }
    return false;
  }
  if (text_[i].kind == PieceKind::punct) return !is_hyphen(text_, i);
  return lex_.phrases().longest(PhraseKind::bare_follower, text_, i).end == i + 1;
}

// "cost 99c", "3c a litre": a cents-only mark ("c") alone makes an amount
// only where the words around it speak of a price; elsewhere "3c" is more often
// a clause or a grade than three cents.
bool AmountGrammar::lone_cents_in_money_context(size_t number, const Core& core, size_t mark) const {
  constexpr int max_cents_digits = 3;  // "150c", "12.5c": fuel prices run past a dollar
  if (core.scale != 0 || core.approximate || text_[number].kind != PieceKind::number ||
      core.value.integer_digit_count() > max_cents_digits || mark >= text_.size() || !text_.glued(mark))
    return false;
  const auto& phrases = lex_.phrases();
  if (number > 0 && !text_[number].line_before && phrases.longest(PhraseKind::cost_word, text_, number - 1).end == number)
    return true;
  const size_t after = mark + 1;
  constexpr int32_t per_unit = 1;
  return after < text_.size() && !text_[after].line_before && text_[after].space_before &&
         phrases.longest(PhraseKind::bare_follower, text_, after).payload == per_unit;
}

// "GH₵250 or less", "50 dirhams au plus": a bound right after the amount, in
// the same phrase (no comma between), and ending that phrase.
ModifierKind AmountGrammar::trailing_bound(size_t end) const {
  if (end >= text_.size() || text_[end].line_before || text_[end].kind != PieceKind::word) return ModifierKind::approx;
  const auto bound = lex_.phrases().longest(PhraseKind::trailing_bound, text_, end);
  if (!bound) return ModifierKind::approx;
  // "10 euros au moins 3 fois": a bound before a number is that number's.
  const size_t next = bound.end;
  if (next < text_.size() && !text_[next].line_before &&
      (text_[next].kind == PieceKind::number || lex_.phrases().longest(PhraseKind::number_word, text_, next)))
    return ModifierKind::approx;
  return static_cast<ModifierKind>(bound.payload);
}

bool AmountGrammar::joins_no_range(size_t i) const {
  if (i >= text_.size() || text_[i].kind != PieceKind::word) return false;
  const auto joiner = lex_.phrases().longest(PhraseKind::range_joiner, text_, i);
  return joiner && joiner.end < text_.size() && !text_[joiner.end].line_before &&
         text_[joiner.end].kind == PieceKind::word && !lex_.phrases().longest(PhraseKind::number_word, text_, joiner.end);
}

std::optional<TableUnit> AmountGrammar::table_unit_line(size_t i, size_t& line_end) const {
  TableUnit unit;
  bool whole = true;
  size_t k = i;
  while (k < text_.size() && (k == i || !text_[k].line_before)) {
    auto m = whole ? match_currency(k) : std::nullopt;
    const CurrencyEntry* entry = m ? &lex_.currencies().entry(m->entry) : nullptr;
    int scale = 0;
    size_t next = m ? m->end : k + 1;
    if (entry && entry->form != CurrencyForm::name && next < text_.size() && text_.glued(next)) {
      if (is_char(text_, next, u'\'') && text_.glued(next + 1)) ++next;  // "$'000"
      const std::u16string_view zeros = next < text_.size() ? text_.original(next) : std::u16string_view();
      size_t scale_end = 0;
      if (text_[next].kind == PieceKind::number && zeros.find_first_not_of(u'0') == std::u16string_view::npos) {
        scale = static_cast<int>(zeros.size());
        next += 1;
      } else if (int power = scale_at(next, false, scale_end)) {  // "£m"
        scale = power;
        next = scale_end;
      }
    }
    if (scale == 0 || (unit.currency >= 0 && (unit.scale != scale || !same_currency(unit.currency, m->entry))))
      whole = false;
    else
      unit = {m->entry, scale};
    k = next;
  }
  line_end = k;
  if (!whole || unit.currency < 0) return std::nullopt;
  return unit;
}

// A figure in a table cell: a plain number, no year ("2007 2006" heads the
// columns), no percentage, no unit glued to it.
bool AmountGrammar::is_table_figure(size_t first, size_t end) const {
  const std::u16string_view digits = text_.original(first);
  if (end == first + 1 && digits.size() == 4 && (digits.substr(0, 2) == u"19" || digits.substr(0, 2) == u"20")) return false;
  if (end < text_.size() && text_.glued(end) && !is_char(text_, end, u',') && !is_char(text_, end, u';')) return false;
  if (end < text_.size() && is_char(text_, end, u'%')) return false;
  return true;
}

// "200 cedi notes", "a $5 bill", "les billets de 50 euros": a banknote or a
// coin, named by its face value, is not a sum of money.
bool AmountGrammar::names_denomination(size_t first, size_t end) const {
  const auto& phrases = lex_.phrases();
  if (end < text_.size() && !text_[end].line_before) {
    auto after = phrases.longest(PhraseKind::denomination, text_, end);
    if (after && after.payload == 0) return true;
  }
  constexpr size_t max_back = 3;  // "pièces de", "billets d'"
  for (size_t back = 1; back <= max_back && back <= first; ++back) {
    auto before = phrases.longest(PhraseKind::denomination, text_, first - back);
    if (before && before.payload == 1 && before.end == first) return true;
  }
  return false;
}

// "ne dépenserait pas un euro", "never stole a penny": a single unit, spelled,
// after a negation says "nothing", not one euro.
bool AmountGrammar::denies_a_single_unit(size_t i, const Core& core) const {
  if (i == 0 || text_[i].kind != PieceKind::word || core.first_scale != 0 || core.currency < 0) return false;
  const CurrencyEntry& entry = lex_.currencies().entry(core.currency);
  static const Decimal one = Decimal::parse("1").value();
  static const Decimal one_cent = Decimal::parse("0.01").value();
  if (core.value.compare(entry.minor_exponent ? one_cent : one) != 0) return false;
  constexpr size_t max_back = 2;  // "n'ai jamais volé un centime": the negation, then a verb at most
  for (size_t back = 1; back <= max_back && back <= i; ++back)
    if (lex_.phrases().longest(PhraseKind::negation, text_, i - back).end == i - back + 1) return true;
  return false;
}

// "encourt jusqu'à cinq ans de prison et 375 000 euros d'amende": a bound
// before the first of two coordinated quantities bounds the second too. The
// modifier's span stays where it is: only its kind is shared.
AmountGrammar::Modifier AmountGrammar::bound_shared_across_and(size_t i) const {
  constexpr size_t max_between = 6;  // "cinq ans d' emprisonnement"
  if (i < 2 || lex_.phrases().longest(PhraseKind::cents_joiner, text_, i - 1).end != i) return {};
  bool number_seen = false;
  for (size_t k = i - 1; k > 0 && i - 1 - k <= max_between; --k) {
    const Piece& p = text_[k - 1];
    if (p.line_before && k - 1 > 0) return {};
    const Modifier before = modifier_before(k);
    if (before && number_seen && (before.kind == ModifierKind::at_most || before.kind == ModifierKind::at_least)) {
      Modifier shared = before;
      shared.first = i;  // the bound is the earlier clause's; this amount's span does not grow
      return shared;
    }
    if (p.kind == PieceKind::number || lex_.phrases().longest(PhraseKind::number_word, text_, k - 1).end == k) number_seen = true;
    else if (p.kind == PieceKind::punct && !(p.size() == 1 && text::is_apostrophe(text_.text[p.start]))) return {};
  }
  return {};
}

// Whether pieces [first, end) are the opening of a range that reads as a
// change after a verb ("from", not "between").
bool AmountGrammar::opening_marks_change(size_t first, size_t end) const {
  for (int32_t r = 0; r < lex_.range_count(); ++r) {
    if (!lex_.range_is_change_after_verb(r)) continue;
    const auto& opening = lex_.range_opening(r);
    bool same = opening.size() == end - first;
    for (size_t k = 0; same && k < opening.size(); ++k) same = text_.folded_piece(first + k) == opening[k];
    if (same) return true;
  }
  return false;
}

// A change verb right before piece `i`, or before its extent ("by 7.2%",
// "de 3 %") between them.
bool AmountGrammar::change_verb_before(size_t i) const {
  constexpr size_t max_skipped = 6;  // "by 10.3 per cent"
  for (size_t j = i; j > 0 && i - j <= max_skipped; --j) {
    const Modifier before = modifier_before(j);
    if (before && (before.kind == ModifierKind::change || before.kind == ModifierKind::change_from)) return true;
    const Piece& p = text_[j - 1];
    if (p.line_before && j != i) return false;
    const bool extent = p.kind == PieceKind::number ||
                        (p.kind == PieceKind::punct && p.size() == 1 && (text_.text[p.start] == u'%' || text_.glued(j))) ||
                        (p.kind == PieceKind::word && lex_.phrases().longest(PhraseKind::change_extent, text_, j - 1).end == j);
    if (!extent) return false;
  }
  return false;
}

}  // namespace dixit::amounts
