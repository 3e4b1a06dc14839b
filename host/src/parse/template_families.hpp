// Template families as data: one YAML file per family (config/templates/*.yaml,
// compiled in; more from `templates:` in jxaudit.yaml or `parse --templates`).
// A family says which tables it is (`match`: conditions on what the parser saw
// of a table), which parts it does not have (`lacks`) and how it scores
// (`scoring`, Table::scoring). docs/templates.md is the reference.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/model.hpp"
#include "jxaudit/options.hpp"
#include "yaml/yaml_load.hpp"
#include "parse/vocabulary.hpp"

namespace jxaudit::parse {

// What the parser saw of one table, as the match conditions read it. Header
// keys are label keys (text::label_key: normalised, blanks removed).
struct TableShape {
  std::string title;  // label key of the title ("" for a title-less fragment)
  bool has_project_code = false;
  bool funds_header_seen = false;
  std::vector<std::string> funds_header_keys;  // every filled cell of the funds header row
  std::vector<FundsColumn> funds_columns;      // the roles the vocabulary gave them
  std::optional<Decimal> funds_caption_points; // 预算执行情况(20分)
  bool indicator_header_seen = false;
  std::vector<std::string> indicator_header_keys;
  std::vector<IndicatorColumn> indicator_columns;
  std::optional<Decimal> indicator_caption_points;  // 绩效指标(90分), 年度绩效目标(80分)
};

// `has` / `lacks` of one header row. A `lacks` holds only when that header
// row was seen: a table cut off before its indicator header lacks nothing.
template <typename T>
struct HeaderCondition {
  std::vector<T> has;
  std::vector<T> lacks;
  bool empty() const { return has.empty() && lacks.empty(); }
};

// One `match` map: every condition it states must hold (an empty map holds
// for every table).
struct MatchRule {
  std::vector<std::string> title_suffixes;  // any of them ends the title
  std::vector<std::string> title_contains;  // any of them is in the title
  std::optional<bool> has_project_code;
  std::optional<Decimal> funds_caption_points;
  std::optional<Decimal> indicator_caption_points;
  HeaderCondition<std::string> funds_header;      // label keys
  HeaderCondition<std::string> indicator_header;  // label keys
  HeaderCondition<FundsColumn> funds_columns;
  HeaderCondition<IndicatorColumn> indicator_columns;

  bool holds(const TableShape& shape) const;
};

struct TemplateFamily {
  std::string id;
  std::string description;
  int priority = 0;              // higher is tried first; unique among the loaded families
  std::vector<MatchRule> match;  // any one of them (`match` a list) or the only one (a map)
  std::unordered_set<std::string> lacks;  // part names (table_completeness.cpp)
  ScoringScheme scoring;
  std::string origin;  // the file (or built-in name) it was read from
  int line = 0;        // line of its `id`

  bool matches(const TableShape& shape) const;
};

// The part names `lacks` may list.
const std::vector<std::string>& known_parts();
// "points", "weight", "none".
const char* to_string(PointsColumn c);

// Reads one family file's text. nullopt when unusable; every problem is an
// error with origin:line:column and the key (unknown keys with did-you-mean).
std::optional<TemplateFamily> parse_template_family(std::string_view yaml_text, const std::string& origin,
                                                    std::vector<ConfigError>& errors, const YamlLimits& limits = {});

// The loaded families, highest priority first.
class TemplateFamilies {
 public:
  const std::vector<TemplateFamily>& in_order() const { return families_; }
  const TemplateFamily* find(std::string_view id) const;
  // The first family (by priority) whose match holds; a table no family
  // matches is `unknown` with the default scheme (ScoringScheme{}).
  const TemplateFamily& match(const TableShape& shape) const;
  // The family used when none matches.
  static const TemplateFamily& fallback();

 private:
  friend class TemplateFamiliesBuilder;
  std::vector<TemplateFamily> families_;
};

// Builds a TemplateFamilies from batches of families: a family whose id an
// earlier batch has replaces it (a note says so); the same id twice within one
// batch, or two families with one priority, is an error.
class TemplateFamiliesBuilder {
 public:
  void add_batch(std::vector<TemplateFamily> batch, std::vector<ConfigError>& errors, std::vector<ConfigError>& notes);
  std::shared_ptr<const TemplateFamilies> build(std::vector<ConfigError>& errors);

 private:
  std::vector<TemplateFamily> families_;
};

// The families of config/templates/*.yaml as of the build.
std::shared_ptr<const TemplateFamilies> builtin_template_families();

// The built-in families plus those of `paths` (a directory: its *.yaml and
// *.yml files in name order, hidden ones skipped; a file: that file). A user
// family with the id of a built-in one replaces it: `notes` (info) says so.
// nullptr when a file is unusable (errors with file:line).
std::shared_ptr<const TemplateFamilies> load_template_families(const std::vector<std::string>& paths,
                                                               std::vector<ConfigError>& errors,
                                                               std::vector<ConfigError>& notes,
                                                               const YamlLimits& limits = {});

}  // namespace jxaudit::parse
