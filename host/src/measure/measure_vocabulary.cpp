// Loading config/measure.yaml into a Vocabulary, with positioned errors.
#include "measure_vocabulary.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "builtin_measure_yaml.hpp"
#include "jxaudit/yaml.hpp"

namespace jxaudit {

MeasureVocabulary::~MeasureVocabulary() = default;

namespace measure {
namespace {

// Collects problems with the file position of the node they concern.
class Loader {
 public:
  Loader(std::string file, std::vector<ConfigError>& errors) : file_(std::move(file)), errors_(errors) {}

  void error(const YAML::Node& at, const std::string& key, std::string message) {
    int line = 0;
    int column = 0;
    if (at && !at.Mark().is_null()) {
      line = at.Mark().line + 1;
      column = at.Mark().column + 1;
    }
    errors_.push_back({file_, line, column, key, std::move(message)});
  }

  std::optional<Decimal> decimal(const YAML::Node& node, const std::string& key) {
    std::optional<Decimal> d = node.IsScalar() ? Decimal::parse(node.Scalar()) : std::nullopt;
    if (!d) error(node, key, "expected a number");
    return d;
  }

  std::vector<std::string> strings(const YAML::Node& node, const std::string& key) {
    std::vector<std::string> out;
    if (!node) return out;
    if (!node.IsSequence()) {
      error(node, key, "expected a list of words");
      return out;
    }
    for (const auto& item : node) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        error(item, key, "expected a non-empty word");
        continue;
      }
      out.push_back(item.Scalar());
    }
    return out;
  }

  std::optional<Comparator> comparator(const YAML::Node& node, const std::string& key) {
    static const std::vector<std::pair<std::string, Comparator>> names = {
        {"at_least", Comparator::at_least}, {"greater", Comparator::greater}, {"at_most", Comparator::at_most},
        {"less", Comparator::less},         {"equal", Comparator::equal}};
    if (node.IsScalar()) {
      for (const auto& [name, c] : names)
        if (node.Scalar() == name) return c;
    }
    error(node, key, "expected one of at_least, greater, at_most, less, equal");
    return std::nullopt;
  }

  std::optional<Dimension> dimension(const YAML::Node& node, const std::string& key) {
    static const std::vector<std::pair<std::string, Dimension>> names = {
        {"count", Dimension::count}, {"percent", Dimension::percent},
        {"money", Dimension::money}, {"duration", Dimension::duration}};
    if (node.IsScalar()) {
      for (const auto& [name, d] : names)
        if (node.Scalar() == name) return d;
    }
    error(node, key, "expected one of count, percent, money, duration");
    return std::nullopt;
  }

  void units(const YAML::Node& node, Vocabulary& v) {
    if (!node || !node.IsSequence()) {
      error(node, "units", "expected a list of units");
      return;
    }
    std::set<std::string> seen;
    for (const auto& item : node) {
      if (!item.IsMap() || !item["name"] || !item["dimension"]) {
        error(item, "units", "each unit needs name and dimension");
        continue;
      }
      UnitDef u;
      u.name = item["name"].Scalar();
      auto dim = dimension(item["dimension"], "units." + u.name + ".dimension");
      if (!dim) continue;
      u.dimension = *dim;
      u.family = item["family"] ? item["family"].Scalar()
                                : (u.dimension == Dimension::count ? u.name : to_string(u.dimension));
      if (item["factor"])
        if (auto d = decimal(item["factor"], "units." + u.name + ".factor")) u.factor = *d;
      if (item["divisor"]) {
        auto d = decimal(item["divisor"], "units." + u.name + ".divisor");
        if (d && d->is_zero()) error(item["divisor"], "units." + u.name + ".divisor", "must not be zero");
        else if (d) u.divisor = *d;
      }
      if (item["days"])
        if (auto d = decimal(item["days"], "units." + u.name + ".days")) u.days = *d;
      if (!seen.insert(u.name).second) error(item, "units", fmt::format("unit {} listed twice", u.name));
      v.units.push_back(std::move(u));
    }
  }

  std::vector<Word> words(const YAML::Node& node, const std::string& key) {
    std::vector<Word> out;
    if (!node) return out;
    if (!node.IsMap()) {
      error(node, key, "expected a map of word: comparator");
      return out;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string word = it->first.Scalar();
      if (auto c = comparator(it->second, key + "." + word)) out.push_back({word, *c});
    }
    return out;
  }

  void lower_is_better(const YAML::Node& node, Vocabulary& v) {
    if (!node) return;
    if (!node.IsMap()) {
      error(node, "lower_is_better", "expected keywords and exceptions");
      return;
    }
    if (const auto kws = node["keywords"]; kws && kws.IsSequence()) {
      for (const auto& item : kws) {
        if (item.IsScalar()) {
          v.lower_keywords.push_back({item.Scalar(), {}});
        } else if (item.IsMap() && item["word"]) {
          Keyword k{item["word"].Scalar(), {}};
          if (const auto dims = item["dimensions"]; dims && dims.IsSequence()) {
            for (const auto& d : dims)
              if (auto dim = dimension(d, "lower_is_better.keywords.dimensions")) k.dimensions.push_back(*dim);
          }
          v.lower_keywords.push_back(std::move(k));
        } else {
          error(item, "lower_is_better.keywords", "expected a word or {word, dimensions}");
        }
      }
    } else if (kws) {
      error(kws, "lower_is_better.keywords", "expected a list");
    }
    v.lower_exceptions = strings(node["exceptions"], "lower_is_better.exceptions");
  }

  std::string file_;
  std::vector<ConfigError>& errors_;
};

// Longest first, so "个工作日" is tried before "日" and "及以上" before "以上".
template <typename T, typename Key>
void longest_first(std::vector<T>& items, Key key) {
  std::stable_sort(items.begin(), items.end(),
                   [&](const T& a, const T& b) { return key(a).size() > key(b).size(); });
}

}  // namespace

std::shared_ptr<const Vocabulary> load(const YAML::Node& root, const std::string& file,
                                       std::vector<ConfigError>& errors) {
  Loader l(file, errors);
  if (!root || !root.IsMap()) {
    l.error(root, "", "the measure vocabulary must be a map");
    return nullptr;
  }
  static const std::set<std::string> known = {
      "hours_per_day", "date_years", "units",       "multipliers",         "numerals",
      "comparators",   "alternative_separators",   "fillers",             "qualitative_phrases",
      "qualitative_min_cjk", "lower_is_better",    "none_markers",        "zero_markers"};
  for (auto it = root.begin(); it != root.end(); ++it)
    if (!known.count(it->first.Scalar())) l.error(it->first, it->first.Scalar(), "unknown key");

  auto v = std::make_shared<Vocabulary>();
  if (root["hours_per_day"]) {
    auto d = l.decimal(root["hours_per_day"], "hours_per_day");
    if (d && (d->is_zero() || d->is_negative())) l.error(root["hours_per_day"], "hours_per_day", "must be positive");
    else if (d) v->hours_per_day = *d;
  }
  if (const auto years = root["date_years"]; years && years.IsMap()) {
    v->year_from = years["from"] ? years["from"].as<int>(v->year_from) : v->year_from;
    v->year_to = years["to"] ? years["to"].as<int>(v->year_to) : v->year_to;
  }
  const std::size_t errors_before = errors.size();
  l.units(root["units"], *v);
  if (v->units.empty() && errors.size() > errors_before) return nullptr;

  if (const auto m = root["multipliers"]; m && m.IsMap()) {
    for (auto it = m.begin(); it != m.end(); ++it)
      if (auto d = l.decimal(it->second, "multipliers." + it->first.Scalar()))
        v->multipliers.emplace_back(it->first.Scalar(), *d);
  }
  if (const auto n = root["numerals"]; n && n.IsMap()) {
    for (auto it = n.begin(); it != n.end(); ++it) v->numerals.emplace_back(it->first.Scalar(), it->second.as<int>(0));
  }
  if (const auto c = root["comparators"]; c && c.IsMap()) {
    v->prefix_comparators = l.words(c["prefix"], "comparators.prefix");
    v->suffix_comparators = l.words(c["suffix"], "comparators.suffix");
  } else {
    l.error(root, "comparators", "missing: prefix and suffix comparator words");
  }
  v->separators = l.strings(root["alternative_separators"], "alternative_separators");
  if (const auto f = root["fillers"]; f && f.IsMap()) {
    v->prefix_fillers = l.strings(f["prefix"], "fillers.prefix");
    v->suffix_fillers = l.strings(f["suffix"], "fillers.suffix");
  }
  v->qualitative_phrases = l.strings(root["qualitative_phrases"], "qualitative_phrases");
  if (root["qualitative_min_cjk"]) v->qualitative_min_cjk = root["qualitative_min_cjk"].as<int>(2);
  l.lower_is_better(root["lower_is_better"], *v);
  v->none_markers = l.strings(root["none_markers"], "none_markers");
  v->zero_markers = l.strings(root["zero_markers"], "zero_markers");

  longest_first(v->units, [](const UnitDef& u) -> const std::string& { return u.name; });
  longest_first(v->multipliers, [](const auto& m) -> const std::string& { return m.first; });
  longest_first(v->prefix_comparators, [](const Word& w) -> const std::string& { return w.text; });
  longest_first(v->suffix_comparators, [](const Word& w) -> const std::string& { return w.text; });
  auto by_size = [](const std::string& s) -> const std::string& { return s; };
  longest_first(v->separators, by_size);
  longest_first(v->prefix_fillers, by_size);
  longest_first(v->suffix_fillers, by_size);
  return v;
}

std::shared_ptr<const Vocabulary> load_builtin() {
  std::vector<ConfigError> errors;
  // The same guard as every other YAML (duplicate keys, limits). The builtin
  // is tested at build time; failing here is a packaging bug.
  const std::optional<YAML::Node> root = load_yaml_text(builtin_measure_yaml(), "config/measure.yaml (built in)", errors);
  if (!root) throw std::logic_error("built-in config/measure.yaml is not valid YAML: " + errors.front().to_string());
  auto v = load(*root, "config/measure.yaml (built in)", errors);
  if (!v || !errors.empty())
    throw std::logic_error("built-in config/measure.yaml is invalid: " + errors.front().to_string());
  return v;
}

}  // namespace measure

std::shared_ptr<const MeasureVocabulary> MeasureVocabulary::builtin() {
  static const std::shared_ptr<const measure::Vocabulary> vocabulary = measure::load_builtin();
  return vocabulary;
}

std::shared_ptr<const MeasureVocabulary> MeasureVocabulary::load(const YAML::Node& root, const std::string& file,
                                                                 std::vector<ConfigError>& errors) {
  try {
    return measure::load(root, file, errors);
  } catch (const YAML::Exception& e) {
    errors.push_back({file, e.mark.line + 1, e.mark.column + 1, "", e.what()});
    return nullptr;
  }
}

}  // namespace jxaudit
