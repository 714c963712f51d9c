// One entry per speaker, with all its mentions: name coreference (Anatoli
// Antonov = M. Antonov = Antonov), definite descriptions (l'ambassadeur, the
// minister) and pronouns resolved to the nearest compatible earlier speaker.
// When nothing fits, resolution fails and the caller leaves the quote unattributed.
#pragma once

#include <optional>
#include <vector>

#include "dixit/dixit.h"
#include "speakers/mention_finder.h"

namespace dixit {

class SpeakerRegistry {
 public:
  // The speaker this mention names or designates, creating it for a new name;
  // nullopt for a pronoun or description with no compatible earlier speaker.
  std::optional<size_t> add(const Mention& mention);
  // Moves the speakers out, each with sorted, distinct mentions.
  std::vector<Speaker> take();

 private:
  struct Entry {
    Speaker speaker;
    std::u16string key;
    std::vector<std::u16string> roles;  // folded role head nouns seen with it
    bool plural = false;
    uint32_t last_seen = 0;
  };
  std::optional<size_t> refer_back(const Mention& mention) const;
  std::vector<Entry> entries_;
};

}  // namespace dixit
