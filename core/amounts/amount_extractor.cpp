#include "amounts/amount_extractor.h"

#include <optional>
#include <string>

#include "amounts/amount_grammar.h"
#include "amounts/currency_resolver.h"
#include "amounts/money_lexicon.h"
#include "amounts/pieces.h"
#include "document.h"
#include "lang/image.h"
#include "text/fold.h"
#include "text/utf.h"

namespace dixit {

using amounts::AmountGrammar;

AmountExtractor::AmountExtractor(const Language& lang) : lexicon_(std::make_unique<amounts::MoneyLexicon>(lang)) {}
AmountExtractor::AmountExtractor(image::Reader& in) : lexicon_(std::make_unique<amounts::MoneyLexicon>(in)) {}
void AmountExtractor::save(image::Writer& out) const { lexicon_->save(out); }
AmountExtractor::~AmountExtractor() = default;

void AmountExtractor::extract(const Document& doc, std::vector<Amount>& out) const {
  out.clear();
  // Scratch space reused across calls on the same thread: no allocation per token.
  thread_local std::vector<amounts::Piece> pieces;
  thread_local std::vector<uint32_t> piece_ids;
  amounts::split_into_pieces(doc.text, doc.tokens, pieces);
  amounts::PieceText text{doc.text, doc.folded, &pieces};
  lexicon_->phrases().number_pieces(text, piece_ids);
  text.ids = &piece_ids;
  const AmountGrammar grammar(*lexicon_, text);
  amounts::CurrencyResolver resolver(lexicon_->currencies(), lexicon_->phrases(), text);

  // A scaled number with no currency continues the amount before it when that
  // one is this near (a couple of sentences): "sur les 823 milliards promis".
  constexpr size_t max_pieces_to_bare_number = 150;
  size_t previous_end = 0;  // piece after the last amount
  // A results table: from a unit header line ("£000 £000") to the first line
  // with no figure in it.
  std::optional<amounts::TableUnit> table;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (i == 0 || pieces[i].line_before) {
      size_t line_end = i;
      if (auto unit = grammar.table_unit_line(i, line_end)) {
        table = unit;
        i = line_end - 1;
        continue;
      }
      if (table) {
        bool figures = false;
        for (size_t k = i; k < line_end && !figures; ++k) figures = pieces[k].kind == amounts::PieceKind::number;
        if (!figures) table.reset();
      }
    }
    if (!grammar.may_start_at(i)) continue;
    const bool bare_allowed = !out.empty() && i - previous_end <= max_pieces_to_bare_number;
    auto parsed = grammar.parse_at(i, bare_allowed, table ? &*table : nullptr);
    if (!parsed) continue;
    Amount amount;
    amount.span = {pieces[parsed->first].start, pieces[parsed->end - 1].end};
    amount.text = text::utf16_to_utf8(doc.slice(amount.span));
    if (parsed->value) amount.value = parsed->value->to_string();
    if (parsed->min) amount.min = parsed->min->to_string();
    if (parsed->max) amount.max = parsed->max->to_string();
    amount.approx = parsed->approx;
    const bool restates = !out.empty() && grammar.is_conversion_link(previous_end, parsed->modifier_first, parsed->approx);
    const std::string* restated = restates && out.back().currency ? &*out.back().currency : nullptr;
    if (parsed->currency_unknown) {
      // No currency: the text does not say which.
    } else if (parsed->bare) {
      amount.currency = out.back().currency;
      amount.currency_assumed = true;
    } else if (!resolver.resolve(lexicon_->currencies().entry(parsed->currency), amount, restated)) {
      continue;
    }
    if (restates && out.back().currency != amount.currency) amount.equivalent_of = out.size() - 1;
    out.push_back(std::move(amount));
    previous_end = parsed->end;
    i = parsed->end - 1;
  }
}

}  // namespace dixit
