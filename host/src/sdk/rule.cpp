#include "jxaudit/rule.hpp"

#include <stdexcept>

namespace jxaudit {

RuleInfo to_rule_info(const RuleSpec& spec) {
  RuleInfo info;
  info.id = std::string(spec.id);
  info.severity = spec.severity;
  info.summary = std::string(spec.summary);
  info.summary_zh = std::string(spec.summary_zh);
  info.doc = std::string(spec.doc);
  info.doc_zh = std::string(spec.doc_zh);
  for (const auto& m : spec.messages) info.messages.push_back({std::string(m.id), std::string(m.zh), std::string(m.en)});
  for (const auto& o : spec.options) info.options.emplace_back(o);
  for (const auto& s : spec.suppressed_by) info.suppressed_by.emplace_back(s);
  return info;
}

std::vector<RuleInfo> to_rule_infos(std::span<const RuleSpec* const> specs) {
  std::vector<RuleInfo> out;
  out.reserve(specs.size());
  for (const RuleSpec* spec : specs) out.push_back(to_rule_info(*spec));
  return out;
}

const MessageSpec* find_message(const RuleSpec& spec, std::string_view id) {
  for (const auto& m : spec.messages)
    if (m.id == id) return &m;
  return nullptr;
}

namespace {

// The placeholder starting at text[open] ('{'), or npos when it is not one:
// a name is ASCII letters, digits, '-' and '_' (Chinese text's own braces,
// rare as they are, stay text).
std::size_t placeholder_end(std::string_view text, std::size_t open) {
  std::size_t i = open + 1;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '}') return i > open + 1 ? i : std::string_view::npos;
    const bool name_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '_';
    if (!name_char) return std::string_view::npos;
    ++i;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    const std::size_t end = placeholder_end(text, i);
    if (end == std::string_view::npos) continue;
    out.emplace_back(text.substr(i + 1, end - i - 1));
    i = end;
  }
  return out;
}

std::string fill_message(std::string_view text, MessageArgs args, MessageLanguage language) {
  std::string out;
  out.reserve(text.size() + 32);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t end = text[i] == '{' ? placeholder_end(text, i) : std::string_view::npos;
    if (end == std::string_view::npos) {
      out += text[i];
      continue;
    }
    const std::string_view name = text.substr(i + 1, end - i - 1);
    const MessageArg* arg = nullptr;
    for (const auto& a : args)
      if (a.name == name) arg = &a;
    if (arg == nullptr) throw std::logic_error("message argument {" + std::string(name) + "} not given");
    out += arg->localized && language == MessageLanguage::en ? arg->value_en : arg->value;
    i = end;
  }
  return out;
}

}  // namespace jxaudit
