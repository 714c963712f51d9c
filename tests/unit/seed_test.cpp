// Acceptance on the seed article (issue 4): every quote found at overlap 0.8,
// the right speaker on each, the right cue on at least 10, the gold kinds.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "dixit/dixit.h"
#include "test_support.h"

using namespace dixit;

namespace {
double overlap(Span a, Span b) {
  const uint32_t inter = std::max<int64_t>(0, int64_t(std::min(a.end, b.end)) - std::max(a.start, b.start));
  return double(inter) / std::max(a.size(), b.size());
}
Span span_of(const nlohmann::json& pair) { return {pair[0].get<uint32_t>(), pair[1].get<uint32_t>()}; }
}  // namespace

TEST_CASE("seed article: quotes, speakers, cues and kinds", "[seed]") {
  const auto gold = dixit::test::seed_gold();
  const auto text = dixit::test::u16(gold["text"].get<std::string>());
  const auto result = annotate(text, Options{"fr"});
  const char* kinds[] = {"person", "organization", "place", "media", "anonymous"};
  std::map<std::string, nlohmann::json> gold_speakers;
  for (const auto& s : gold["speakers"]) gold_speakers[s["id"]] = s;

  size_t found = 0, speakers_right = 0, cues_right = 0;
  std::map<std::string, std::string> predicted_kind;  // gold speaker id → predicted kind
  for (const auto& g : gold["quotes"]) {
    const Span gold_span = span_of(g["span"]);
    const Quote* best = nullptr;
    for (const auto& q : result.quotes)
      if (!best || overlap(q.span, gold_span) > overlap(best->span, gold_span)) best = &q;
    INFO("gold quote " << g["text"].get<std::string>());
    REQUIRE(best);
    CHECK(overlap(best->span, gold_span) >= 0.8);
    if (overlap(best->span, gold_span) < 0.8) continue;
    ++found;
    if (best->cue && !g["cue"].is_null() && best->cue->overlaps(span_of(g["cue"]))) ++cues_right;
    const auto& gs = gold_speakers[g["speaker"]];
    bool right = false;
    if (best->speaker)
      for (Span m : result.speakers[*best->speaker].mentions)
        for (const auto& gm : gs["mentions"]) right = right || m.overlaps(span_of(gm));
    CHECK(right);
    if (right) {
      ++speakers_right;
      predicted_kind[gs["id"]] = kinds[static_cast<int>(result.speakers[*best->speaker].kind)];
    }
  }
  CHECK(found == 11);
  CHECK(speakers_right == 11);
  CHECK(cues_right >= 10);
  size_t kinds_right = 0;
  for (const auto& [id, s] : gold_speakers) kinds_right += predicted_kind[id] == s["kind"].get<std::string>();
  CHECK(kinds_right == gold_speakers.size());
}
