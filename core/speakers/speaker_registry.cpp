#include "speakers/speaker_registry.h"

#include <algorithm>

#include "text/fold.h"
#include "text/utf.h"

namespace dixit {

namespace {

// How far back, in UTF-16 units, an antecedent may be: a pronoun points at
// someone of the last few sentences, a description ("le ministre") further.
constexpr uint32_t kPronounReach = 1200;
constexpr uint32_t kDescriptionReach = 4000;
// A pronoun right after a quote continues its speaker when that fits.
constexpr uint32_t kSpeakerReach = 500;

bool human(SpeakerKind k) { return k == SpeakerKind::person || k == SpeakerKind::anonymous; }

bool same_gender(Gender a, Gender b) { return a == Gender::unknown || b == Gender::unknown || a == b; }

// "dunmore" names "dunmore industries": the first word(s) of an institution's name.
bool starts_name(std::u16string_view full, std::u16string_view part) {
  return full.size() > part.size() && full.substr(0, part.size()) == part && full[part.size()] == u' ';
}

}  // namespace

bool SpeakerRegistry::compatible(const Entity& e, const Mention& m) const {
  if (!same_gender(e.gender, m.gender)) return false;
  // A place speaks only by its name ("Moscou a appelé"): no "il", no "the minority" refers to it.
  if (e.speaker.kind == SpeakerKind::place && (m.kind == SpeakerKind::person || m.kind == SpeakerKind::anonymous) &&
      m.refers != Refers::nonhuman && !m.plural)
    return false;
  if (m.form == MentionForm::pronoun) {
    if (m.plural) return e.plural || !human(e.speaker.kind);
    if (e.plural) return false;
    if (m.refers == Refers::human) return human(e.speaker.kind);
    if (m.refers == Refers::nonhuman) return !human(e.speaker.kind);
    return true;
  }
  // A description: people for role nouns, institutions for "la société", "the
  // company", anything for a noun no lexicon knows ("la juridiction financière").
  if (!m.kind_known) return e.plural == m.plural || !human(e.speaker.kind);
  if (m.kind == SpeakerKind::organization || m.kind == SpeakerKind::media)
    return e.speaker.kind == m.kind || (m.kind == SpeakerKind::organization && e.speaker.kind == SpeakerKind::place);
  return human(e.speaker.kind) && e.plural == m.plural;
}

std::optional<size_t> SpeakerRegistry::refer_back(const Mention& mention) {
  const uint32_t pos = mention.span.start;
  const bool pronoun = mention.form == MentionForm::pronoun;
  const uint32_t reach = pronoun ? kPronounReach : kDescriptionReach;
  // The speaker just quoted, when the pronoun fits it: "« … », a-t-il dit. Il a ajouté".
  // A role the lexicons know names someone else than an entity known by
  // another role: "la victime" after "l'accusé" is not the accused.
  auto fits = [&](const Entity& e) {
    if (!compatible(e, mention)) return false;
    if (pronoun || !mention.kind_known || mention.head.empty() || e.roles.empty()) return true;
    return std::find(e.roles.begin(), e.roles.end(), mention.head) != e.roles.end();
  };
  const bool speaker_fits = last_speaker_ && pos >= last_speaker_at_ && pos - last_speaker_at_ <= kSpeakerReach &&
                            fits(entities_[*last_speaker_]);
  // Looking back over the mentions in reach, each entity once, nearest first:
  // for a description, the entity introduced with that role ("l'ambassadeur");
  // for a pronoun, the nearest compatible entity that opened a clause, else the nearest.
  ++query_;
  visited_.resize(entities_.size(), 0);
  std::optional<size_t> role_match, subject, nearest;
  // A person who opened a clause since the last quote ended, other than its
  // speaker: "« … » Cole Caufield a parlé d'énergie. La recrue s'est dite…".
  std::optional<size_t> newer_subject;
  // A noun no lexicon knows names a person more often than an institution:
  // "la recrue", "the 34-year-old mother of three".
  std::optional<size_t> nearest_human;
  // (Mentions after this one, met when an earlier subject is looked up for a
  // quote, are skipped: a sentence's worth, and never more than a bound, so
  // that a text without full stops stays linear.)
  constexpr size_t kMaxLater = 64;
  size_t later = 0;
  for (auto it = seen_.rbegin(); it != seen_.rend() && (it->pos > pos || pos - it->pos <= reach); ++it) {
    if (it->pos > pos) {
      if (++later > kMaxLater) break;
      continue;
    }
    const Entity& e = entities_[it->entity];
    if (pronoun && it->subject && !subject && pos - it->pos <= reach / 3 && compatible(e, mention)) subject = it->entity;
    if (speaker_fits && it->subject && !newer_subject && it->pos > last_speaker_at_ && it->entity != *last_speaker_ &&
        human(e.speaker.kind) && fits(e))
      newer_subject = it->entity;
    if (visited_[it->entity] == query_) continue;
    visited_[it->entity] = query_;
    if (!pronoun && !role_match && same_gender(e.gender, mention.gender) &&
        std::find(e.roles.begin(), e.roles.end(), mention.head) != e.roles.end())
      role_match = it->entity;
    if (!nearest && fits(e)) nearest = it->entity;
    if (!nearest_human && human(e.speaker.kind) && fits(e)) nearest_human = it->entity;
  }
  if (pronoun && mention.latest) return nearest;  // "Ce dernier": whoever was named last
  if (pronoun && speaker_fits) return newer_subject ? newer_subject : last_speaker_;
  if (role_match) return role_match;
  if (newer_subject) return newer_subject;
  if (speaker_fits) return last_speaker_;  // "La magistrate estime que…" after her quote
  if (subject) return subject;
  if (!pronoun && !mention.kind_known && mention.kind == SpeakerKind::person && nearest_human) return nearest_human;
  // "il", "she" who speak are people more often than the institution named
  // last: "Ahmed Ouyahia, président du CPE (Conseil de …). Il explique".
  if (pronoun && !mention.plural && nearest_human) return nearest_human;
  return nearest;
}

std::optional<size_t> SpeakerRegistry::find_named(const Mention& mention) const {
  if (auto it = by_key_.find(mention.key); it != by_key_.end()) {
    for (size_t i : it->second) {
      const Entity& e = entities_[i];
      if (e.speaker.kind == SpeakerKind::anonymous) continue;
      // Same surname: the same person unless both give different first names.
      if (mention.kind == SpeakerKind::person && e.speaker.kind == SpeakerKind::person) {
        const std::u16string_view folded = doc_.folded;
        const auto a = folded.substr(e.name.start, e.name.size());
        const auto b = folded.substr(mention.name.start, mention.name.size());
        const bool compatible = a == b || a.size() <= e.key.size() || b.size() <= mention.key.size() ||
                                a.substr(0, a.size() - e.key.size()) == b.substr(0, b.size() - mention.key.size());
        if (!compatible) continue;
      }
      return i;
    }
  }
  // "Dunmore" after "Dunmore Industries"; never for people, whose key is the surname.
  if (mention.kind != SpeakerKind::person || mention.bare_name)
    if (auto it = by_first_word_.find(mention.key); it != by_first_word_.end())
      for (size_t i : it->second)
        if (entities_[i].speaker.kind != SpeakerKind::person && entities_[i].speaker.kind != SpeakerKind::anonymous &&
            starts_name(entities_[i].key, mention.key))
          return i;
  return std::nullopt;
}

void SpeakerRegistry::index_name(size_t entity) {
  const std::u16string_view key = entities_[entity].key;
  if (key.empty()) return;
  by_key_[std::u16string(key)].push_back(entity);
  if (size_t space = key.find(u' '); space != std::u16string_view::npos)
    by_first_word_[std::u16string(key.substr(0, space))].push_back(entity);
}

std::optional<size_t> SpeakerRegistry::add(const Mention& mention, bool speaks, std::optional<size_t> not_entity) {
  std::optional<size_t> found;
  switch (mention.form) {
    case MentionForm::pronoun:
      found = refer_back(mention);
      if (!found) return std::nullopt;
      break;
    case MentionForm::described:
      found = refer_back(mention);
      if (found && found == not_entity) found.reset();
      break;
    case MentionForm::named:
      found = find_named(mention);
      break;
    case MentionForm::anonymous:
      break;
  }
  if (!found) {
    Entity e;
    e.name = mention.name;
    e.speaker.kind = mention.kind;
    e.role = mention.role;
    e.key = mention.key;
    e.plural = mention.plural;
    // A lone capitalised word never introduced as a person is an institution:
    // news writing names people in full first ("Greenpeace", "Kisaragi said").
    if (mention.bare_name && mention.kind == SpeakerKind::person) {
      e.speaker.kind = SpeakerKind::organization;
      e.from_bare_name = true;
    }
    entities_.push_back(std::move(e));
    found = entities_.size() - 1;
    if (mention.form == MentionForm::named) index_name(*found);
  }
  Entity& e = entities_[*found];
  e.speaker.mentions.push_back(mention.span);
  seen_.push_back({mention.span.start, *found, mention.subject});
  if (e.gender == Gender::unknown) e.gender = mention.gender;
  if (mention.form == MentionForm::named) {
    if (e.from_bare_name && mention.kind == SpeakerKind::person && !mention.bare_name) {
      e.speaker.kind = SpeakerKind::person;  // "Vassal", then "Théo Vassal"
      e.from_bare_name = false;
    }
    if (mention.name.size() > e.name.size() && mention.kind == e.speaker.kind) e.name = mention.name;
    if (!e.role && mention.role) e.role = mention.role;
  }
  if (!mention.head.empty() && std::find(e.roles.begin(), e.roles.end(), mention.head) == e.roles.end())
    e.roles.push_back(mention.head);
  if (speaks) note_speaker(*found, mention.span.end);
  return found;
}

std::optional<size_t> SpeakerRegistry::first_person() const {
  for (size_t i = 0; i < entities_.size(); ++i)
    if (entities_[i].speaker.kind == SpeakerKind::person && !entities_[i].plural) return i;
  return std::nullopt;
}

void SpeakerRegistry::note_speaker(size_t entity, uint32_t end) {
  entities_[entity].speaks = true;
  last_speaker_ = entity;
  last_speaker_at_ = end;
}

std::optional<size_t> SpeakerRegistry::last_person_before(uint32_t pos, uint32_t since) const {
  // Bounded by distance as well: a text without a full stop is one long sentence.
  for (auto it = seen_.rbegin(); it != seen_.rend() && it->pos >= since && pos - std::min(pos, it->pos) <= kPronounReach;
       ++it) {
    const Entity& e = entities_[it->entity];
    if (it->pos < pos && e.speaker.kind == SpeakerKind::person && !e.plural) return it->entity;
  }
  return std::nullopt;
}

std::vector<Speaker> SpeakerRegistry::take(std::vector<std::optional<size_t>>& speaker_of) {
  std::vector<Speaker> out;
  speaker_of.assign(entities_.size(), std::nullopt);
  for (size_t i = 0; i < entities_.size(); ++i) {
    Entity& e = entities_[i];
    if (!e.speaks) continue;
    auto& m = e.speaker.mentions;
    std::sort(m.begin(), m.end(), [](Span a, Span b) { return a.start < b.start || (a.start == b.start && a.end < b.end); });
    m.erase(std::unique(m.begin(), m.end()), m.end());
    speaker_of[i] = out.size();
    e.speaker.name = text::utf16_to_utf8(doc_.slice(e.name));
    if (e.role) e.speaker.role = text::utf16_to_utf8(doc_.slice(*e.role));
    out.push_back(std::move(e.speaker));
  }
  entities_.clear();
  seen_.clear();
  by_key_.clear();
  by_first_word_.clear();
  visited_.clear();
  last_speaker_.reset();
  return out;
}

}  // namespace dixit
