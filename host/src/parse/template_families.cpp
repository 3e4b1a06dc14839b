// Reading one template family file (config/templates/<id>.yaml): every key
// checked (a misspelt one is an error with file:line and did-you-mean), every
// value typed. docs/templates.md describes the format.
#include "parse/template_families.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "config/did_you_mean.hpp"
#include "config/yaml_check.hpp"
#include "i18n/tr.hpp"
#include "sdk_messages/sdk_tr.hpp"
#include "text/normalize.hpp"

namespace jxaudit::parse {

namespace {

using config::check_keys;
using config::error_at;

const std::vector<std::string> kTopKeys{"id", "description", "priority", "match", "lacks", "scoring"};
const std::vector<std::string> kMatchKeys{"title-suffix",         "title-contains",     "has-project-code",
                                          "funds-caption-points", "indicator-caption-points",
                                          "funds-header",         "indicator-header",   "funds-columns",
                                          "indicator-columns"};
const std::vector<std::string> kHasLacksKeys{"has", "lacks"};
const std::vector<std::string> kScoringKeys{"funds-points", "indicator-points", "points-column", "scored",
                                            "funds-score-capped", "total-row-score"};
const std::vector<std::string> kPointsColumns{"points", "weight", "none"};

// Model column names as written in `funds-columns` / `indicator-columns`.
const std::vector<std::pair<std::string, FundsColumn>> kFundsColumns{
    {"initial_budget", FundsColumn::initial_budget}, {"full_year_budget", FundsColumn::full_year_budget},
    {"executed", FundsColumn::executed},             {"points", FundsColumn::points},
    {"execution_rate", FundsColumn::execution_rate}, {"score", FundsColumn::score},
    {"notes", FundsColumn::notes}};
const std::vector<std::pair<std::string, IndicatorColumn>> kIndicatorColumns{
    {"target", IndicatorColumn::target}, {"actual", IndicatorColumn::actual},
    {"points", IndicatorColumn::points}, {"score", IndicatorColumn::score},
    {"explanation", IndicatorColumn::explanation}, {"target_comparator", IndicatorColumn::target_comparator},
    {"target_unit", IndicatorColumn::target_unit}};

template <typename E>
std::vector<std::string> names_of(const std::vector<std::pair<std::string, E>>& table) {
  std::vector<std::string> out;
  for (const auto& [name, value] : table) out.push_back(name);
  return out;
}

class FamilyReader {
 public:
  FamilyReader(const std::string& origin, std::vector<ConfigError>& errors) : origin_(origin), errors_(errors) {}

  std::optional<TemplateFamily> read(const YAML::Node& root) {
    const std::size_t before = errors_.size();
    if (!root.IsMap()) {
      errors_.push_back(error_at(origin_, root, "", "a template family file must be a YAML map (id, priority, match …)"));
      return std::nullopt;
    }
    check_keys(origin_, root, kTopKeys, "", errors_);
    TemplateFamily family;
    family.origin = origin_;
    if (!root["id"]) {
      errors_.push_back(error_at(origin_, root, "id", "missing key 'id' (the family's name, e.g. central-2020)"));
    } else if (auto id = config::read_string(origin_, root["id"], "id", errors_)) {
      family.id = *id;
      family.line = root["id"].Mark().line + 1;
      if (id->empty()) errors_.push_back(error_at(origin_, root["id"], "id", "must not be empty"));
    }
    if (root["description"])
      if (auto d = config::read_string(origin_, root["description"], "description", errors_)) family.description = *d;
    if (!root["priority"]) {
      errors_.push_back(error_at(origin_, root, "priority",
                                 "missing key 'priority' (a whole number; higher is tried first)"));
    } else if (auto p = read_priority(root["priority"])) {
      family.priority = *p;
    }
    if (!root["match"]) {
      errors_.push_back(error_at(origin_, root, "match", "missing key 'match' ({} matches every table)"));
    } else {
      read_match(root["match"], family.match);
    }
    if (root["lacks"]) read_lacks(root["lacks"], family.lacks);
    if (root["scoring"]) read_scoring(root["scoring"], family.scoring);
    if (errors_.size() != before) return std::nullopt;
    return family;
  }

 private:
  std::optional<int> read_priority(const YAML::Node& node) {
    if (node.IsScalar()) {
      const std::string& s = node.Scalar();
      const bool negative = !s.empty() && s[0] == '-';
      const std::string digits = negative ? s.substr(1) : s;
      bool ok = !digits.empty() && digits.size() <= 6;
      for (char c : digits) ok = ok && c >= '0' && c <= '9';
      if (ok) return negative ? -std::stoi(digits) : std::stoi(digits);
    }
    errors_.push_back(error_at(origin_, node, "priority", "expected a whole number (at most 6 digits)"));
    return std::nullopt;
  }

  std::optional<Decimal> read_points(const YAML::Node& node, const std::string& key) {
    if (node.IsScalar())
      if (auto d = Decimal::parse(node.Scalar()); d && !d->is_negative()) return d;
    errors_.push_back(error_at(origin_, node, key, "expected a number of points (e.g. 10)"));
    return std::nullopt;
  }

  std::optional<bool> read_bool(const YAML::Node& node, const std::string& key) {
    return config::read_bool(origin_, node, key, errors_);
  }

  std::vector<std::string> read_texts(const YAML::Node& node, const std::string& key) {
    auto list = config::read_strings(origin_, node, key, errors_);
    return list ? *list : std::vector<std::string>{};
  }

  // Header labels as label keys, the form cells are compared in.
  HeaderCondition<std::string> read_labels(const YAML::Node& node, const std::string& key) {
    HeaderCondition<std::string> out;
    if (!node.IsMap()) {
      errors_.push_back(error_at(origin_, node, key, "expected a map with has / lacks (lists of header labels)"));
      return out;
    }
    check_keys(origin_, node, kHasLacksKeys, key + ".", errors_);
    for (const char* which : {"has", "lacks"}) {
      if (!node[which]) continue;
      auto& target = std::string_view(which) == "has" ? out.has : out.lacks;
      for (const auto& label : read_texts(node[which], key + "." + which)) {
        std::string k = text::label_key(text::normalize(label));
        if (k.empty()) errors_.push_back(error_at(origin_, node[which], key + "." + which, "an empty header label"));
        else target.push_back(std::move(k));
      }
    }
    return out;
  }

  template <typename E>
  HeaderCondition<E> read_columns(const YAML::Node& node, const std::string& key,
                                  const std::vector<std::pair<std::string, E>>& names) {
    HeaderCondition<E> out;
    if (!node.IsMap()) {
      errors_.push_back(error_at(origin_, node, key, "expected a map with has / lacks (lists of column names)"));
      return out;
    }
    check_keys(origin_, node, kHasLacksKeys, key + ".", errors_);
    for (const char* which : {"has", "lacks"}) {
      const YAML::Node list = node[which];
      if (!list) continue;
      auto& target = std::string_view(which) == "has" ? out.has : out.lacks;
      const std::vector<std::string> items = read_texts(list, key + "." + which);
      for (std::size_t i = 0; i < items.size(); ++i) {
        const auto it = std::find_if(names.begin(), names.end(), [&](const auto& n) { return n.first == items[i]; });
        if (it != names.end()) {
          target.push_back(it->second);
          continue;
        }
        const YAML::Node at = list.IsSequence() ? list[i] : list;
        errors_.push_back(error_at(origin_, at, key + "." + which,
                                   fmt::format(i18n::tr_fmt("unknown column '{}'{}"), items[i],
                                               config::did_you_mean(items[i], names_of(names)))));
      }
    }
    return out;
  }

  void read_match(const YAML::Node& node, std::vector<MatchRule>& out) {
    if (node.IsMap()) {
      out.push_back(read_rule(node));
      return;
    }
    if (node.IsSequence() && node.size() > 0) {
      for (const auto& item : node) {
        if (!item.IsMap()) {
          errors_.push_back(error_at(origin_, item, "match", "each alternative of a match list must be a map"));
          continue;
        }
        out.push_back(read_rule(item));
      }
      return;
    }
    errors_.push_back(error_at(origin_, node, "match", "expected a map of conditions, or a non-empty list of such maps"));
  }

  MatchRule read_rule(const YAML::Node& node) {
    MatchRule rule;
    check_keys(origin_, node, kMatchKeys, "match.", errors_);
    if (node["title-suffix"])
      for (const auto& s : read_texts(node["title-suffix"], "match.title-suffix"))
        rule.title_suffixes.push_back(text::label_key(text::normalize(s)));
    if (node["title-contains"])
      for (const auto& s : read_texts(node["title-contains"], "match.title-contains"))
        rule.title_contains.push_back(text::label_key(text::normalize(s)));
    if (node["has-project-code"]) rule.has_project_code = read_bool(node["has-project-code"], "match.has-project-code");
    if (node["funds-caption-points"])
      rule.funds_caption_points = read_points(node["funds-caption-points"], "match.funds-caption-points");
    if (node["indicator-caption-points"])
      rule.indicator_caption_points = read_points(node["indicator-caption-points"], "match.indicator-caption-points");
    if (node["funds-header"]) rule.funds_header = read_labels(node["funds-header"], "match.funds-header");
    if (node["indicator-header"]) rule.indicator_header = read_labels(node["indicator-header"], "match.indicator-header");
    if (node["funds-columns"])
      rule.funds_columns = read_columns(node["funds-columns"], "match.funds-columns", kFundsColumns);
    if (node["indicator-columns"])
      rule.indicator_columns = read_columns(node["indicator-columns"], "match.indicator-columns", kIndicatorColumns);
    return rule;
  }

  void read_lacks(const YAML::Node& node, std::unordered_set<std::string>& out) {
    const std::vector<std::string> parts = read_texts(node, "lacks");
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const auto& known = known_parts();
      if (std::find(known.begin(), known.end(), parts[i]) != known.end()) {
        out.insert(parts[i]);
        continue;
      }
      const YAML::Node at = node.IsSequence() ? node[i] : node;
      errors_.push_back(
          error_at(origin_, at, "lacks", fmt::format(i18n::tr_fmt("unknown part '{}'{}"), parts[i], config::did_you_mean(parts[i], known))));
    }
  }

  // `none` (or null) for a block the family does not score.
  std::optional<Decimal> read_block_points(const YAML::Node& node, const std::string& key) {
    if (node.IsNull() || (node.IsScalar() && node.Scalar() == "none")) return std::nullopt;
    return read_points(node, key);
  }

  void read_scoring(const YAML::Node& node, ScoringScheme& s) {
    if (!node.IsMap()) {
      errors_.push_back(error_at(origin_, node, "scoring", "expected a map (funds-points, indicator-points …)"));
      return;
    }
    check_keys(origin_, node, kScoringKeys, "scoring.", errors_);
    if (node["funds-points"]) s.funds_points = read_block_points(node["funds-points"], "scoring.funds-points");
    if (node["indicator-points"])
      s.indicator_points = read_block_points(node["indicator-points"], "scoring.indicator-points");
    if (node["points-column"]) {
      if (auto v = config::read_string(origin_, node["points-column"], "scoring.points-column", errors_)) {
        if (*v == "points") s.points_column = PointsColumn::points;
        else if (*v == "weight") s.points_column = PointsColumn::weight;
        else if (*v == "none") s.points_column = PointsColumn::none;
        else
          errors_.push_back(error_at(origin_, node["points-column"], "scoring.points-column",
                                     fmt::format(i18n::tr_fmt("'{}' is not one of points, weight, none{}"), *v,
                                         config::did_you_mean(*v, kPointsColumns))));
      }
    }
    if (node["scored"])
      if (auto b = read_bool(node["scored"], "scoring.scored")) s.scored = *b;
    if (node["funds-score-capped"])
      if (auto b = read_bool(node["funds-score-capped"], "scoring.funds-score-capped")) s.funds_score_capped = *b;
    if (node["total-row-score"])
      if (auto b = read_bool(node["total-row-score"], "scoring.total-row-score")) s.total_row_score = *b;
    if (s.scored) return;
    // An unscored family has no points either: the defaults (10, 90, points)
    // give way, and stating points beside `scored: false` is a slip.
    if (!node["funds-points"]) s.funds_points.reset();
    if (!node["indicator-points"]) s.indicator_points.reset();
    if (!node["points-column"]) s.points_column = PointsColumn::none;
    if (!node["total-row-score"]) s.total_row_score = false;
    if (s.funds_points || s.indicator_points || s.points_column != PointsColumn::none || s.total_row_score)
      errors_.push_back(error_at(origin_, node["scored"], "scoring.scored",
                                 "scored: false goes with funds-points: none, indicator-points: none, "
                                 "points-column: none and total-row-score: false (leave them out)"));
  }

  const std::string& origin_;
  std::vector<ConfigError>& errors_;
};

}  // namespace

const std::vector<std::string>& known_parts() {
  static const std::vector<std::string> parts{
      "code",         "name",        "year",   "implementing_unit", "budget_unit",     "funds",
      "funds_unit",   "funds_total", "initial_budget", "funds_points", "funds_score", "goals",
      "indicator_header", "points",  "score",  "explanation",       "indicators",      "total"};
  return parts;
}

const char* to_string(PointsColumn c) {
  switch (c) {
    case PointsColumn::points: return "points";
    case PointsColumn::weight: return "weight";
    case PointsColumn::none: return "none";
  }
  return "points";
}

std::optional<TemplateFamily> parse_template_family(std::string_view yaml_text, const std::string& origin,
                                                    std::vector<ConfigError>& errors, const YamlLimits& limits) {
  const std::optional<YAML::Node> root = load_yaml_text(yaml_text, origin, errors, limits);
  if (!root) return std::nullopt;
  try {
    return FamilyReader(origin, errors).read(*root);
  } catch (const YAML::Exception& e) {
    ConfigError err;
    err.file = origin;
    err.line = e.mark.line + 1;
    err.column = e.mark.column + 1;
    err.message = sdk_messages::yaml_cpp_message(e.msg);
    errors.push_back(std::move(err));
    return std::nullopt;
  }
}

}  // namespace jxaudit::parse
