// Loading config/measure.yaml into a Vocabulary, with positioned errors.
#include "measure_vocabulary.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "jxaudit/parse_yaml.hpp"

// config/measure.yaml as of the build (jxaudit_embed_text, host/src/measure/CMakeLists.txt).
namespace jxaudit::measure {
extern const std::string_view kBuiltinMeasureYaml;
}

namespace jxaudit {

MeasureVocabulary::~MeasureVocabulary() = default;

namespace measure {
namespace {

// Collects problems with the file position of the node they concern.
class Loader {
 public:
  Loader(std::string file, std::vector<ConfigError>& errors) : file_(std::move(file)), errors_(errors) {}

  void error(const OptionNode& at, const std::string& key, std::string message) {
    errors_.push_back({file_, at.line(), at.column(), key, std::move(message)});
  }

  std::optional<Decimal> decimal(const OptionNode& node, const std::string& key) {
    std::optional<Decimal> d = node.as_decimal();
    if (!d) error(node, key, "expected a number");
    return d;
  }

  std::vector<std::string> strings(const OptionNode* node, const std::string& key) {
    std::vector<std::string> out;
    if (!node) return out;
    if (!node->is_sequence()) {
      error(*node, key, "expected a list of words");
      return out;
    }
    for (const auto& item : node->items()) {
      if (!item.is_scalar() || item.text().empty()) {
        error(item, key, "expected a non-empty word");
        continue;
      }
      out.push_back(item.text());
    }
    return out;
  }

  std::optional<Comparator> comparator(const OptionNode& node, const std::string& key) {
    static const std::vector<std::pair<std::string, Comparator>> names = {
        {"at_least", Comparator::at_least}, {"greater", Comparator::greater}, {"at_most", Comparator::at_most},
        {"less", Comparator::less},         {"equal", Comparator::equal}};
    if (node.is_scalar()) {
      for (const auto& [name, c] : names)
        if (node.text() == name) return c;
    }
    error(node, key, "expected one of at_least, greater, at_most, less, equal");
    return std::nullopt;
  }

  std::optional<Dimension> dimension(const OptionNode& node, const std::string& key) {
    static const std::vector<std::pair<std::string, Dimension>> names = {
        {"count", Dimension::count}, {"percent", Dimension::percent},
        {"money", Dimension::money}, {"duration", Dimension::duration}};
    if (node.is_scalar()) {
      for (const auto& [name, d] : names)
        if (node.text() == name) return d;
    }
    error(node, key, "expected one of count, percent, money, duration");
    return std::nullopt;
  }

  void units(const OptionNode* node, Vocabulary& v) {
    if (!node || !node->is_sequence()) {
      error(node ? *node : OptionNode(), "units", "expected a list of units");
      return;
    }
    std::set<std::string> seen;
    for (const auto& item : node->items()) {
      if (!item.is_map() || !item.contains("name") || !item.contains("dimension")) {
        error(item, "units", "each unit needs name and dimension");
        continue;
      }
      UnitDef u;
      u.name = item["name"].text();
      auto dim = dimension(item["dimension"], "units." + u.name + ".dimension");
      if (!dim) continue;
      u.dimension = *dim;
      u.family = item.contains("family") ? item["family"].text()
                                         : (u.dimension == Dimension::count ? u.name : to_string(u.dimension));
      if (const OptionNode* f = item.find("factor"))
        if (auto d = decimal(*f, "units." + u.name + ".factor")) u.factor = *d;
      if (const OptionNode* div = item.find("divisor")) {
        auto d = decimal(*div, "units." + u.name + ".divisor");
        if (d && d->is_zero()) error(*div, "units." + u.name + ".divisor", "must not be zero");
        else if (d) u.divisor = *d;
      }
      if (const OptionNode* days = item.find("days"))
        if (auto d = decimal(*days, "units." + u.name + ".days")) u.days = *d;
      if (!seen.insert(u.name).second) error(item, "units", fmt::format("unit {} listed twice", u.name));
      v.units.push_back(std::move(u));
    }
  }

  std::vector<Word> words(const OptionNode* node, const std::string& key) {
    std::vector<Word> out;
    if (!node) return out;
    if (!node->is_map()) {
      error(*node, key, "expected a map of word: comparator");
      return out;
    }
    for (const auto& e : node->entries()) {
      const std::string& word = e.key.text();
      if (auto c = comparator(e.value, key + "." + word)) out.push_back({word, *c});
    }
    return out;
  }

  void lower_is_better(const OptionNode* node, Vocabulary& v) {
    if (!node) return;
    if (!node->is_map()) {
      error(*node, "lower_is_better", "expected keywords and exceptions");
      return;
    }
    if (const OptionNode* kws = node->find("keywords"); kws && kws->is_sequence()) {
      for (const auto& item : kws->items()) {
        if (item.is_scalar()) {
          v.lower_keywords.push_back({item.text(), {}});
        } else if (item.is_map() && item.contains("word")) {
          Keyword k{item["word"].text(), {}};
          if (const OptionNode* dims = item.find("dimensions"); dims && dims->is_sequence()) {
            for (const auto& d : dims->items())
              if (auto dim = dimension(d, "lower_is_better.keywords.dimensions")) k.dimensions.push_back(*dim);
          }
          v.lower_keywords.push_back(std::move(k));
        } else {
          error(item, "lower_is_better.keywords", "expected a word or {word, dimensions}");
        }
      }
    } else if (kws) {
      error(*kws, "lower_is_better.keywords", "expected a list");
    }
    v.lower_exceptions = strings(node->find("exceptions"), "lower_is_better.exceptions");
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

std::shared_ptr<const Vocabulary> load(const OptionNode& root, const std::string& file,
                                       std::vector<ConfigError>& errors) {
  Loader l(file, errors);
  if (!root.is_map()) {
    l.error(root, "", "the measure vocabulary must be a map");
    return nullptr;
  }
  static const std::set<std::string> known = {
      "hours_per_day", "date_years", "units",       "multipliers",         "numerals",
      "comparators",   "alternative_separators",   "fillers",             "qualitative_phrases",
      "qualitative_min_cjk", "lower_is_better",    "none_markers",        "zero_markers"};
  for (const auto& e : root.entries())
    if (!known.count(e.key.text())) l.error(e.key, e.key.text(), "unknown key");

  auto v = std::make_shared<Vocabulary>();
  if (const OptionNode* hours = root.find("hours_per_day")) {
    auto d = l.decimal(*hours, "hours_per_day");
    if (d && (d->is_zero() || d->is_negative())) l.error(*hours, "hours_per_day", "must be positive");
    else if (d) v->hours_per_day = *d;
  }
  if (const OptionNode& years = root["date_years"]; years.is_map()) {
    v->year_from = static_cast<int>(years["from"].as_int().value_or(v->year_from));
    v->year_to = static_cast<int>(years["to"].as_int().value_or(v->year_to));
  }
  const std::size_t errors_before = errors.size();
  l.units(root.find("units"), *v);
  if (v->units.empty() && errors.size() > errors_before) return nullptr;

  if (const OptionNode& m = root["multipliers"]; m.is_map()) {
    for (const auto& e : m.entries())
      if (auto d = l.decimal(e.value, "multipliers." + e.key.text())) v->multipliers.emplace_back(e.key.text(), *d);
  }
  if (const OptionNode& n = root["numerals"]; n.is_map()) {
    for (const auto& e : n.entries())
      v->numerals.emplace_back(e.key.text(), static_cast<int>(e.value.as_int().value_or(0)));
  }
  if (const OptionNode& c = root["comparators"]; c.is_map()) {
    v->prefix_comparators = l.words(c.find("prefix"), "comparators.prefix");
    v->suffix_comparators = l.words(c.find("suffix"), "comparators.suffix");
  } else {
    l.error(root, "comparators", "missing: prefix and suffix comparator words");
  }
  v->separators = l.strings(root.find("alternative_separators"), "alternative_separators");
  if (const OptionNode& f = root["fillers"]; f.is_map()) {
    v->prefix_fillers = l.strings(f.find("prefix"), "fillers.prefix");
    v->suffix_fillers = l.strings(f.find("suffix"), "fillers.suffix");
  }
  v->qualitative_phrases = l.strings(root.find("qualitative_phrases"), "qualitative_phrases");
  if (const OptionNode* q = root.find("qualitative_min_cjk"))
    v->qualitative_min_cjk = static_cast<int>(q->as_int().value_or(2));
  l.lower_is_better(root.find("lower_is_better"), *v);
  v->none_markers = l.strings(root.find("none_markers"), "none_markers");
  v->zero_markers = l.strings(root.find("zero_markers"), "zero_markers");

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
  // The same guard as every other YAML (duplicate keys, limits). The builtin
  // is tested at build time; failing here is a packaging bug.
  const std::string origin = "config/measure.yaml (built in)";
  std::vector<ConfigError> errors;
  auto v = load(parse_builtin_yaml(kBuiltinMeasureYaml, origin), origin, errors);
  if (!v || !errors.empty())
    throw std::logic_error("built-in config/measure.yaml is invalid: " + errors.front().to_string());
  return v;
}

}  // namespace measure

std::shared_ptr<const MeasureVocabulary> MeasureVocabulary::builtin() {
  static const std::shared_ptr<const measure::Vocabulary> vocabulary = measure::load_builtin();
  return vocabulary;
}

std::shared_ptr<const MeasureVocabulary> MeasureVocabulary::load(const OptionNode& root, const std::string& file,
                                                                 std::vector<ConfigError>& errors) {
  return measure::load(root, file, errors);
}

}  // namespace jxaudit
