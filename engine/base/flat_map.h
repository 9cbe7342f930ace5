// A flat hash table for resolving a model's references (model/resolve.h): ids to entries, arrow ends to links.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace toc {

/// Maps keys (ids as std::string_view, or integers) to values, like std::unordered_map for the
/// operations resolving uses: emplace, find, iteration (in insertion order), reserve and
/// clear. Entries are never erased.
///
/// Why not std::unordered_map: a 100k-node model looks up both ends of about 180k arrows, and
/// each lookup there missed the cache three times (the bucket, the node it points to, and the
/// id's characters inside the model's Node), and found its bucket by a 64-bit division. Here a
/// lookup reads a slot in a small array of (hash, index) pairs, then one entry; an id key is a
/// copy kept in a buffer of this table's own, so a lookup never touches the strings the table
/// was built from.
template <typename Key, typename Value>
class FlatMap {
 public:
  using Entry = std::pair<Key, Value>;
  using iterator = Entry*;
  using const_iterator = const Entry*;

  void reserve(std::size_t count) {
    entries_.reserve(count);
    if (count * 2 > slots_.size()) rehash(count * 2);
  }

  void clear() {
    entries_.clear();
    slots_.assign(slots_.size(), Slot{});
    chunks_.clear();
    chunk_left_ = 0;
  }

  std::size_t size() const { return entries_.size(); }
  iterator begin() { return entries_.data(); }
  iterator end() { return entries_.data() + entries_.size(); }
  const_iterator begin() const { return entries_.data(); }
  const_iterator end() const { return entries_.data() + entries_.size(); }

  /// Adds `id` with `value` unless present; returns the entry and whether it was added.
  std::pair<iterator, bool> emplace(Key id, Value value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) rehash(std::max<std::size_t>(16, slots_.size() * 2));
    const std::uint64_t hash = hash_of(id);
    std::size_t at = probe(id, hash);
    if (slots_[at].index != 0) return {begin() + (slots_[at].index - 1), false};
    entries_.emplace_back(keep(id), std::move(value));
    slots_[at] = {static_cast<std::uint32_t>(hash >> 32), static_cast<std::uint32_t>(entries_.size())};
    return {end() - 1, true};
  }

  iterator find(Key id) { return const_cast<iterator>(std::as_const(*this).find(id)); }
  const_iterator find(Key id) const {
    if (slots_.empty()) return end();
    const std::size_t at = probe(id, hash_of(id));
    return slots_[at].index == 0 ? end() : begin() + (slots_[at].index - 1);
  }

 private:
  /// `index` is the entry's position + 1, so 0 marks an empty slot; `tag` is the hash's top half,
  /// compared before the id so a probe rarely reads an entry that is not the one sought.
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t index = 0;
  };

  static std::uint64_t hash_of(Key key) {
    if constexpr (std::is_same_v<Key, std::string_view>) {
      return std::hash<std::string_view>{}(key);
    } else {
      // std::hash of an integer is the integer itself; arrow ends (from << 32 | to) would then
      // crowd into neighbouring slots. splitmix64's finaliser spreads every bit.
      std::uint64_t x = static_cast<std::uint64_t>(key);
      x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
      x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
      return x ^ (x >> 31);
    }
  }

  /// The slot holding `id`, or the empty slot where it belongs (linear probing; never full).
  std::size_t probe(Key id, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.index == 0 || (slot.tag == tag && entries_[slot.index - 1].first == id)) return at;
    }
  }

  void rehash(std::size_t at_least) {
    std::size_t size = 16;
    while (size < at_least) size *= 2;
    slots_.assign(size, Slot{});
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
      const std::uint64_t hash = hash_of(entries_[i].first);
      std::size_t at = hash & (size - 1);
      while (slots_[at].index != 0) at = (at + 1) & (size - 1);
      slots_[at] = {static_cast<std::uint32_t>(hash >> 32), i + 1};
    }
  }

  /// The key to store: an id is copied into chunks that never move, so the views in entries_
  /// stay valid; other keys are stored as they are.
  Key keep(Key key) {
    if constexpr (std::is_same_v<Key, std::string_view>) {
      return copy(key);
    } else {
      return key;
    }
  }

  std::string_view copy(std::string_view id) {
    if (id.size() > chunk_left_) {
      const std::size_t size = std::max<std::size_t>(id.size(), 64 * 1024);
      chunks_.push_back(std::make_unique<char[]>(size));
      chunk_next_ = chunks_.back().get();
      chunk_left_ = size;
    }
    if (!id.empty()) std::memcpy(chunk_next_, id.data(), id.size());
    const std::string_view kept(chunk_next_, id.size());
    chunk_next_ += id.size();
    chunk_left_ -= id.size();
    return kept;
  }

  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* chunk_next_ = nullptr;
  std::size_t chunk_left_ = 0;
};

/// An id table: ids to entries (model/resolve.h).
template <typename Value>
using IdTable = FlatMap<std::string_view, Value>;

}  // namespace toc
