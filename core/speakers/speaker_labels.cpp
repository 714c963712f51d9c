#include "speakers/speaker_labels.h"

#include "quotes/speech_lexicon.h"

namespace dixit {

namespace {

constexpr size_t kLabelTokens = 16;  // "Le plus remonté : Fabien Mercadal (entraîneur de Caen)"
constexpr size_t kRoleTokens = 10;   // "the chief executive of the National Urban League"

bool starts_line(const Words& words, size_t i) {
  return i == 0 || words.token(i).has(token_flags::line_before) || words.token(i).has(token_flags::paragraph_before);
}

bool is_dash(const Words& words, size_t i) {
  return words.is_punct(i, u'-') || words.is_punct(i, u'\u2013') || words.is_punct(i, u'\u2014') ||
         words.is_punct(i, u'\u2015');
}

// The first token of the line that holds token `i`, if it is at most `reach` tokens back.
std::optional<size_t> line_start(const Words& words, size_t i, size_t reach) {
  for (size_t k = i;; --k) {
    if (starts_line(words, k)) return k;
    if (i - k >= reach) return std::nullopt;
  }
}

}  // namespace

bool SpeakerLabels::role_words(const Words& words, size_t first, size_t last) const {
  if (last <= first || last - first > kRoleTokens) return false;
  for (size_t i = first; i < last; ++i) {
    if (words.token(i).kind == TokenKind::number) continue;
    if (words.is_word(i)) {
      const Word w = words[i];
      if (!words.capitalized(i) && (speech_.verb(w) || speech_.is_auxiliary(w) || speech_.is_complementizer(w)))
        return false;
      continue;
    }
    // Inside a role: "R-Utah", "Dr.", "O'Neill", "Procter & Gamble"; not a sentence's punctuation.
    if (!words.is_punct(i, u',') && !words.is_punct(i, u'.') && !words.is_punct(i, u'&') && !is_dash(words, i) &&
        !words.is_punct(i, u'\'') && !words.is_punct(i, u'\u2019'))
      return false;
  }
  return true;
}

std::optional<Mention> SpeakerLabels::label(const Words& words, size_t first, size_t last) const {
  if (last <= first || last - first > kLabelTokens) return std::nullopt;
  // "Le plus remonté : Fabien Mercadal", "NEW POLLS - Jane Doe": the label is
  // after the colon or the spaced dash that ends a heading.
  for (size_t k = last; k > first; --k)
    if (words.is_punct(k - 1, u':') ||
        (is_dash(words, k - 1) && words.token(k - 1).has(token_flags::space_before) && k < last &&
         words.token(k).has(token_flags::space_before))) {
      first = k;
      break;
    }
  if (last > first && words.is_punct(last - 1, u'.')) --last;
  auto m = mentions_.starting_at(words, first, last);
  // A lone capitalised word is as likely a topic as a name ("Budget : « … »").
  if (!m || m->form == MentionForm::pronoun || m->bare_name) return std::nullopt;
  // Capitals throughout are a heading's ("RATES FAVOR THE FED"), not a name's.
  bool capitals = true;
  for (size_t k = m->first; k < m->last && capitals; ++k)
    capitals = !words.is_word(k) || words.token(k).has(token_flags::all_caps);
  if (capitals && m->last > m->first + 1) return std::nullopt;
  if (m->last == last) return m;
  size_t role_first = m->last + 1, role_last = last;
  if (words.is_punct(m->last, u'(') && words.is_punct(last - 1, u')')) --role_last;
  else if (!words.is_punct(m->last, u',')) return std::nullopt;
  if (!role_words(words, role_first, role_last)) return std::nullopt;
  if (!m->role && m->kind == SpeakerKind::person) m->role = words.span(role_first, role_last);
  // The label is one mention, its role included, as an apposition is.
  m->last = last;
  m->span = words.span(m->first, last);
  return m;
}

std::optional<Mention> SpeakerLabels::before(const Words& words, size_t quote_first) const {
  if (quote_first == 0) return std::nullopt;
  // "Paul Martin : « … »": the quote's line up to the colon.
  if (words.is_punct(quote_first - 1, u':') && !starts_line(words, quote_first) && quote_first >= 2) {
    auto start = line_start(words, quote_first - 2, kLabelTokens);
    if (start)
      if (auto m = label(words, *start, quote_first - 1)) return m;
    return named_before_colon(words, quote_first - 1);
  }
  // "Paul Martin (entraîneur de Lens)⏎⏎« … »": the line before the quote's.
  if (!starts_line(words, quote_first)) return std::nullopt;
  auto start = line_start(words, quote_first - 1, kLabelTokens);
  if (!start) return std::nullopt;
  size_t end = quote_first;
  if (words.is_punct(end - 1, u':')) --end;
  return label(words, *start, end);
}

std::optional<Mention> SpeakerLabels::named_before_colon(const Words& words, size_t colon) const {
  // "…doesn't surprise Republican pollster Daron Shaw: “…”": a person named
  // right before the colon, inside a sentence (where a capital is a name's),
  // and not a preposition's object ("a message to Clinton:").
  const size_t floor = colon > kLabelTokens ? colon - kLabelTokens : 0;
  auto m = mentions_.ending_at(words, colon, floor);
  if (!m || m->kind != SpeakerKind::person || m->form != MentionForm::named || m->first == 0) return std::nullopt;
  auto inside = [&](const Mention& x) {
    return x.first > 0 && words.is_word(x.first - 1) && !mentions_.is_preposition(words[x.first - 1]);
  };
  if (auto longer = mentions_.with_premodifiers(words, *m, floor); longer && inside(*longer)) return longer;
  return inside(*m) ? m : std::nullopt;
}

std::optional<Mention> SpeakerLabels::after(const Words& words, size_t quote_end) const {
  const size_t n = words.size();
  size_t i = quote_end;
  if (i >= n || (starts_line(words, i) && !is_dash(words, i))) return std::nullopt;
  const bool parenthesis = words.is_punct(i, u'(');
  if (parenthesis) {
    ++i;
  } else {
    while (i < n && i < quote_end + 2 && (words.is_punct(i, u',') || is_dash(words, i))) ++i;
    if (i == quote_end) return std::nullopt;  // "“…” Name" is a sentence going on, not a signature
  }
  // The signature ends its line.
  size_t end = i;
  while (end < n && !starts_line(words, end)) {
    if (end - i > kLabelTokens) return std::nullopt;
    ++end;
  }
  if (end == i) return std::nullopt;
  if (words.is_punct(end - 1, u'.')) --end;
  if (parenthesis) {
    if (end <= i || !words.is_punct(end - 1, u')')) return std::nullopt;
    --end;
  }
  return label(words, i, end);
}

}  // namespace dixit
