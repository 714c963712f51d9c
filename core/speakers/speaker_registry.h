// The people and institutions of one article, each with all its mentions:
// name coreference (Anatoli Antonov = M. Antonov = Antonov), definite
// descriptions (l'ambassadeur, the company) and pronouns, resolved to the
// nearest compatible earlier entity. It is fed every mention outside quotes in
// text order, not only those of speakers, so that "Elle a ajouté" can point at
// a minister who was named but had not spoken yet. When nothing fits a
// pronoun, resolution fails and the caller leaves the quote unattributed.
#pragma once

#include <optional>
#include <vector>

#include "dixit/dixit.h"
#include "quotes/words.h"
#include "speakers/mention_finder.h"

namespace dixit {

class SpeakerRegistry {
 public:
  // The mentions it is given are of `doc`, which must outlive it.
  explicit SpeakerRegistry(const Document& doc) : doc_(doc) {}
  // The entity this mention names or designates, creating it for a new name
  // or description; nullopt for a pronoun with no compatible antecedent.
  // `speaks`: the mention is the speaker of a quote.
  // `not_entity`: an entity a description must not refer back to (the speaker
  // whose own words hold it: "Jean-Pierre said the president would sign").
  std::optional<size_t> add(const Mention& mention, bool speaks, std::optional<size_t> not_entity = std::nullopt);
  SpeakerKind kind(size_t entity) const { return entities_[entity].speaker.kind; }
  // The first person of the article: who an interview is with.
  std::optional<size_t> first_person() const;
  // Makes `entity` the one just quoted, for the pronouns that follow.
  void note_speaker(size_t entity, uint32_t end);
  // The person mentioned last before `pos`, if mentioned after `since`.
  std::optional<size_t> last_person_before(uint32_t pos, uint32_t since) const;
  // The entities that speak, each with its sorted, distinct mentions;
  // `speaker_of[entity]` is the entity's index among them.
  std::vector<Speaker> take(std::vector<std::optional<size_t>>& speaker_of);

 private:
  struct Entity {
    Speaker speaker;                         // its kind and mentions; name and role are made by take()
    Span name;                               // the longest name seen, as written
    std::optional<Span> role;
    std::u16string_view key;                 // of Document::folded, like every view here
    std::vector<std::u16string_view> roles;  // folded role head nouns seen with it
    bool plural = false;
    bool from_bare_name = false;  // created from a lone capitalised word
    bool speaks = false;
    Gender gender = Gender::unknown;
  };
  struct Seen {
    uint32_t pos;
    size_t entity;
    bool subject;
  };
  bool compatible(const Entity& e, const Mention& m) const;
  std::optional<size_t> refer_back(const Mention& mention);
  std::optional<size_t> find_named(const Mention& mention) const;
  void index_name(size_t entity);

  const Document& doc_;
  std::vector<Entity> entities_;
  // Every mention in the order it came, for looking back a bounded distance
  // (linear time however long the article); names by key and by first word.
  std::vector<Seen> seen_;
  FoldedMap<std::vector<size_t>> by_key_, by_first_word_;
  std::vector<uint32_t> visited_;  // per entity: the query that last looked at it
  uint32_t query_ = 0;
  std::optional<size_t> last_speaker_;
  uint32_t last_speaker_at_ = 0;
};

}  // namespace dixit
