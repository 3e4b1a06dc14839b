// Which family a table is: the match conditions against what the parser saw
// (TableShape), families tried from the highest priority down.
#include <algorithm>

#include "parse/template_families.hpp"

namespace jxaudit::parse {

namespace {

// A header cell carries a label when its key is the label, or the label with a
// bracketed remark: "分值(10分)" and "年初预算数(A)" carry 分值 / 年初预算数.
bool carries(std::string_view cell, std::string_view label) {
  if (!cell.starts_with(label)) return false;
  return cell.size() == label.size() || cell.substr(label.size()).starts_with("(");
}

bool header_has(const std::vector<std::string>& keys, const std::string& label) {
  return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return carries(k, label); });
}

template <typename T, typename Has>
bool header_holds(const HeaderCondition<T>& c, bool seen, Has has) {
  if (c.empty()) return true;
  if (!seen) return false;  // neither has nor lacks can be told without the header row
  return std::all_of(c.has.begin(), c.has.end(), has) &&
         std::none_of(c.lacks.begin(), c.lacks.end(), has);
}

template <typename E>
bool contains(const std::vector<E>& v, E e) {
  return std::find(v.begin(), v.end(), e) != v.end();
}

}  // namespace

bool MatchRule::holds(const TableShape& s) const {
  if (!title_suffixes.empty() &&
      std::none_of(title_suffixes.begin(), title_suffixes.end(), [&](const std::string& x) { return s.title.ends_with(x); }))
    return false;
  if (!title_contains.empty() &&
      std::none_of(title_contains.begin(), title_contains.end(),
                   [&](const std::string& x) { return s.title.find(x) != std::string::npos; }))
    return false;
  if (has_project_code && *has_project_code != s.has_project_code) return false;
  if (funds_caption_points && (!s.funds_caption_points || *s.funds_caption_points != *funds_caption_points))
    return false;
  if (indicator_caption_points &&
      (!s.indicator_caption_points || *s.indicator_caption_points != *indicator_caption_points))
    return false;
  if (!header_holds(funds_header, s.funds_header_seen,
                    [&](const std::string& l) { return header_has(s.funds_header_keys, l); }))
    return false;
  if (!header_holds(indicator_header, s.indicator_header_seen,
                    [&](const std::string& l) { return header_has(s.indicator_header_keys, l); }))
    return false;
  if (!header_holds(funds_columns, s.funds_header_seen, [&](FundsColumn c) { return contains(s.funds_columns, c); }))
    return false;
  if (!header_holds(indicator_columns, s.indicator_header_seen,
                    [&](IndicatorColumn c) { return contains(s.indicator_columns, c); }))
    return false;
  return true;
}

bool TemplateFamily::matches(const TableShape& shape) const {
  return std::any_of(match.begin(), match.end(), [&](const MatchRule& r) { return r.holds(shape); });
}

const TemplateFamily* TemplateFamilies::find(std::string_view id) const {
  for (const auto& f : families_)
    if (f.id == id) return &f;
  return nullptr;
}

const TemplateFamily& TemplateFamilies::fallback() {
  static const TemplateFamily unknown = [] {
    TemplateFamily f;
    f.id = "unknown";
    f.description = "no family matched: the default 10 + 90 scheme";
    f.priority = 0;
    f.origin = "<built-in fallback>";
    return f;
  }();
  return unknown;
}

const TemplateFamily& TemplateFamilies::match(const TableShape& shape) const {
  for (const auto& f : families_)
    if (f.matches(shape)) return f;
  return fallback();
}

}  // namespace jxaudit::parse
