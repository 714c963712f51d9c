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
    auto it = nodes_[node].children.find(std::u16string_view(piece));
    if (it == nodes_[node].children.end()) {
      uint32_t next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      nodes_.back().payload.fill(none);
      nodes_[node].children.emplace(piece, next);
      node = next;
    } else {
      node = it->second;
    }
    nodes_[node].subtree_kinds |= bit(kind);
  }
  auto& slot = nodes_[node].payload[static_cast<size_t>(kind)];
  if (slot == none) slot = payload;
}

const PhraseTable::Node* PhraseTable::child(const Node& node, std::u16string_view piece) const {
  auto it = node.children.find(piece);
  return it == node.children.end() ? nullptr : &nodes_[it->second];
}

PhraseTable::Match PhraseTable::longest(PhraseKind kind, const PieceText& text, size_t i, size_t max_end) const {
  Match best;
  const Node* node = &nodes_[0];
  for (size_t k = i; k < text.size() && k < max_end; ++k) {
    if (k > i && text[k].line_before) break;
    node = child(*node, text.folded_piece(k));
    if (!node || !(node->subtree_kinds & bit(kind))) break;
    int32_t payload = node->payload[static_cast<size_t>(kind)];
    if (payload != none) best = {k + 1, payload};
  }
  return best;
}

uint32_t PhraseTable::kinds_starting_at(const PieceText& text, size_t i) const {
  const Node* node = child(nodes_[0], text.folded_piece(i));
  return node ? node->subtree_kinds : 0;
}

}  // namespace dixit::amounts
