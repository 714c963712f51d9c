// Numbers for the strings of a lexicon, looked up by view without allocating:
// open addressing over FNV-1a hashes of the UTF-16 units. Faster than the
// standard unordered containers here, and the same on every standard library
// (libc++ in wasm, libstdc++ natively).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace dixit::text {

class StringIds {
 public:
  static constexpr uint32_t unknown = 0;

  // The string's number (1, 2, ...), adding it when new.
  uint32_t intern(std::u16string_view s) {
    const uint32_t h = hash(s);
    if (uint32_t id = find(s, h)) return id;
    if ((size() + 1) * 2 > slots_.size()) grow();
    chars_.append(s);
    ends_.push_back(static_cast<uint32_t>(chars_.size()));
    const uint32_t id = static_cast<uint32_t>(size());
    place(id, h);
    return id;
  }
  uint32_t find(std::u16string_view s) const { return find(s, hash(s)); }
  size_t size() const { return ends_.size(); }
  std::u16string_view string(uint32_t id) const {
    const uint32_t begin = id == 1 ? 0 : ends_[id - 2];
    return std::u16string_view(chars_).substr(begin, ends_[id - 1] - begin);
  }

  // The image layout (lang/image.h): the strings end to end and where each
  // ends. The slots, at most half full, would double the image; reading hashes
  // each string once.
  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    a(self.chars_, self.ends_);
    if constexpr (!std::is_const_v<Self>) {
      uint32_t previous = 0;
      const bool ordered = std::all_of(self.ends_.begin(), self.ends_.end(), [&](uint32_t end) {
        const bool ok = end >= previous && end <= self.chars_.size();
        previous = end;
        return ok;
      });
      if (!a.expect(ordered && previous == self.chars_.size())) {
        self = StringIds();
        return;
      }
      size_t slots = 64;
      while (slots < (self.size() + 1) * 2) slots *= 2;
      self.slots_.assign(slots, Slot{});
      for (uint32_t id = 1; id <= self.size(); ++id) self.place(id, hash(self.string(id)));
    }
  }

 private:
  uint32_t find(std::u16string_view s, uint32_t h) const {
    if (slots_.empty()) return unknown;
    const size_t mask = slots_.size() - 1;
    for (size_t at = h & mask;; at = (at + 1) & mask) {
      const Slot slot = slots_[at];
      if (slot.id == unknown) return unknown;
      // The stored hash settles most probes without touching the string.
      if (slot.hash == h && string(slot.id) == s) return slot.id;
    }
  }
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
  // The slots keep their hashes: growing moves them without hashing a string again.
  void grow() {
    std::vector<Slot> old(slots_.empty() ? 64 : slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& slot : old)
      if (slot.id != unknown) place(slot.id, slot.hash);
  }

  // Every string end to end, and where each ends: one allocation, and a probe
  // compares in place instead of following a pointer per string.
  std::u16string chars_;
  std::vector<uint32_t> ends_;
  std::vector<Slot> slots_;  // a power of two, at most half full
};

}  // namespace dixit::text
