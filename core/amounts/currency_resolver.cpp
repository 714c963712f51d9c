#include "amounts/currency_resolver.h"

#include "dixit/dixit.h"

namespace dixit::amounts {

namespace {

// One passing mention ("a Canadian rival") does not make an article Canadian.
constexpr int kMinPlaceMentions = 2;

}  // namespace

CurrencyResolver::CurrencyResolver(const CurrencyLexicon& currencies, const PhraseTable& phrases,
                                   const PieceText& text)
    : currencies_(currencies), phrases_(phrases), text_(text), last_named_(currencies.families().size()) {}

void CurrencyResolver::resolve(const CurrencyEntry& entry, Amount& amount) {
  if (!entry.code.empty()) {
    amount.currency = entry.code;
    // Every family it belongs to: "C$" makes both a later "$" and a later "cents" Canadian.
    for (size_t f = 0; f < last_named_.size(); ++f)
      if (currencies_.in_family(entry.code, static_cast<int>(f))) last_named_[f] = entry.code;
    return;
  }
  if (entry.family < 0) return;  // "sen": of no currency the text names
  const auto family = static_cast<size_t>(entry.family);
  const std::string* code = &code_by_place(family);
  if (code->empty()) code = &last_named_[family];
  if (code->empty()) code = &currencies_.families()[family].default_code;
  if (code->empty()) return;
  amount.currency = *code;
  amount.currency_assumed = true;
}

const std::string& CurrencyResolver::code_by_place(size_t family) {
  if (!places_counted_) count_places();
  return by_place_[family];
}

// One pass over the text, on the first bare form only: most articles name
// their currencies and never pay for it.
void CurrencyResolver::count_places() {
  places_counted_ = true;
  const auto& cues = currencies_.place_cues();
  std::vector<int> mentions(cues.size(), 0);
  for (size_t i = 0; i < text_.size();) {
    if (!(phrases_.kinds_starting_at(text_, i) & PhraseTable::bit(PhraseKind::place_cue))) {
      ++i;
      continue;
    }
    auto match = phrases_.longest(PhraseKind::place_cue, text_, i);
    if (!match) {
      ++i;
      continue;
    }
    ++mentions[static_cast<size_t>(match.payload)];
    i = match.end;
  }
  const auto& families = currencies_.families();
  by_place_.assign(families.size(), std::string());
  for (size_t f = 0; f < families.size(); ++f) {
    int default_mentions = 0, best_mentions = 0;
    const std::string* best = nullptr;
    for (size_t c = 0; c < cues.size(); ++c) {
      if (cues[c].family != static_cast<int>(f)) continue;
      if (cues[c].code == families[f].default_code) default_mentions = mentions[c];
      else if (mentions[c] > best_mentions) {
        best_mentions = mentions[c];
        best = &cues[c].code;
      }
    }
    // The default needs no places; another member needs them, and more of them.
    if (best && best_mentions >= kMinPlaceMentions && best_mentions > default_mentions) by_place_[f] = *best;
  }
}

}  // namespace dixit::amounts
