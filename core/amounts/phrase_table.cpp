#include "amounts/phrase_table.h"

namespace dixit::amounts {

PhraseTable::PhraseTable() {
  nodes_.emplace_back();
  nodes_[0].payload.fill(none);
}

void PhraseTable::add(PhraseKind kind, const std::vector<std::u16string>& pieces, int32_t payload) {
  if (pieces.empty()) return;
  uint32_t node = 0;
  nodes_[0].subtree_kinds |= bit(kind);
  for (const auto& piece : pieces) {
    const uint64_t key = edge(node, pieces_.intern(piece));
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      const uint32_t next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      nodes_.back().payload.fill(none);
      edges_.emplace(key, next);
      node = next;
    } else {
      node = it->second;
    }
    nodes_[node].subtree_kinds |= bit(kind);
  }
  auto& slot = nodes_[node].payload[static_cast<size_t>(kind)];
  if (slot == none) slot = payload;
}

const PhraseTable::Node* PhraseTable::child(uint32_t node, uint32_t piece) const {
  if (piece == text::StringIds::unknown) return nullptr;
  auto it = edges_.find(edge(node, piece));
  return it == edges_.end() ? nullptr : &nodes_[it->second];
}

PhraseTable::Match PhraseTable::longest(PhraseKind kind, const PieceText& text, size_t i, size_t max_end) const {
  Match best;
  uint32_t at = 0;
  for (size_t k = i; k < text.size() && k < max_end; ++k) {
    if (k > i && text[k].line_before) break;
    const Node* node = child(at, piece_id(text, k));
    if (!node || !(node->subtree_kinds & bit(kind))) break;
    at = static_cast<uint32_t>(node - nodes_.data());
    int32_t payload = node->payload[static_cast<size_t>(kind)];
    if (payload != none) best = {k + 1, payload};
  }
  return best;
}

uint32_t PhraseTable::kinds_starting_at(const PieceText& text, size_t i) const {
  const Node* node = child(0, piece_id(text, i));
  return node ? node->subtree_kinds : 0;
}

void PhraseTable::number_pieces(const PieceText& text, std::vector<uint32_t>& out) const {
  out.resize(text.size());
  for (size_t i = 0; i < text.size(); ++i) out[i] = pieces_.find(text.folded_piece(i));
}

}  // namespace dixit::amounts
