// The parser's vocabulary: every label, synonym and template family it
// recognises, loaded from config/vocabulary.yaml (built in) or a user file.
// Lookups take label keys (text::label_key: normalised, blanks removed).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/model.hpp"
#include "parse/parser.hpp"

namespace jxaudit::parse {

// Hash sets/maps looked up by string_view without building a std::string.
struct LabelHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using LabelSet = std::unordered_set<std::string, LabelHash, std::equal_to<>>;
template <typename V>
using LabelMap = std::unordered_map<std::string, V, LabelHash, std::equal_to<>>;

enum class ProjectField { code, name, year, implementing_unit, budget_unit };
enum class FundsColumn { initial_budget, full_year_budget, executed, points, execution_rate, score };
// `other`: a column the vocabulary does not know (its values are skipped).
enum class IndicatorColumn { target, actual, points, score, explanation, other };

struct Level2Entry {
  std::string name;  // canonical, e.g. 数量指标
};

struct Level1Entry {
  std::string name;  // canonical, e.g. 产出指标
};

// A level-1 label as read from a cell: "产出指标 (50分)".
struct Level1Label {
  std::size_t index = 0;          // into Vocabulary::level1
  std::optional<Decimal> points;  // from "(50分)"
};

struct TemplateFamily {
  std::string id;
  std::string title_suffix;      // "" = any
  std::optional<bool> has_code;  // nullopt = either
  LabelSet lacks;
};

class Vocabulary {
 public:
  // --- titles
  std::vector<std::string> title_suffixes;
  std::size_t title_max_length = 60;
  std::string year_line_suffix = "年度";

  // --- lookups by label key
  std::optional<ProjectField> project_field(std::string_view key) const { return find(project_, key); }
  bool ignored_project_label(std::string_view key) const { return ignored_project_.find(key) != ignored_project_.end(); }
  bool funds_section(std::string_view key) const { return funds_sections_.find(key) != funds_sections_.end(); }
  std::optional<FundsColumn> funds_column(std::string_view key) const { return find(funds_columns_, key); }
  // Strips a row prefix such as 其中: before looking the label up.
  std::optional<FundsKind> funds_row(std::string_view key) const;
  // "项目资金(元)" -> "元"; nullopt when the cell is not a unit label.
  std::optional<std::string> funds_unit(std::string_view key) const;
  bool goals_section(std::string_view key) const { return goals_sections_.find(key) != goals_sections_.end(); }
  bool goals_row_label(std::string_view key) const { return goals_row_labels_.find(key) != goals_row_labels_.end(); }
  bool goals_expected(std::string_view key) const { return goals_expected_.find(key) != goals_expected_.end(); }
  bool goals_actual(std::string_view key) const { return goals_actual_.find(key) != goals_actual_.end(); }
  bool indicator_section(std::string_view key) const { return indicator_sections_.find(key) != indicator_sections_.end(); }
  bool indicator_header_level1(std::string_view key) const { return header_level1_.find(key) != header_level1_.end(); }
  bool indicator_header_level2(std::string_view key) const { return header_level2_.find(key) != header_level2_.end(); }
  bool indicator_header_name(std::string_view key) const { return header_name_.find(key) != header_name_.end(); }
  std::optional<IndicatorColumn> indicator_column(std::string_view key) const { return find(indicator_columns_, key); }
  bool placeholder(std::string_view key) const { return placeholders_.find(key) != placeholders_.end(); }
  std::optional<Level1Label> level1_label(std::string_view key) const;
  // Canonical level-2 name for a spelling, with the level-1 group it belongs to.
  std::optional<std::pair<std::size_t, std::size_t>> level2_label(std::string_view key) const;
  bool total_label(std::string_view key) const { return total_labels_.find(key) != total_labels_.end(); }
  bool blank_value(std::string_view text) const { return blanks_.find(text) != blanks_.end(); }
  // Reads a numeric field: "99%" -> 99, "1,234.50" -> 1234.50; nullopt for blanks and text.
  std::optional<Decimal> number(std::string_view text) const;
  // True when the text is a number by itself (no suffix): "10", "9.83".
  static bool plain_number(std::string_view text) { return Decimal::parse(text).has_value(); }

  const std::vector<FundsColumn>& default_funds_columns() const { return default_funds_columns_; }
  const std::vector<IndicatorColumn>& default_indicator_columns() const { return default_indicator_columns_; }
  const std::vector<Level1Entry>& level1() const { return level1_; }
  const std::vector<std::vector<Level2Entry>>& level2() const { return level2_; }
  const std::vector<TemplateFamily>& templates() const { return templates_; }

 private:
  friend class VocabularyBuilder;
  template <typename E>
  static std::optional<E> find(const LabelMap<E>& m, std::string_view key) {
    const auto it = m.find(key);
    if (it == m.end()) return std::nullopt;
    return it->second;
  }

  LabelMap<ProjectField> project_;
  LabelSet ignored_project_;
  LabelSet funds_sections_;
  std::vector<std::string> unit_prefixes_;
  std::vector<std::string> units_;
  LabelMap<FundsColumn> funds_columns_;
  std::vector<FundsColumn> default_funds_columns_;
  std::vector<std::string> funds_row_prefixes_;
  LabelMap<FundsKind> funds_rows_;
  LabelSet goals_sections_, goals_row_labels_, goals_expected_, goals_actual_;
  LabelSet indicator_sections_, header_level1_, header_level2_, header_name_;
  LabelMap<IndicatorColumn> indicator_columns_;
  std::vector<IndicatorColumn> default_indicator_columns_;
  LabelSet placeholders_;
  std::vector<Level1Entry> level1_;
  LabelMap<std::size_t> level1_spellings_;
  std::vector<std::vector<Level2Entry>> level2_;  // per level-1 group
  LabelMap<std::pair<std::size_t, std::size_t>> level2_spellings_;
  LabelSet total_labels_;
  LabelSet blanks_;
  std::vector<std::string> number_suffixes_;
  std::vector<TemplateFamily> templates_;
};

// Parses vocabulary YAML text; `origin` names it in errors. nullptr when unusable.
std::shared_ptr<const Vocabulary> parse_vocabulary(const std::string& yaml_text, const std::string& origin,
                                                   std::vector<ConfigError>& errors);

}  // namespace jxaudit::parse
