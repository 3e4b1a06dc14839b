#include "plugins/rule_declarations.hpp"

#include <algorithm>
#include <set>
#include <utility>

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

// The arguments of an English text as its zh-CN twin names them: a fact that
// is text in both languages (the evaluator's reason) is {x} in zh-CN and
// {x_en} in English (jxaudit/rule.hpp, MessageArg).
// An English text showing both {x} and {x_en} is a mistake: a mismatch.
std::set<std::string> names_en(const std::string& text) {
  const std::set<std::string> raw = names(text);
  std::set<std::string> out;
  for (std::string name : raw) {
    if (name.size() > 3 && name.ends_with("_en") && raw.count(name.substr(0, name.size() - 3)) == 0)
      name.resize(name.size() - 3);
    out.insert(std::move(name));
  }
  return out;
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
      if (names(m.zh) != names_en(m.en))
        return fmt::format("rule '{}' message '{}': the zh-CN and English texts take different arguments", r.id, m.id);
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
