#include "plugins/rule_declarations.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace jxaudit::plugins {
namespace {

bool kebab_case(const std::string& id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::set<std::string> names(const std::string& text) {
  const auto list = placeholders(text);
  return {list.begin(), list.end()};
}

}  // namespace

std::string check_rule_declarations(const std::vector<RuleInfo>& rules) {
  std::set<std::string> ids;
  for (const auto& r : rules) {
    if (!kebab_case(r.id)) return fmt::format("rule id '{}' is not kebab-case (a-z, 0-9, '-')", r.id);
    if (!ids.insert(r.id).second) return fmt::format("rule '{}' is declared twice", r.id);
  }
  for (const auto& r : rules) {
    std::set<std::string> messages;
    for (const auto& m : r.messages) {
      if (!messages.insert(m.id).second) return fmt::format("rule '{}' declares message '{}' twice", r.id, m.id);
      // The English twin may leave out a detail the zh-CN text gives (the
      // terms of a sum the zh-CN text spells out), never take an argument the
      // zh-CN text does not: that is a misspelt placeholder.
      const auto zh = names(m.zh);
      const auto en = names(m.en);
      if (!std::includes(zh.begin(), zh.end(), en.begin(), en.end()))
        return fmt::format("rule '{}' message '{}': the English text takes an argument the zh-CN text does not",
                           r.id, m.id);
    }
    for (const auto& by : r.suppressed_by) {
      if (by == r.id) return fmt::format("rule '{}' is suppressed by itself", r.id);
      if (ids.count(by) == 0)
        return fmt::format("rule '{}' is suppressed by '{}', which the plugin does not declare", r.id, by);
    }
  }
  return "";
}

}  // namespace jxaudit::plugins
