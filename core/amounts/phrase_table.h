// Multi-piece phrases of the money lexicon ("millions", "dollars canadiens",
// "plus de", "$ c"), in one trie keyed by folded pieces. Each node can end a
// phrase of several kinds at once, and knows which kinds its subtree holds so
// that the scan skips most words after one hash lookup.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "amounts/pieces.h"
#include "text/string_ids.h"

namespace dixit::amounts {

enum class PhraseKind : uint8_t {
  currency,          // payload: index of a CurrencyEntry
  scale,             // payload: power of ten
  multiplier,        // "half", "a quarter": payload indexes a Decimal; needs a scale after it
  approx_number,     // "une vingtaine": payload indexes a Decimal
  number_word,       // spelled-out number words; payload unused
  number_joiner,     // "et" in "vingt et un", "and" in "one hundred and five"
  connector,         // "de", "d'", "of" between a scale and a currency
  cents_joiner,      // "et", "and" in "15 dollars et 15 cents"
  range_joiner,      // "-", "à", "to"...; payload: index of the range_start phrase it needs, or -1
  modifier,          // payload: a ModifierKind
  trailing_bound,    // "or less", "au plus" after an amount; payload: ModifierKind::at_least or at_most
  conversion_link,   // "soit", "i.e."; payload 1 when an approximation must follow ("or about")
  place_cue,         // "Québec", "Geneva": payload indexes CurrencyLexicon::place_codes()
  change_extent,     // "by", "per cent" in "increased by 7.2 per cent from £19m to £21m"
  denomination,      // "notes", "billets de": a banknote or coin, not a sum; payload 1 before the amount
  decimal_word,      // "point", "virgule": "one point three dollars"
  bare_follower,     // "for" in "a budget of 7 billion for roads": a bare scaled number's phrase ends there; payload 1 per unit ("a litre")
  negation,          // "pas", "never": "pas un euro de plus" is no amount
  quantifier,        // "few", "several": "a few hundred dollars" is no 100 dollars
  money_noun,        // "actifs", "recettes": "400 millions de nouveaux actifs" counts money
  cost_word,         // "coûteraient", "worth": a bare scaled number after it is a sum
  count
};

// change: "rose $2.14 to $84.32" is two amounts; change_from: only before a
// "from" ("rise from £1,094 to £1,116"; "raise $5m to $10m" is a range).
enum class ModifierKind : int32_t { approx, at_least, at_most, range_start, change, change_from };

// The text seen by the amount grammar: pieces plus the folded text, for lookups.
struct PieceText {
  std::u16string_view text;
  std::u16string_view folded;
  const std::vector<Piece>* pieces;
  // Each piece's number in the phrase table (PhraseTable::number_pieces), or null: looked up on demand.
  const std::vector<uint32_t>* ids = nullptr;

  size_t size() const { return pieces->size(); }
  const Piece& operator[](size_t i) const { return (*pieces)[i]; }
  std::u16string_view folded_piece(size_t i) const { return folded.substr((*pieces)[i].start, (*pieces)[i].size()); }
  std::u16string_view original(size_t i) const { return text.substr((*pieces)[i].start, (*pieces)[i].size()); }
  // The two pieces touch: no white space between them.
  bool glued(size_t i) const { return i < size() && !(*pieces)[i].space_before; }
};

class PhraseTable {
 public:
  PhraseTable();
  static constexpr int32_t none = INT32_MIN;

  // The first phrase added wins when the same pieces are added twice with one kind.
  void add(PhraseKind kind, const std::vector<std::u16string>& pieces, int32_t payload);

  struct Match {
    size_t end = 0;  // one past the last piece; 0 when nothing matched
    int32_t payload = none;
    explicit operator bool() const { return end != 0; }
  };
  // The longest phrase of `kind` starting at piece `i`. Phrases do not cross line breaks.
  Match longest(PhraseKind kind, const PieceText& text, size_t i, size_t max_end = SIZE_MAX) const;
  // Kinds that a phrase starting at piece `i` could have (a bit per PhraseKind).
  uint32_t kinds_starting_at(const PieceText& text, size_t i) const;
  // Each piece's number among the pieces the table knows (0 for the others), once per text.
  void number_pieces(const PieceText& text, std::vector<uint32_t>& out) const;

  static constexpr uint32_t bit(PhraseKind kind) { return 1u << static_cast<unsigned>(kind); }

  // The image layout (lang/image.h): the pieces, the root's children, the deeper
  // edges as (key, next) pairs, and each node's kinds with only the payloads it
  // has (most of a node's payloads are `none`). The edge table is rebuilt.
  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    std::vector<Edge> edges;
    std::vector<uint32_t> subtree_kinds;
    std::vector<NodePayload> payloads;
    if constexpr (std::is_const_v<Self>) {
      for (const Edge& e : self.edges_)
        if (e.key != 0) edges.push_back(e);
      // By key, not by slot: a table grown edge by edge and one restored from an
      // image may hold the same edges in different slots, and must save the same bytes.
      std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return x.key < y.key; });
      for (uint32_t n = 0; n < self.nodes_.size(); ++n) {
        subtree_kinds.push_back(self.nodes_[n].subtree_kinds);
        for (uint32_t k = 0; k < self.nodes_[n].payload.size(); ++k)
          if (self.nodes_[n].payload[k] != none) payloads.push_back({n, k, self.nodes_[n].payload[k]});
      }
      a(self.pieces_, self.root_children_, edges, subtree_kinds, payloads);
    } else {
      a(self.pieces_, self.root_children_, edges, subtree_kinds, payloads);
      a.expect(self.restore(edges, subtree_kinds, payloads));
    }
  }

 private:
  struct Node {
    std::array<int32_t, static_cast<size_t>(PhraseKind::count)> payload;
    uint32_t subtree_kinds = 0;
  };
  uint32_t piece_id(const PieceText& text, size_t i) const {
    return text.ids ? (*text.ids)[i] : pieces_.find(text.folded_piece(i));
  }
  // The node after `node` by a piece, or nothing.
  const Node* child(uint32_t node, uint32_t piece) const;
  uint32_t find_edge(uint32_t node, uint32_t piece) const;
  void add_edge(uint32_t node, uint32_t piece, uint32_t next);
  static uint64_t edge(uint32_t node, uint32_t piece) { return (uint64_t{node} << 32) | piece; }
  static size_t edge_hash(uint64_t key) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32); }

  text::StringIds pieces_;
  // Children of the root, by piece number: the first lookup of every piece of
  // a text, so an array index. Deeper edges, far fewer, in an open-addressing
  // table of (node, piece) keys, at most half full.
  std::vector<uint32_t> root_children_;
  struct Edge {
    uint64_t key = 0;  // never 0 for a real edge: the node is not the root
    uint32_t next = 0;
    template <class Self, class Archive>
    static void io(Self& self, Archive& a) {
      a(self.key, self.next);
    }
  };
  struct NodePayload {
    uint32_t node = 0;
    uint32_t kind = 0;
    int32_t payload = none;
  };
  // After reading an image: rebuilds the nodes and the edge table, or false
  // (and an empty table) when what was read does not hold together.
  bool restore(const std::vector<Edge>& edges, const std::vector<uint32_t>& subtree_kinds,
               const std::vector<NodePayload>& payloads);
  std::vector<Edge> edges_;
  size_t edge_count_ = 0;
  std::vector<Node> nodes_;
};

}  // namespace dixit::amounts
