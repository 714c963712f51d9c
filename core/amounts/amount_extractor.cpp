#include "amounts/amount_extractor.h"

#include <algorithm>
#include <string>

#include "amounts/amount_grammar.h"
#include "amounts/money_lexicon.h"
#include "amounts/pieces.h"
#include "document.h"
#include "text/fold.h"
#include "text/utf.h"

namespace dixit {

using amounts::AmountGrammar;
using amounts::CurrencyEntry;
using amounts::ParsedAmount;

AmountExtractor::AmountExtractor(const Language& lang) : lexicon_(std::make_unique<amounts::MoneyLexicon>(lang)) {}
AmountExtractor::~AmountExtractor() = default;

namespace {

// Which currency a bare "$" or "dollars" means: the family's last named member
// in the article so far ("C$" earlier makes "$" Canadian), else its default.
class CurrencyResolver {
 public:
  explicit CurrencyResolver(const amounts::CurrencyLexicon& currencies)
      : currencies_(currencies), last_named_(currencies.families().size()) {}

  void resolve(const CurrencyEntry& entry, Amount& amount) {
    if (!entry.code.empty()) {
      amount.currency = entry.code;
      const auto& families = currencies_.families();
      for (size_t f = 0; f < families.size(); ++f)
        if (std::find(families[f].members.begin(), families[f].members.end(), entry.code) != families[f].members.end())
          last_named_[f] = entry.code;
      return;
    }
    if (entry.family < 0) return;  // "sen": of no currency the text names
    const auto family = static_cast<size_t>(entry.family);
    const std::string& code =
        last_named_[family].empty() ? currencies_.families()[family].default_code : last_named_[family];
    if (code.empty()) return;
    amount.currency = code;
    amount.currency_assumed = true;
  }

 private:
  const amounts::CurrencyLexicon& currencies_;
  std::vector<std::string> last_named_;
};

}  // namespace

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
  CurrencyResolver resolver(lexicon_->currencies());

  size_t previous_end = 0;  // piece after the last amount
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (!grammar.may_start_at(i)) continue;
    auto parsed = grammar.parse_at(i);
    if (!parsed) continue;
    Amount amount;
    amount.span = {pieces[parsed->first].start, pieces[parsed->end - 1].end};
    amount.text = text::utf16_to_utf8(doc.slice(amount.span));
    if (parsed->value) amount.value = parsed->value->to_string();
    if (parsed->min) amount.min = parsed->min->to_string();
    if (parsed->max) amount.max = parsed->max->to_string();
    amount.approx = parsed->approx;
    resolver.resolve(lexicon_->currencies().entry(parsed->currency), amount);
    if (!out.empty() && grammar.is_conversion_link(previous_end, parsed->modifier_first, parsed->approx) &&
        out.back().currency != amount.currency)
      amount.equivalent_of = out.size() - 1;
    out.push_back(std::move(amount));
    previous_end = parsed->end;
    i = parsed->end - 1;
  }
}

}  // namespace dixit
