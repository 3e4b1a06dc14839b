// Compile-time checks of a declaration table (parser_rules.cpp,
// host_rules.cpp): entry i declares enum value i, no id twice. So the enum
// and the table cannot drift apart, and declared(rule) is an index.
#pragma once

#include <array>
#include <cstddef>

#include "builtin_rules/builtin_rules.hpp"

namespace jxaudit::builtin_rules {

template <class Entry, std::size_t N>
constexpr bool in_declaration_order(const std::array<Entry, N>& entries) {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(entries[i].rule) != i) return false;
  return true;
}

template <class Entry, std::size_t N>
constexpr bool ids_unique(const std::array<Entry, N>& entries) {
  for (std::size_t i = 0; i < N; ++i) {
    if (entries[i].declared.id.empty()) return false;
    for (std::size_t j = i + 1; j < N; ++j)
      if (entries[i].declared.id == entries[j].declared.id) return false;
  }
  return true;
}

template <class Entry, std::size_t N>
constexpr std::array<RuleSpec, N> rules_of(const std::array<Entry, N>& entries) {
  std::array<RuleSpec, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = entries[i].declared;
  return out;
}

}  // namespace jxaudit::builtin_rules
