// The parser's vocabulary: every label and synonym it recognises, loaded from
// config/vocabulary.yaml (built in) or a user file, and the template families
// tables are matched against (config/templates/, parse/template_families.hpp).
// Lookups take label keys (text::label_key: normalised, blanks removed).
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/model.hpp"
#include "parse/parser.hpp"
#include "sdk/utf8.hpp"

namespace jxaudit::parse {

// Hash sets/maps looked up by string_view without building a std::string.
// The hash is cheap on purpose (lookups run for many cells of every row):
// labels are short, so length plus the first and last 8 bytes tell them apart
// well enough; equal_to decides, so a collision costs time, never correctness.
struct LabelHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    const std::size_t n = s.size();
    std::uint64_t head = 0, tail = 0;
    if (n >= 8) {
      std::memcpy(&head, s.data(), 8);
      std::memcpy(&tail, s.data() + n - 8, 8);
    } else if (n > 0) {
      std::memcpy(&head, s.data(), n);
    }
    std::uint64_t h = (head ^ (static_cast<std::uint64_t>(n) * 0x9E3779B97F4A7C15ULL)) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 29;
    return static_cast<std::size_t>(h);
  }
};
using LabelSet = std::unordered_set<std::string, LabelHash, std::equal_to<>>;
template <typename V>
using LabelMap = std::unordered_map<std::string, V, LabelHash, std::equal_to<>>;

enum class ProjectField { code, name, year, implementing_unit, budget_unit };
// `notes`: a text column (原因, 说明) beside the figures; never read as a number,
// and a filled cell under it does not make the row's values shift.
enum class FundsColumn { initial_budget, full_year_budget, executed, points, execution_rate, score, notes };
// `other`: a column the vocabulary does not know (its values are skipped).
// A target split over three cells (Sichuan 2023, Yunnan 2022: 指标性质 | 指标值 |
// 度量单位) has a target_comparator and a target_unit column around its target
// column; the three are read as one target, written as printed.
enum class IndicatorColumn { target, actual, points, score, explanation, other, target_comparator, target_unit };

struct Level2Entry {
  std::string name;  // canonical, e.g. 数量指标
};

struct Level1Entry {
  std::string name;  // canonical, e.g. 产出指标
};

// A level-1 label as read from a cell: "产出指标 (50分)".
struct Level1Label {
  // Into Vocabulary::level1; nullopt for a bare "(50分)" whose name the
  // export lost (Anhui 2022): the group is then known by its points only.
  std::optional<std::size_t> index;
  std::optional<Decimal> points;  // from "(50分)"
};

// The template families (config/templates/*.yaml, parse/template_families.hpp).
class TemplateFamilies;

class Vocabulary {
 public:
  // --- titles
  std::vector<std::string> title_suffixes;
  std::size_t title_max_length = 60;
  std::string year_line_suffix = "年度";
  // Label keys of `label:value` cells that may stand beside a title in its
  // row ("部门:永德县明朗中学"); any other cell there means it is no title.
  std::vector<std::string> title_side_labels;
  // Lines that only number the form, above or below a title: `label:…`
  // ("报表编号:510000_0013zp") or prefix + digits + suffix ("公开14表").
  std::vector<std::string> form_number_labels;
  std::vector<std::pair<std::string, std::string>> form_number_patterns;  // (prefix, suffix)

  // --- project header
  // 项目名称 "51000021R000000019951-工资性支出": a leading code of ASCII letters
  // and digits (at least one digit), this many characters, then the separator.
  // max 0: names are never split.
  std::size_t code_in_name_min = 0, code_in_name_max = 0;
  std::string code_in_name_separator = "-";

  // --- lookups by label key
  std::optional<ProjectField> project_field(std::string_view key) const { return find(project_, key); }
  bool ignored_project_label(std::string_view key) const { return in(ignored_project_, key); }
  bool funds_section(std::string_view key) const { return in(funds_sections_, key); }
  std::optional<FundsColumn> funds_column(std::string_view key) const { return find(funds_columns_, key); }
  // A unit named anywhere in a funds header cell, e.g. 年度预算数(万元): the
  // header row is already known to be the funds block's, so no prefix is needed.
  std::optional<std::string> funds_header_unit(std::string_view key) const;
  // Strips a row prefix such as 其中: before looking the label up. Inside the
  // funds block (`in_block`), a short label ending in a funds.source_suffixes
  // entry (中央财政资金, 县级资金, 中央、省、市补助) is a `source` row.
  std::optional<FundsKind> funds_row(std::string_view key, bool in_block = false) const;
  // "项目资金(元)" -> "元"; nullopt when the cell is not a unit label.
  std::optional<std::string> funds_unit(std::string_view key) const;
  bool goals_section(std::string_view key) const { return in(goals_sections_, key); }
  bool goals_row_label(std::string_view key) const { return in(goals_row_labels_, key); }
  bool goals_expected(std::string_view key) const { return in(goals_expected_, key); }
  bool goals_actual(std::string_view key) const { return in(goals_actual_, key); }
  bool indicator_section(std::string_view key) const { return in(indicator_sections_, key); }
  bool indicator_header_level1(std::string_view key) const { return in(header_level1_, key); }
  bool indicator_header_level2(std::string_view key) const { return in(header_level2_, key); }
  bool indicator_header_name(std::string_view key) const { return in(header_name_, key); }
  // The column a header label names: the label itself, the label without a
  // bracketed formula ("实际完成值(B)", "执行率(B/A)"), or the first of
  // indicators.column_fragments the label contains ("全年实际完成值" -> actual).
  std::optional<IndicatorColumn> indicator_column(std::string_view key) const;
  // A template slot: one of indicators.placeholders, or a placeholder prefix
  // followed by digits only ("指标2", "指标2:" — the key has no trailing colon).
  bool placeholder(std::string_view key) const;
  // A cell that reads as a level-2 category although the vocabulary does not
  // name it: it ends in one of indicators.level2_suffixes (经济成本指标).
  bool level2_like(std::string_view key) const;
  // An indicator name that starts a breakdown row (其中…).
  bool breakdown_name(std::string_view key) const;
  // A cell holding only a comparator (≥, ≦, ═, 不低于 …): the 指标性质 of a split target.
  bool comparator(std::string_view text) const { return in(comparators_, text); }
  std::optional<Level1Label> level1_label(std::string_view key) const;
  // Canonical level-2 name for a spelling, with the level-1 group it belongs to.
  std::optional<std::pair<std::size_t, std::size_t>> level2_label(std::string_view key) const;
  bool total_label(std::string_view key) const { return in(total_labels_, key); }
  // A total label only below the indicator header ("合计", a funds row label above it).
  bool indicator_total_label(std::string_view key) const { return in(indicator_total_labels_, key); }
  // A footer row label: the key, or its "label:" prefix ("项目负责人:查小兵").
  bool footer_label(std::string_view key) const {
    return in(footer_labels_, key) || (key.find(':') != std::string_view::npos && in(footer_labels_, key.substr(0, key.find(':'))));
  }
  bool blank_value(std::string_view text) const { return in(blanks_, text); }
  // Reads a numeric field: "99%" -> 99, "1,234.50" -> 1234.50; nullopt for blanks and text.
  std::optional<Decimal> number(std::string_view text) const;
  // number() for a text already known to be non-empty, not blank and not a
  // plain number: only the suffixed forms ("10分", "99 %") remain.
  std::optional<Decimal> number_with_suffix(std::string_view text) const;
  // An amount cell that carries its unit: "3359.62万" -> (3359.62, 万元),
  // by funds.amount_suffixes; nullopt when the text has none of them.
  std::optional<std::pair<Decimal, std::string>> funds_amount_with_unit(std::string_view text) const;
  // True when the text is a number by itself (no suffix): "10", "9.83".
  static bool plain_number(std::string_view text) { return Decimal::parse(text).has_value(); }

  const std::vector<FundsColumn>& default_funds_columns() const { return default_funds_columns_; }
  const std::vector<IndicatorColumn>& default_indicator_columns() const { return default_indicator_columns_; }
  const std::vector<Level1Entry>& level1() const { return level1_; }
  const std::vector<std::vector<Level2Entry>>& level2() const { return level2_; }
  // The template families tables are matched against: the built-in ones
  // unless with_families() attached others.
  const TemplateFamilies& families() const { return *families_; }
  // A copy of this vocabulary that matches tables against `families`.
  std::shared_ptr<const Vocabulary> with_families(std::shared_ptr<const TemplateFamilies> families) const;

 private:
  friend class VocabularyBuilder;
  template <typename E>
  std::optional<E> find(const LabelMap<E>& m, std::string_view key) const {
    if (!maybe_label(key)) return std::nullopt;
    const auto it = m.find(key);
    if (it == m.end()) return std::nullopt;
    return it->second;
  }

  bool in(const LabelSet& set, std::string_view key) const { return maybe_label(key) && set.find(key) != set.end(); }

  // A cheap filter before hashing: labels are short and start with one of
  // few characters (most cells are running text or indicator names).
  bool maybe_label(std::string_view key) const {
    if (key.empty() || key.size() > max_key_length_) return false;
    const std::uint32_t c = first_code_point(key) & 0xFFFFu;
    return (first_chars_[c >> 6] >> (c & 63)) & 1u;
  }
  // Of a non-empty key.
  static std::uint32_t first_code_point(std::string_view s) { return utf8::at(s, 0).value; }
  std::uint64_t first_chars_[1024] = {};  // bit set over the low 16 bits of label first characters

  // Longest label key (bytes): longer cells are running text, never looked up.
  std::size_t max_key_length_ = 0;
  LabelMap<ProjectField> project_;
  LabelSet ignored_project_;
  LabelSet funds_sections_;
  std::vector<std::string> unit_prefixes_;
  std::vector<std::string> units_;
  LabelMap<FundsColumn> funds_columns_;
  std::vector<FundsColumn> default_funds_columns_;
  std::vector<std::string> funds_row_prefixes_;
  LabelMap<FundsKind> funds_rows_;
  std::vector<std::string> funds_source_suffixes_;
  LabelSet goals_sections_, goals_row_labels_, goals_expected_, goals_actual_;
  LabelSet indicator_sections_, header_level1_, header_level2_, header_name_;
  LabelMap<IndicatorColumn> indicator_columns_;
  std::vector<IndicatorColumn> default_indicator_columns_;
  LabelSet placeholders_;
  std::vector<std::string> placeholder_prefixes_;
  std::vector<std::string> breakdown_prefixes_;
  std::vector<std::string> level2_suffixes_;
  std::vector<std::pair<std::string, IndicatorColumn>> indicator_column_fragments_;  // in YAML order
  LabelSet comparators_;
  std::vector<Level1Entry> level1_;
  LabelMap<std::size_t> level1_spellings_;
  std::vector<std::vector<Level2Entry>> level2_;  // per level-1 group
  LabelMap<std::pair<std::size_t, std::size_t>> level2_spellings_;
  LabelSet total_labels_, indicator_total_labels_;
  LabelSet footer_labels_;
  LabelSet blanks_;
  std::vector<std::string> number_suffixes_;
  std::vector<std::pair<std::string, std::string>> amount_suffixes_;  // (suffix, unit), longest suffix first
  std::shared_ptr<const TemplateFamilies> families_;  // never null once built
};

// Parses vocabulary YAML text; `origin` names it in errors. nullptr when unusable
// (including a duplicate key or text over `limits`: yaml/yaml_load.hpp).
std::shared_ptr<const Vocabulary> parse_vocabulary(std::string_view yaml_text, const std::string& origin,
                                                   std::vector<ConfigError>& errors, const YamlLimits& limits = {});

}  // namespace jxaudit::parse
