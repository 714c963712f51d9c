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

bool CurrencyResolver::resolve(const CurrencyEntry& entry, Amount& amount, const std::string* restated) {
  if (!entry.code.empty()) {
    amount.currency = entry.code;
    // Every family it belongs to: "C$" makes both a later "$" and a later "cents" Canadian.
    for (size_t f = 0; f < last_named_.size(); ++f)
      if (currencies_.in_family(entry.code, static_cast<int>(f))) last_named_[f] = entry.code;
    return true;
  }
  if (entry.family < 0) return true;  // "sen": of no currency the text names
  const auto family = static_cast<size_t>(entry.family);
  const CurrencyFamily& about = currencies_.families()[family];
  // A restatement is in another currency: the first reading that differs from
  // the restated one ("$" after an amount in Australian dollars is the default, USD).
  const std::string* readings[] = {&code_by_place(family), &last_named_[family], &about.default_code};
  if (about.needs_place && readings[0]->empty() && readings[1]->empty()) return false;
  const std::string* code = nullptr;
  for (const std::string* reading : readings) {
    if (reading->empty() || (restated && *reading == *restated)) continue;
    code = reading;
    break;
  }
  if (!code) {
    for (const std::string* reading : readings)
      if (!reading->empty()) {
        code = reading;
        break;
      }
  }
  amount.currency_assumed = true;
  if (code) amount.currency = *code;
  return true;
}

const std::string& CurrencyResolver::code_by_place(size_t family) {
  if (!places_counted_) count_places();
  return by_place_[family];
}

// One pass over the text, on the first bare form only: most articles name
// their currencies and never pay for it. A member the text writes with its own
// symbol ("C$", "A$") is not chosen by places: such a writer marks those
// amounts and leaves the bare "$" to the default, whatever the story's country.
// A family with no default ("R20m", "16.6p") also takes a member that the text
// names anywhere, before or after.
void CurrencyResolver::count_places() {
  places_counted_ = true;
  const auto& codes = currencies_.place_codes();
  std::vector<int> mentions(codes.size(), 0);
  std::vector<char> marked(codes.size(), 0);
  const auto& families = currencies_.families();
  by_place_.assign(families.size(), std::string());
  std::vector<std::string> named(families.size());  // a member the text names, anywhere
  constexpr uint32_t wanted = PhraseTable::bit(PhraseKind::place_cue) | PhraseTable::bit(PhraseKind::currency);
  for (size_t i = 0; i < text_.size();) {
    const uint32_t kinds = phrases_.kinds_starting_at(text_, i);
    if (!(kinds & wanted)) {
      ++i;
      continue;
    }
    if (kinds & PhraseTable::bit(PhraseKind::currency)) {
      auto symbol = phrases_.longest(PhraseKind::currency, text_, i);
      // A symbol of several pieces is written in one: "A$", not the article in "a $100 million".
      for (size_t k = i + 1; symbol && k < symbol.end; ++k)
        if (!text_.glued(k) && currencies_.entry(symbol.payload).form == CurrencyForm::symbol) symbol = {};
      if (symbol) {
        const CurrencyEntry& entry = currencies_.entry(symbol.payload);
        if (!entry.code.empty() && entry.form == CurrencyForm::symbol)
          for (size_t c = 0; c < codes.size(); ++c)
            if (codes[c] == entry.code) marked[c] = 1;
        if (!entry.code.empty())
          for (size_t f = 0; f < families.size(); ++f)
            if (named[f].empty() && currencies_.in_family(entry.code, static_cast<int>(f))) named[f] = entry.code;
      }
    }
    auto match = phrases_.longest(PhraseKind::place_cue, text_, i);
    if (!match) {
      ++i;
      continue;
    }
    ++mentions[static_cast<size_t>(match.payload)];
    i = match.end;
  }
  for (size_t f = 0; f < families.size(); ++f) {
    int default_mentions = 0, best_mentions = 0;
    const std::string* best = nullptr;
    bool tied = false;  // as many Senegalese places as Cameroonian ones: the places do not say which
    for (size_t c = 0; c < codes.size(); ++c) {
      if (!currencies_.in_family(codes[c], static_cast<int>(f))) continue;
      if (codes[c] == families[f].default_code) default_mentions = mentions[c];
      else if (marked[c] && !families[f].default_code.empty()) continue;
      else if (mentions[c] > best_mentions) {
        best_mentions = mentions[c];
        best = &codes[c];
        tied = false;
      } else if (mentions[c] == best_mentions && best_mentions > 0) {
        tied = true;
      }
    }
    // The default needs no places; another member needs them, and more of them.
    if (best && !tied && best_mentions >= kMinPlaceMentions && best_mentions > default_mentions) by_place_[f] = *best;
    // "16.6p" in a text that writes "£" somewhere: the text itself says which.
    if (by_place_[f].empty() && families[f].needs_place) by_place_[f] = named[f];
  }
}

}  // namespace dixit::amounts
