// Numbers for the strings of a lexicon, looked up by view without allocating:
// open addressing over FNV-1a hashes of the UTF-16 units. Faster than the
// standard unordered containers here, and the same on every standard library
// (libc++ in wasm, libstdc++ natively).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dixit::text {

class StringIds {
 public:
  static constexpr uint32_t unknown = 0;

  // The string's number (1, 2, ...), adding it when new.
  uint32_t intern(std::u16string_view s) {
    if (uint32_t id = find(s)) return id;
    if ((strings_.size() + 1) * 2 > slots_.size()) grow();
    strings_.emplace_back(s);
    const uint32_t id = static_cast<uint32_t>(strings_.size());
    place(id, hash(s));
    return id;
  }
  uint32_t find(std::u16string_view s) const {
    if (slots_.empty()) return unknown;
    const uint32_t h = hash(s);
    const size_t mask = slots_.size() - 1;
    for (size_t at = h & mask;; at = (at + 1) & mask) {
      const Slot slot = slots_[at];
      if (slot.id == unknown) return unknown;
      // The stored hash settles most probes without touching the string.
      if (slot.hash == h && strings_[slot.id - 1] == s) return slot.id;
    }
  }
  size_t size() const { return strings_.size(); }
  const std::u16string& string(uint32_t id) const { return strings_[id - 1]; }

 private:
  struct Slot {
    uint32_t id = unknown;
    uint32_t hash = 0;
  };
  static uint32_t hash(std::u16string_view s) {
    uint32_t h = 2166136261u;
    for (char16_t c : s) h = (h ^ c) * 16777619u;
    return h;
  }
  void place(uint32_t id, uint32_t h) {
    const size_t mask = slots_.size() - 1;
    size_t at = h & mask;
    while (slots_[at].id != unknown) at = (at + 1) & mask;
    slots_[at] = {id, h};
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
    for (uint32_t id = 1; id <= strings_.size(); ++id) place(id, hash(strings_[id - 1]));
  }

  std::vector<std::u16string> strings_;
  std::vector<Slot> slots_;  // a power of two, at most half full
};

}  // namespace dixit::text
