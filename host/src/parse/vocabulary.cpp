#include "parse/vocabulary.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <type_traits>

#include "config/yaml_check.hpp"
#include "parse/template_families.hpp"
#include "sdk_messages/sdk_tr.hpp"
#include "text/normalize.hpp"

namespace jxaudit::parse {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace

std::optional<FundsKind> Vocabulary::funds_row(std::string_view key, bool in_block) const {
  if (key.empty() || key.size() > max_key_length_ + 16) return std::nullopt;
  if (auto kind = find(funds_rows_, key)) return kind;
  std::string_view rest = key;
  for (const auto& prefix : funds_row_prefixes_) {
    if (!starts_with(key, prefix)) continue;
    rest = key.substr(prefix.size());
    if (starts_with(rest, ":")) rest.remove_prefix(1);
    if (auto kind = find(funds_rows_, rest)) return kind;
    break;
  }
  if (in_block && rest.size() <= 45) {
    for (const auto& suffix : funds_source_suffixes_)
      if (rest.size() > suffix.size() && ends_with(rest, suffix)) return FundsKind::source;
    // 彩票公益金用于医疗救助: a source label with what it is spent on.
    for (const auto& [label, kind] : funds_rows_)
      if (kind == FundsKind::source && rest.size() > label.size() && starts_with(rest, label)) return FundsKind::source;
  }
  return std::nullopt;
}

std::optional<std::string> Vocabulary::funds_header_unit(std::string_view key) const {
  // "(unit)" anywhere: 预算执行情况(万元)(20分) names its points after the unit.
  for (std::size_t open = key.find('('); open != std::string_view::npos; open = key.find('(', open + 1)) {
    const std::string_view rest = key.substr(open + 1);
    for (const auto& unit : units_)
      if (rest.size() > unit.size() && starts_with(rest, unit) && rest[unit.size()] == ')') return unit;
  }
  return std::nullopt;
}

std::optional<std::string> Vocabulary::funds_unit(std::string_view key) const {
  // Every unit label ends in "(unit)": most cells are rejected here, before the prefixes.
  if (key.empty() || key.back() != ')') return std::nullopt;
  for (const auto& prefix : unit_prefixes_) {
    if (!starts_with(key, prefix)) continue;
    // ends_with(key, "(" + unit + ")"), without building that string per cell.
    const std::string_view body = key.substr(0, key.size() - 1);
    for (const auto& unit : units_)
      if (body.size() > unit.size() && ends_with(body, unit) && body[body.size() - unit.size() - 1] == '(') return unit;
  }
  return std::nullopt;
}

namespace {

// "服务对象满意度指标等": a label that ends in 等 ("and the like") is the label.
std::string_view without_etc(std::string_view key) {
  constexpr std::string_view etc = "等";
  return key.size() > etc.size() && ends_with(key, etc) ? key.substr(0, key.size() - etc.size()) : key;
}

bool ascii_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<Level1Label> Vocabulary::level1_label(std::string_view key) const {
  std::string_view name = key;
  std::optional<Decimal> points;
  // "产出指标(50分)": the name, then the declared points in brackets.
  if (const auto open = key.find('('); open != std::string_view::npos && ends_with(key, ")")) {
    name = key.substr(0, open);
    std::string_view inner = key.substr(open + 1, key.size() - open - 2);
    if (!ends_with(inner, "分")) return std::nullopt;
    inner.remove_suffix(std::string_view("分").size());
    points = Decimal::parse(inner);
    if (!points) return std::nullopt;
    // "(50分)" alone: the group's name was lost, its points were not.
    if (name.empty()) return Level1Label{std::nullopt, points};
  }
  name = without_etc(name);
  if (!maybe_label(name)) return std::nullopt;
  const auto it = level1_spellings_.find(name);
  if (it == level1_spellings_.end()) return std::nullopt;
  return Level1Label{it->second, points};
}

std::optional<std::pair<std::size_t, std::size_t>> Vocabulary::level2_label(std::string_view key) const {
  key = without_etc(key);
  if (!maybe_label(key)) return std::nullopt;
  const auto it = level2_spellings_.find(key);
  if (it == level2_spellings_.end()) return std::nullopt;
  return it->second;
}

std::optional<IndicatorColumn> Vocabulary::indicator_column(std::string_view key) const {
  if (auto c = find(indicator_columns_, key)) return c;
  // "年初目标值(A)", "全年实际值(B)": the bracket names the quantity in a formula.
  if (const auto open = key.rfind('('); open != std::string_view::npos && open > 0 && ends_with(key, ")")) {
    const std::string_view inner = key.substr(open + 1, key.size() - open - 2);
    const bool formula = !inner.empty() && std::all_of(inner.begin(), inner.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '/' || c == '*' || c == '%' || c == '+' || c == '-';
    });
    if (formula)
      if (auto c = find(indicator_columns_, key.substr(0, open))) return c;
  }
  if (key.size() > max_key_length_ + 32) return std::nullopt;
  for (const auto& [fragment, column] : indicator_column_fragments_)
    if (key.find(fragment) != std::string_view::npos) return column;
  return std::nullopt;
}

bool Vocabulary::placeholder(std::string_view key) const {
  if (in(placeholders_, key)) return true;
  for (const auto& prefix : placeholder_prefixes_)
    if (starts_with(key, prefix) && ascii_digits(key.substr(prefix.size()))) return true;
  return false;
}

bool Vocabulary::level2_like(std::string_view key) const {
  key = without_etc(key);
  for (const auto& suffix : level2_suffixes_)
    if (key.size() > suffix.size() && ends_with(key, suffix)) return true;
  return false;
}

bool Vocabulary::breakdown_name(std::string_view key) const {
  for (const auto& prefix : breakdown_prefixes_)
    if (key.size() > prefix.size() && starts_with(key, prefix)) return true;
  return false;
}

std::optional<Decimal> Vocabulary::number(std::string_view text) const {
  if (text.empty() || blank_value(text)) return std::nullopt;
  if (auto d = Decimal::parse(text)) return d;
  return number_with_suffix(text);
}

std::optional<Decimal> Vocabulary::number_with_suffix(std::string_view text) const {
  for (const auto& suffix : number_suffixes_) {
    if (!ends_with(text, suffix)) continue;
    std::string_view rest = text.substr(0, text.size() - suffix.size());
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    if (auto d = Decimal::parse(rest)) return d;
  }
  return std::nullopt;
}

std::optional<std::pair<Decimal, std::string>> Vocabulary::funds_amount_with_unit(std::string_view text) const {
  for (const auto& [suffix, unit] : amount_suffixes_) {
    if (text.size() <= suffix.size() || !ends_with(text, suffix)) continue;
    std::string_view rest = text.substr(0, text.size() - suffix.size());
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    if (auto d = Decimal::parse(rest)) return std::make_pair(*d, unit);
    return std::nullopt;
  }
  return std::nullopt;
}

std::shared_ptr<const Vocabulary> Vocabulary::with_families(std::shared_ptr<const TemplateFamilies> families) const {
  auto copy = std::make_shared<Vocabulary>(*this);
  if (families) copy->families_ = std::move(families);
  return copy;
}

// Reads the YAML tree into a Vocabulary, collecting errors with positions.
class VocabularyBuilder {
 public:
  VocabularyBuilder(std::string origin, std::vector<ConfigError>& errors) : origin_(std::move(origin)), errors_(errors) {}

  std::shared_ptr<const Vocabulary> build(const YAML::Node& root) {
    auto v = std::make_shared<Vocabulary>();
    if (!root.IsMap()) {
      error(root, "", "the vocabulary must be a YAML map");
      return nullptr;
    }
    const std::size_t errors_before = errors_.size();
    const YAML::Node titles = section(root, "titles");
    v->title_suffixes = list(titles, "titles.suffixes");
    if (titles["max_length"]) v->title_max_length = titles["max_length"].as<std::size_t>(60);
    if (titles["year_line_suffix"]) v->year_line_suffix = titles["year_line_suffix"].as<std::string>("年度");
    v->title_side_labels = keys(list(titles, "titles.side_labels", false));
    if (const YAML::Node forms = titles["form_numbers"]; forms && forms.IsMap()) {
      v->form_number_labels = keys(list(forms, "titles.form_numbers.labels", false));
      for (const auto& pattern : keys(list(forms, "titles.form_numbers.numbered", false))) {
        const auto at = pattern.find("{n}");
        if (at == std::string::npos) {
          error(forms["numbered"], "titles.form_numbers.numbered", "'" + pattern + "' has no {n}");
          continue;
        }
        v->form_number_patterns.emplace_back(pattern.substr(0, at), pattern.substr(at + 3));
      }
    }

    const YAML::Node project = section(root, "project");
    add(v->project_, project, "project.code", ProjectField::code);
    add(v->project_, project, "project.name", ProjectField::name);
    add(v->project_, project, "project.year", ProjectField::year);
    add(v->project_, project, "project.implementing_unit", ProjectField::implementing_unit);
    add(v->project_, project, "project.budget_unit", ProjectField::budget_unit);
    set(v->ignored_project_, project, "project.ignored", false);
    if (const YAML::Node split = project["code_in_name"]; split && split.IsMap()) {
      v->code_in_name_min = split["min_length"].as<std::size_t>(0);
      v->code_in_name_max = split["max_length"].as<std::size_t>(0);
      if (split["separator"]) v->code_in_name_separator = split["separator"].as<std::string>("-");
      if (v->code_in_name_min == 0 || v->code_in_name_max < v->code_in_name_min || v->code_in_name_separator.empty())
        error(split, "project.code_in_name", "needs 0 < min_length <= max_length and a separator");
    }

    const YAML::Node funds = section(root, "funds");
    set(v->funds_sections_, funds, "funds.sections", false);
    v->unit_prefixes_ = keys(list(funds, "funds.unit_label_prefixes"));
    v->units_ = list(funds, "funds.units");
    const YAML::Node fcols = section(funds, "columns", "funds.");
    const std::pair<const char*, FundsColumn> funds_columns[] = {
        {"initial_budget", FundsColumn::initial_budget}, {"full_year_budget", FundsColumn::full_year_budget},
        {"executed", FundsColumn::executed},             {"points", FundsColumn::points},
        {"execution_rate", FundsColumn::execution_rate}, {"score", FundsColumn::score}};
    for (const auto& [name, column] : funds_columns) add(v->funds_columns_, fcols, std::string("funds.columns.") + name, column);
    // Optional: older vocabularies have no notes column.
    for (const auto& k : keys(list(fcols, "funds.columns.notes", false))) v->funds_columns_.emplace(k, FundsColumn::notes);
    for (const auto& name : list(funds, "funds.default_columns")) {
      bool known = false;
      for (const auto& [n, column] : funds_columns)
        if (name == n) { v->default_funds_columns_.push_back(column); known = true; }
      if (!known) error(funds["default_columns"], "funds.default_columns", "unknown funds column '" + name + "'");
    }
    v->funds_row_prefixes_ = keys(list(funds, "funds.row_prefixes", false));
    if (const YAML::Node suffixes = funds["amount_suffixes"]; suffixes) {
      if (!suffixes.IsMap()) error(suffixes, "funds.amount_suffixes", "'funds.amount_suffixes' must map a suffix to a unit");
      else
        for (const auto& entry : suffixes) {
          if (!entry.first.IsScalar() || !entry.second.IsScalar()) {
            error(suffixes, "funds.amount_suffixes", "'funds.amount_suffixes' must map a suffix to a unit");
            continue;
          }
          v->amount_suffixes_.emplace_back(text::normalize(entry.first.as<std::string>()), entry.second.as<std::string>());
        }
      std::stable_sort(v->amount_suffixes_.begin(), v->amount_suffixes_.end(),
                       [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    }
    const YAML::Node frows = section(funds, "rows", "funds.");
    add(v->funds_rows_, frows, "funds.rows.total", FundsKind::total);
    add(v->funds_rows_, frows, "funds.rows.current_appropriation", FundsKind::current_appropriation);
    add(v->funds_rows_, frows, "funds.rows.carryover", FundsKind::carryover);
    add(v->funds_rows_, frows, "funds.rows.other", FundsKind::other);
    if (frows["source"]) add(v->funds_rows_, frows, "funds.rows.source", FundsKind::source);
    for (const auto& p : list(funds, "funds.source_suffixes", false))
      v->funds_source_suffixes_.push_back(text::label_key(text::normalize(p)));

    const YAML::Node goals = section(root, "goals");
    set(v->goals_sections_, goals, "goals.sections", false);
    set(v->goals_row_labels_, goals, "goals.row_labels");
    set(v->goals_expected_, goals, "goals.expected");
    set(v->goals_actual_, goals, "goals.actual");

    const YAML::Node ind = section(root, "indicators");
    set(v->indicator_sections_, ind, "indicators.sections", false);
    const YAML::Node header = section(ind, "header", "indicators.");
    set(v->header_level1_, header, "indicators.header.level1");
    set(v->header_level2_, header, "indicators.header.level2");
    set(v->header_name_, header, "indicators.header.name");
    const YAML::Node icols = section(ind, "columns", "indicators.");
    const std::pair<const char*, IndicatorColumn> indicator_columns[] = {
        {"target", IndicatorColumn::target}, {"actual", IndicatorColumn::actual}, {"points", IndicatorColumn::points},
        {"score", IndicatorColumn::score},   {"explanation", IndicatorColumn::explanation},
        {"target_comparator", IndicatorColumn::target_comparator}, {"target_unit", IndicatorColumn::target_unit}};
    for (const auto& [name, column] : indicator_columns) {
      const bool required = column != IndicatorColumn::target_comparator && column != IndicatorColumn::target_unit;
      if (required || icols[name]) add(v->indicator_columns_, icols, std::string("indicators.columns.") + name, column);
    }
    // Columns whose values are never read (得分计算方法): known, so not reported.
    if (icols["ignored"]) add(v->indicator_columns_, icols, "indicators.columns.ignored", IndicatorColumn::other);
    if (const YAML::Node fragments = ind["column_fragments"]; fragments) {
      // A list of {fragment: column} pairs, tried in order.
      if (!fragments.IsSequence()) error(fragments, "indicators.column_fragments", "expected a list of {fragment: column}");
      for (const auto& entry : fragments) {
        if (!entry.IsMap() || entry.size() != 1) {
          error(entry, "indicators.column_fragments", "expected {fragment: column}");
          continue;
        }
        const auto fragment = text::label_key(text::normalize(entry.begin()->first.as<std::string>()));
        const auto column_name = entry.begin()->second.as<std::string>();
        bool known = false;
        for (const auto& [n, column] : indicator_columns)
          if (column_name == n) {
            v->indicator_column_fragments_.emplace_back(fragment, column);
            known = true;
          }
        if (column_name == "ignored") {
          v->indicator_column_fragments_.emplace_back(fragment, IndicatorColumn::other);
          known = true;
        }
        if (!known) error(entry, "indicators.column_fragments", "unknown indicator column '" + column_name + "'");
      }
    }
    for (const auto& p : list(ind, "indicators.placeholder_prefixes", false))
      v->placeholder_prefixes_.push_back(text::label_key(text::normalize(p)));
    for (const auto& p : list(ind, "indicators.level2_suffixes", false))
      v->level2_suffixes_.push_back(text::label_key(text::normalize(p)));
    for (const auto& p : list(ind, "indicators.breakdown_prefixes", false))
      v->breakdown_prefixes_.push_back(text::label_key(text::normalize(p)));
    for (const auto& c : list(ind, "indicators.comparators", false)) v->comparators_.insert(text::normalize(c));
    for (const auto& name : list(ind, "indicators.default_columns")) {
      bool known = false;
      for (const auto& [n, column] : indicator_columns)
        if (name == n) { v->default_indicator_columns_.push_back(column); known = true; }
      if (!known) error(ind["default_columns"], "indicators.default_columns", "unknown indicator column '" + name + "'");
    }
    set(v->placeholders_, ind, "indicators.placeholders", false);
    read_levels(*v, ind);

    set(v->total_labels_, section(root, "total"), "total.labels");
    set(v->indicator_total_labels_, section(root, "total"), "total.after_indicators", false);
    if (const YAML::Node footer = root["footer"]; footer && footer.IsMap())
      set(v->footer_labels_, footer, "footer.labels", false);
    const YAML::Node values = section(root, "values");
    for (const auto& b : list(values, "values.blanks", false)) v->blanks_.insert(text::normalize(b));
    v->number_suffixes_ = list(values, "values.number_suffixes", false);
    // Families moved to config/templates/ (one file each): an old vocabulary
    // that still lists them is told where they went, not silently ignored.
    if (const YAML::Node templates = root["templates"])
      error(templates, "templates",
            "template families are no longer part of the vocabulary: write one file per family "
            "(config/templates/*.yaml, docs/templates.md) and name them with `templates:` in jxaudit.yaml "
            "or `jxaudit parse --templates`");
    check_known_keys(root);
    if (errors_.size() != errors_before) return nullptr;
    v->families_ = builtin_template_families();
    v->max_key_length_ = longest_key(*v);
    return v;
  }

 private:
  // A misspelt key would otherwise be a silently empty list: every map of the
  // vocabulary names its keys here (`templates` has its own error above).
  void check_known_keys(const YAML::Node& root) {
    using Keys = std::vector<std::string>;
    const std::pair<const char*, Keys> maps[] = {
        {"", {"version", "titles", "project", "funds", "goals", "indicators", "total", "footer", "values", "templates"}},
        {"titles", {"suffixes", "max_length", "year_line_suffix", "side_labels", "form_numbers"}},
        {"titles.form_numbers", {"labels", "numbered"}},
        {"project", {"code", "name", "year", "implementing_unit", "budget_unit", "ignored", "code_in_name"}},
        {"project.code_in_name", {"min_length", "max_length", "separator"}},
        {"funds", {"sections", "unit_label_prefixes", "units", "columns", "amount_suffixes", "default_columns",
                   "row_prefixes", "rows", "source_suffixes"}},
        {"funds.columns", {"initial_budget", "full_year_budget", "executed", "points", "execution_rate", "score", "notes"}},
        {"funds.rows", {"total", "current_appropriation", "carryover", "other", "source"}},
        {"goals", {"sections", "row_labels", "expected", "actual"}},
        {"indicators", {"sections", "header", "columns", "column_fragments", "default_columns", "placeholders",
                        "placeholder_prefixes", "breakdown_prefixes", "level2_suffixes", "comparators", "level1"}},
        {"indicators.header", {"level1", "level2", "name"}},
        {"indicators.columns", {"target", "actual", "points", "score", "explanation", "target_comparator",
                                "target_unit", "ignored"}},
        {"total", {"labels", "after_indicators"}},
        {"footer", {"labels"}},
        {"values", {"blanks", "number_suffixes"}},
    };
    for (const auto& [path, allowed] : maps) {
      YAML::Node node;
      node.reset(root);  // reset rebinds; operator= would write into the tree
      for (std::string_view rest = path; !rest.empty() && node && node.IsMap();) {
        const auto dot = rest.find('.');
        const YAML::Node child = node[std::string(rest.substr(0, dot))];
        node.reset(child);
        rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
      }
      if (!node || !node.IsMap()) continue;  // a missing or wrong section is reported where it is read
      config::check_keys(origin_, node, allowed, *path ? std::string(path) + "." : std::string(), errors_);
    }
  }

  void error(const YAML::Node& node, const std::string& key, const std::string& message) {
    ConfigError e;
    e.file = origin_;
    if (node.IsDefined() && !node.IsNull()) {
      e.line = node.Mark().line + 1;
      e.column = node.Mark().column + 1;
    }
    e.key = key;
    e.message = message;
    errors_.push_back(std::move(e));
  }

  YAML::Node section(const YAML::Node& parent, const char* name, const std::string& prefix = "") {
    const YAML::Node node = parent[name];
    if (!node || !node.IsMap()) {
      error(parent, prefix + name, std::string("missing map '") + prefix + name + "'");
      return YAML::Node(YAML::NodeType::Map);
    }
    return node;
  }

  // The list at the last component of `dotted` under `parent`.
  std::vector<std::string> list(const YAML::Node& parent, const std::string& dotted, bool required = true) {
    const std::string name = dotted.substr(dotted.rfind('.') + 1);
    const YAML::Node node = parent[name];
    std::vector<std::string> out;
    if (!node) {
      if (required) error(parent, dotted, "missing list '" + dotted + "'");
      return out;
    }
    if (!node.IsSequence()) {
      error(node, dotted, "'" + dotted + "' must be a list of strings");
      return out;
    }
    for (const auto& item : node) {
      if (!item.IsScalar()) {
        error(item, dotted, "'" + dotted + "' must hold strings only");
        continue;
      }
      out.push_back(item.as<std::string>());
    }
    return out;
  }

  static std::vector<std::string> keys(const std::vector<std::string>& labels) {
    std::vector<std::string> out;
    for (const auto& l : labels) out.push_back(text::label_key(text::normalize(l)));
    return out;
  }

  void set(LabelSet& target, const YAML::Node& parent, const std::string& dotted, bool required = true) {
    for (const auto& k : keys(list(parent, dotted, required))) target.insert(k);
  }

  template <typename E>
  void add(LabelMap<E>& target, const YAML::Node& parent, const std::string& dotted, E value) {
    for (const auto& k : keys(list(parent, dotted))) target.emplace(k, value);
  }

  void read_levels(Vocabulary& v, const YAML::Node& ind) {
    const YAML::Node levels = ind["level1"];
    if (!levels || !levels.IsSequence()) {
      error(ind, "indicators.level1", "missing list 'indicators.level1'");
      return;
    }
    for (const auto& entry : levels) {
      if (!entry.IsMap() || !entry["name"]) {
        error(entry, "indicators.level1", "each level-1 entry needs a name");
        continue;
      }
      const std::size_t index = v.level1_.size();
      v.level1_.push_back({entry["name"].as<std::string>()});
      v.level2_.emplace_back();
      v.level1_spellings_.emplace(text::label_key(text::normalize(v.level1_.back().name)), index);
      for (const auto& k : keys(list(entry, "indicators.level1.synonyms", false))) v.level1_spellings_.emplace(k, index);
      const YAML::Node l2 = entry["level2"];
      if (!l2) continue;
      if (!l2.IsSequence()) {
        error(l2, "indicators.level1.level2", "level2 must be a list");
        continue;
      }
      for (const auto& e2 : l2) {
        if (!e2.IsMap() || !e2["name"]) {
          error(e2, "indicators.level1.level2", "each level-2 entry needs a name");
          continue;
        }
        const std::size_t index2 = v.level2_[index].size();
        v.level2_[index].push_back({e2["name"].as<std::string>()});
        v.level2_spellings_.emplace(text::label_key(text::normalize(v.level2_[index].back().name)),
                                    std::make_pair(index, index2));
        for (const auto& k : keys(list(e2, "indicators.level1.level2.synonyms", false)))
          v.level2_spellings_.emplace(k, std::make_pair(index, index2));
      }
    }
  }

  static std::size_t longest_key(const Vocabulary& v) {
    std::size_t n = 0;
    auto& bits = const_cast<Vocabulary&>(v).first_chars_;
    auto note = [&](const std::string& key) {
      n = std::max(n, key.size());
      if (key.empty()) return;
      const std::uint32_t c = Vocabulary::first_code_point(key) & 0xFFFFu;
      bits[c >> 6] |= std::uint64_t{1} << (c & 63);
    };
    auto over = [&note](const auto& container) {
      for (const auto& entry : container) {
        if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, std::string>) note(entry);
        else note(entry.first);
      }
    };
    over(v.project_); over(v.ignored_project_); over(v.funds_sections_); over(v.funds_columns_);
    over(v.funds_rows_); over(v.goals_sections_); over(v.goals_row_labels_); over(v.goals_expected_);
    over(v.goals_actual_); over(v.indicator_sections_); over(v.header_level1_); over(v.header_level2_);
    over(v.header_name_); over(v.indicator_columns_); over(v.placeholders_); over(v.level1_spellings_);
    over(v.level2_spellings_); over(v.total_labels_); over(v.indicator_total_labels_); over(v.footer_labels_);
    over(v.blanks_); over(v.comparators_);
    return n;
  }

  std::string origin_;
  std::vector<ConfigError>& errors_;
};

std::shared_ptr<const Vocabulary> parse_vocabulary(std::string_view yaml_text, const std::string& origin,
                                                   std::vector<ConfigError>& errors, const YamlLimits& limits) {
  const std::optional<YAML::Node> root = load_yaml_text(yaml_text, origin, errors, limits);
  if (!root) return nullptr;
  try {
    return VocabularyBuilder(origin, errors).build(*root);
  } catch (const YAML::Exception& e) {
    ConfigError err;
    err.file = origin;
    err.line = e.mark.line + 1;
    err.column = e.mark.column + 1;
    err.message = sdk_messages::yaml_cpp_message(e.msg);
    errors.push_back(std::move(err));
    return nullptr;
  }
}

}  // namespace jxaudit::parse
