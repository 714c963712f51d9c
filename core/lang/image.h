// A language's built lexicons as bytes, so that a build can make them once
// (tools/lexicon_image.cpp, run by the wasm build) and a page read them back
// in a few copies instead of parsing JSON, folding and cutting every word of
// the language at its first use.
//
// Each lexicon type states its layout once and both directions follow it:
//  - value types (default-constructible):
//      template <class Self, class Archive> static void io(Self& self, Archive& a) { a(self.x_, self.y_); }
//    Self is const when writing, so the writer cannot change what it saves;
//  - types built from a Language, or holding references to their siblings:
//      explicit X(image::Reader& in, deps...);  void save(image::Writer& out) const;
//    both written with a private io() of the same shape (in the type's header,
//    or in lang/image_layouts.cpp for the speech and speaker lexicons).
//
// An image is read by the build that wrote it: integers keep their native width
// and byte order. The reader checks every length against what is left, and a
// type's io() states what else must hold (a.expect(...)): a damaged image never
// makes it read past its end or allocate what the bytes claim, it reads as
// zeros from there on and reports !ok(). No exceptions: the wasm build cannot
// catch them.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace dixit::image {

// Plain data (numbers, enums, structs of them without padding) is copied as it
// lies in memory.
template <typename T>
constexpr bool is_plain = std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>;

class Writer {
 public:
  template <typename... T>
  void operator()(const T&... values) {
    (put(values), ...);
  }
  const std::string& bytes() const { return out_; }
  // What a reader checks; a writer writes what holds.
  bool expect(bool condition) const { return condition; }

 private:
  void raw(const void* data, size_t size) { out_.append(static_cast<const char*>(data), size); }
  void length(size_t n) {
    const auto n32 = static_cast<uint32_t>(n);
    if (n32 != n) throw std::length_error("dixit: a lexicon list is too long for an image");
    raw(&n32, sizeof n32);
  }
  void put(bool value) { put(static_cast<uint8_t>(value)); }
  template <typename T>
  void put(const T& value) {
    if constexpr (is_plain<T>) {
      raw(&value, sizeof value);
    } else if constexpr (requires { value.save(*this); }) {
      value.save(*this);
    } else {
      T::io(value, *this);
    }
  }
  template <typename C>
  void put(const std::basic_string<C>& s) {
    length(s.size());
    raw(s.data(), s.size() * sizeof(C));
  }
  template <typename T>
  void put(const std::vector<T>& items) {
    length(items.size());
    if constexpr (is_plain<T>) {
      raw(items.data(), items.size() * sizeof(T));
    } else {
      for (const auto& item : items) put(item);
    }
  }
  void put(const std::vector<bool>& bits) {
    length(bits.size());
    for (bool bit : bits) put(bit);
  }
  template <typename T, size_t N>
  void put(const std::array<T, N>& items) {
    for (const auto& item : items) put(item);
  }
  template <typename T>
  void put(const std::optional<T>& value) {
    put(value.has_value());
    if (value) put(*value);
  }
  template <typename T>
  void put(const std::unique_ptr<T>& value) {
    if (!value) throw std::logic_error("dixit: a lexicon without one of its parts cannot be saved");
    put(*value);
  }
  // In key order: the same map gives the same bytes whatever order it was filled in.
  template <typename K, typename V, typename H, typename E, typename A>
  void put(const std::unordered_map<K, V, H, E, A>& map) {
    std::vector<const typename std::unordered_map<K, V, H, E, A>::value_type*> entries;
    entries.reserve(map.size());
    for (const auto& entry : map) entries.push_back(&entry);
    std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->first < b->first; });
    length(entries.size());
    for (const auto* entry : entries) put(entry->first), put(entry->second);
  }

  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : at_(bytes.data()), end_(bytes.data() + bytes.size()) {}
  template <typename... T>
  void operator()(T&... values) {
    (get(values), ...);
  }
  // Every byte read, and everything expected held.
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == end_; }
  bool expect(bool condition) {
    if (!condition) ok_ = false;
    return condition;
  }

 private:
  void raw(void* data, size_t size) {
    if (!ok_ || size > static_cast<size_t>(end_ - at_)) {
      ok_ = false;
      if (size) std::memset(data, 0, size);
      return;
    }
    if (size) std::memcpy(data, at_, size);
    at_ += size;
  }
  // A count of items, each at least one byte: more than the bytes left is damage.
  size_t length() {
    uint32_t n = 0;
    raw(&n, sizeof n);
    return expect(n <= static_cast<size_t>(end_ - at_)) ? n : 0;
  }
  void get(bool& value) {
    uint8_t byte = 0;
    get(byte);
    value = byte != 0;
  }
  template <typename T>
  void get(T& value) {
    if constexpr (is_plain<T>) {
      raw(&value, sizeof value);
    } else {
      T::io(value, *this);
    }
  }
  template <typename C>
  void get(std::basic_string<C>& s) {
    s.resize(length());
    raw(s.data(), s.size() * sizeof(C));
  }
  template <typename T>
  void get(std::vector<T>& items) {
    const size_t n = length();
    if constexpr (is_plain<T>) {
      items.resize(n);
      raw(items.data(), n * sizeof(T));
    } else {
      items.clear();
      items.reserve(n);
      for (size_t i = 0; i < n; ++i) get(items.emplace_back());
    }
  }
  void get(std::vector<bool>& bits) {
    bits.assign(length(), false);
    for (size_t i = 0; i < bits.size(); ++i) {
      bool bit = false;
      get(bit);
      bits[i] = bit;
    }
  }
  template <typename T, size_t N>
  void get(std::array<T, N>& items) {
    for (auto& item : items) get(item);
  }
  template <typename T>
  void get(std::optional<T>& value) {
    bool present = false;
    get(present);
    if (!present) {
      value.reset();
      return;
    }
    get(value.emplace());
  }
  template <typename T>
  void get(std::unique_ptr<T>& value) {
    if constexpr (std::is_constructible_v<T, Reader&>) {
      value = std::make_unique<T>(*this);
    } else {
      value = std::make_unique<T>();
      get(*value);
    }
  }
  template <typename K, typename V, typename H, typename E, typename A>
  void get(std::unordered_map<K, V, H, E, A>& map) {
    const size_t n = length();
    map.clear();
    map.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      K key{};
      V value{};
      get(key);
      get(value);
      map.emplace(std::move(key), std::move(value));
    }
  }

  const char* at_;
  const char* end_;
  bool ok_ = true;
};

}  // namespace dixit::image
