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
    const uint32_t id = pieces_.intern(piece);
    uint32_t next = find_edge(node, id);
    if (next == 0) {
      next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      nodes_.back().payload.fill(none);
      add_edge(node, id, next);
    }
    node = next;
    nodes_[node].subtree_kinds |= bit(kind);
  }
  auto& slot = nodes_[node].payload[static_cast<size_t>(kind)];
  if (slot == none) slot = payload;
}

uint32_t PhraseTable::find_edge(uint32_t node, uint32_t piece) const {
  if (node == 0) return piece < root_children_.size() ? root_children_[piece] : 0;
  if (edges_.empty()) return 0;
  const uint64_t key = edge(node, piece);
  const size_t mask = edges_.size() - 1;
  for (size_t at = edge_hash(key) & mask;; at = (at + 1) & mask) {
    if (edges_[at].key == key) return edges_[at].next;
    if (edges_[at].key == 0) return 0;
  }
}

void PhraseTable::add_edge(uint32_t node, uint32_t piece, uint32_t next) {
  if (node == 0) {
    if (piece >= root_children_.size()) root_children_.resize(piece + 1, 0);
    root_children_[piece] = next;
    return;
  }
  if ((edge_count_ + 1) * 2 > edges_.size()) {
    std::vector<Edge> old(edges_.empty() ? 64 : edges_.size() * 2);
    old.swap(edges_);
    const size_t mask = edges_.size() - 1;
    for (const Edge& e : old) {
      if (e.key == 0) continue;
      size_t at = edge_hash(e.key) & mask;
      while (edges_[at].key != 0) at = (at + 1) & mask;
      edges_[at] = e;
    }
  }
  const uint64_t key = edge(node, piece);
  const size_t mask = edges_.size() - 1;
  size_t at = edge_hash(key) & mask;
  while (edges_[at].key != 0) at = (at + 1) & mask;
  edges_[at] = {key, next};
  ++edge_count_;
}

bool PhraseTable::restore(const std::vector<Edge>& edges, const std::vector<uint32_t>& subtree_kinds,
                          const std::vector<NodePayload>& payloads) {
  const size_t node_count = subtree_kinds.size();
  bool held = node_count > 0;
  auto bad = [&](bool condition) {
    if (condition) held = false;
    return condition;
  };
  nodes_.assign(node_count, Node{});
  for (size_t n = 0; n < node_count; ++n) {
    nodes_[n].payload.fill(none);
    nodes_[n].subtree_kinds = subtree_kinds[n];
  }
  for (const NodePayload& p : payloads)
    if (!bad(p.node >= node_count || p.kind >= static_cast<uint32_t>(PhraseKind::count)))
      nodes_[p.node].payload[p.kind] = p.payload;
  for (uint32_t next : root_children_) bad(next >= node_count);
  edges_.clear();
  edge_count_ = 0;
  for (const Edge& e : edges) {
    const uint32_t node = static_cast<uint32_t>(e.key >> 32);
    if (!bad(node == 0 || node >= node_count || e.next == 0 || e.next >= node_count ||
             static_cast<uint32_t>(e.key) > pieces_.size() || find_edge(node, static_cast<uint32_t>(e.key)) != 0))
      add_edge(node, static_cast<uint32_t>(e.key), e.next);
  }
  if (!held) *this = PhraseTable();
  return held;
}

const PhraseTable::Node* PhraseTable::child(uint32_t node, uint32_t piece) const {
  if (piece == text::StringIds::unknown) return nullptr;
  const uint32_t next = find_edge(node, piece);
  return next == 0 ? nullptr : &nodes_[next];
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
