#include "speakers/speaker_registry.h"

#include <algorithm>

#include "text/fold.h"

namespace dixit {

std::optional<size_t> SpeakerRegistry::refer_back(const Mention& mention) const {
  // The nearest earlier speaker that fits: a role noun it was introduced with
  // for a description; a person (or group, for a plural pronoun) for a pronoun.
  std::optional<size_t> best;
  for (size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    if (e.last_seen > mention.span.start) continue;
    bool fits;
    if (mention.form == MentionForm::described) {
      fits = std::find(e.roles.begin(), e.roles.end(), mention.head) != e.roles.end();
    } else {
      const bool human = e.speaker.kind == SpeakerKind::person || e.speaker.kind == SpeakerKind::anonymous;
      fits = mention.plural ? (e.plural || !human) : (human && !e.plural);
    }
    if (fits && (!best || e.last_seen > entries_[*best].last_seen)) best = i;
  }
  return best;
}

std::optional<size_t> SpeakerRegistry::add(const Mention& mention) {
  std::optional<size_t> found;
  if (mention.form == MentionForm::pronoun || mention.form == MentionForm::described) {
    found = refer_back(mention);
    if (!found) return std::nullopt;
  } else if (mention.form == MentionForm::named) {
    for (size_t i = 0; i < entries_.size() && !found; ++i) {
      const Entry& e = entries_[i];
      if (e.speaker.kind == SpeakerKind::anonymous || e.key != mention.key) continue;
      // Same surname: the same person unless both give different first names.
      if (mention.kind == SpeakerKind::person && e.speaker.kind == SpeakerKind::person) {
        const auto a = text::folded_utf8(e.speaker.name), b = text::folded_utf8(mention.name);
        const bool compatible = a == b || a.size() <= e.key.size() || b.size() <= mention.key.size() ||
                                a.substr(0, a.size() - e.key.size()) == b.substr(0, b.size() - mention.key.size());
        if (!compatible) continue;
      }
      found = i;
    }
  }
  if (!found) {
    Entry e;
    e.speaker.name = mention.name;
    e.speaker.kind = mention.kind;
    e.speaker.role = mention.role;
    e.key = mention.key;
    e.plural = mention.plural;
    entries_.push_back(std::move(e));
    found = entries_.size() - 1;
  }
  Entry& e = entries_[*found];
  e.speaker.mentions.push_back(mention.span);
  e.last_seen = std::max(e.last_seen, mention.span.start);
  if (mention.form == MentionForm::named) {
    if (mention.name.size() > e.speaker.name.size() && mention.kind == e.speaker.kind) e.speaker.name = mention.name;
    if (!e.speaker.role && mention.role) e.speaker.role = mention.role;
  }
  if (!mention.head.empty() && std::find(e.roles.begin(), e.roles.end(), mention.head) == e.roles.end())
    e.roles.push_back(mention.head);
  return found;
}

std::vector<Speaker> SpeakerRegistry::take() {
  std::vector<Speaker> out;
  for (auto& e : entries_) {
    auto& m = e.speaker.mentions;
    std::sort(m.begin(), m.end(), [](Span a, Span b) { return a.start < b.start || (a.start == b.start && a.end < b.end); });
    m.erase(std::unique(m.begin(), m.end()), m.end());
    out.push_back(std::move(e.speaker));
  }
  entries_.clear();
  return out;
}

}  // namespace dixit
