// The shape of an amount, read over pieces from a starting piece:
//   [modifier] [currency] number [scale] [connector] [currency] [scale] [cents]
//   [range joiner, second amount]
// with the modifier ("environ", "plus de", "entre") found by looking back from
// the start once an amount is there. Knows nothing of any one language.
#pragma once

#include <cstddef>
#include <optional>

#include "amounts/decimal.h"
#include "amounts/money_lexicon.h"

namespace dixit::amounts {

struct ParsedAmount {
  size_t modifier_first = 0;  // first piece of the leading modifier, or `first`
  size_t first = 0;           // the span: pieces [first, end)
  size_t end = 0;
  std::optional<Decimal> value, min, max;
  int32_t currency = -1;  // CurrencyEntry index, -1 when none is written
  bool approx = false;
  bool bare = false;  // a scaled number with no currency, that continues an earlier amount
  bool currency_unknown = false;  // ... or that a verb of cost makes a sum of no currency the text says
};

// A results table's unit, from a header line of currency columns ("£000 £000",
// "$m"): the bare figures below it are amounts of that currency and scale.
struct TableUnit {
  int32_t currency = -1;
  int scale = 0;
};

class AmountGrammar {
 public:
  AmountGrammar(const MoneyLexicon& lexicon, const PieceText& text) : lex_(lexicon), text_(text) {}

  // Whether an amount could start at piece `i` (cheap: one lookup at most).
  bool may_start_at(size_t i) const;
  // `bare_allowed`: an earlier amount is near, and a scaled number with no
  // currency may continue it ("2 milliards d'euros, sur un budget de 7 milliards").
  // `table`: the unit of the results table piece `i` stands in, or null.
  std::optional<ParsedAmount> parse_at(size_t i, bool bare_allowed = false, const TableUnit* table = nullptr) const;
  // Whether the line starting at piece `i` is a table's unit header; `line_end`
  // is set to the piece after the line either way.
  std::optional<TableUnit> table_unit_line(size_t i, size_t& line_end) const;
  // The pieces [from, to) link a restatement to the amount before: "(", "soit", ", i.e.".
  bool is_conversion_link(size_t from, size_t to, bool restatement_is_approx) const;

 private:
  struct Number {
    Decimal value;
    size_t end = 0;
    bool has_fraction = false;
    bool needs_scale = false;   // "half", "a quarter"
    bool approximate = false;   // "une vingtaine de"
  };
  struct Core {
    size_t first = 0, end = 0;
    Decimal value;
    bool has_fraction = false;
    int scale = 0;  // power of ten applied, 0 when none
    bool scale_word = false;  // the scale is written as a word ("millions"), not abbreviated
    int first_scale = 0;      // the power of the first scale word
    int32_t currency = -1;
    bool currency_first = false;
    bool approximate = false;
  };
  struct CurrencyMatch {
    size_t end = 0;
    int32_t entry = -1;
  };
  std::optional<Core> read_core(size_t i) const;
  std::optional<Number> read_number(size_t i, bool cents) const;
  std::optional<Number> read_spelled(size_t i, bool cents) const;
  std::optional<Number> read_leading_decimal(size_t i) const;
  std::optional<Number> read_spelled_decimal(size_t i) const;
  bool digits_continue_at(size_t i) const;
  bool group_runs_on_at(size_t first, size_t i) const;
  bool names_a_unit_of_money(size_t i) const;
  // `cents_part`: the cents after an amount, where cents-only forms count too.
  std::optional<CurrencyMatch> match_currency(size_t i, bool cents_part = false) const;
  bool currency_or_scale_follows(size_t i) const;
  bool minor_unit_or_joiner_at(size_t i) const;
  bool names_same_currency_after(size_t number_start, int32_t currency) const;
  void add_cents(Core& core) const;
  int scale_at(size_t i, bool after_currency, size_t& end) const;
  bool is_number_start(size_t i) const;
  bool same_currency(int32_t a, int32_t b) const;
  struct Modifier {
    bool found = false;
    size_t first = 0;  // its first piece
    ModifierKind kind = ModifierKind::approx;
    explicit operator bool() const { return found; }
  };
  Modifier modifier_before(size_t i) const;
  bool change_verb_before(size_t i) const;
  Modifier bound_shared_across_and(size_t i) const;
  bool opening_marks_change(size_t first, size_t end) const;
  bool ends_bare_number_phrase(size_t i) const;
  bool joins_no_range(size_t i) const;
  ModifierKind trailing_bound(size_t end) const;  // at_least, at_most, or approx for none
  bool lone_cents_in_money_context(size_t number, const Core& core, size_t mark) const;  // "to farmers": a range joiner with a word after it
  bool names_denomination(size_t first, size_t end) const;
  bool names_an_event(size_t name, size_t number) const;
  bool denies_a_single_unit(size_t i, const Core& core) const;
  bool is_table_figure(size_t first, size_t end) const;

  const MoneyLexicon& lex_;
  const PieceText& text_;
};

}  // namespace dixit::amounts
