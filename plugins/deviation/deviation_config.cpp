#include "deviation_config.hpp"

#include <algorithm>
#include <stdexcept>

#include <yaml-cpp/yaml.h>

#include "jxaudit/text.hpp"
#include "jxaudit/yaml.hpp"

namespace jxaudit::deviation {

using namespace jxaudit::text;  // fold_compact, shorten, contains …
namespace {

const YAML::Node& builtin_options() {
  // Parsed once; the built-in text is part of the binary and known to be valid
  // (the plugin's tests load it).
  static const YAML::Node options = [] {
    // The SDK's guarded loader, as for every YAML (duplicate keys, limits).
    std::vector<ConfigError> errors;
    const auto root = load_yaml_text(builtin_yaml(), "<built-in config/plugins/deviation.yaml>", errors);
    if (!root) throw std::logic_error("built-in config/plugins/deviation.yaml: " + errors.front().to_string());
    return YAML::Node((*root)["options"]);
  }();
  return options;
}

std::vector<std::string> builtin_strings(const char* key) {
  std::vector<std::string> out;
  const YAML::Node node = builtin_options()[key];
  if (node.IsSequence())
    for (const auto& item : node) out.push_back(item.as<std::string>());
  return out;
}

std::vector<std::string> folded(std::vector<std::string> phrases) {
  std::vector<std::string> out;
  for (auto& p : phrases) {
    std::string f = fold_compact(p);
    if (!f.empty()) out.push_back(std::move(f));
  }
  return out;
}

// Labels are tried longest first so "偏差原因" wins over "原因" at one position.
std::vector<std::string> longest_first(std::vector<std::string> phrases) {
  std::stable_sort(phrases.begin(), phrases.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return phrases;
}

std::vector<std::string> phrases(Options& options, const char* key) {
  return folded(options.get_strings(key, builtin_strings(key)));
}

std::vector<std::string> characters(Options& options, const char* key) {
  const YAML::Node def = builtin_options()[key];
  return code_points(fold_compact(options.get_string(key, def.IsScalar() ? def.Scalar() : "")));
}

}  // namespace

DeviationConfig DeviationConfig::read(Options& options) {
  DeviationConfig c;
  c.report_unneeded = options.get_bool("report_unneeded", builtin_options()["report_unneeded"].as<bool>(false));
  const std::int64_t quote = options.get_int("quote_length", builtin_options()["quote_length"].as<std::int64_t>(30));
  if (quote < 4) {
    options.error(YAML::Node(), "quote_length", "must be at least 4 characters");
  } else {
    c.quote_length = static_cast<std::size_t>(quote);
  }
  c.boilerplate_exact = phrases(options, "boilerplate_exact");
  c.boilerplate_contains = phrases(options, "boilerplate_contains");
  c.boilerplate_prefixes = phrases(options, "boilerplate_prefixes");
  c.filler_characters = characters(options, "filler_characters");
  c.cause_labels = longest_first(phrases(options, "cause_labels"));
  c.measure_labels = longest_first(phrases(options, "measure_labels"));
  c.cause_cues = phrases(options, "cause_cues");
  c.measure_cues = phrases(options, "measure_cues");
  c.truncation_connectives = longest_first(phrases(options, "truncation_connectives"));
  c.truncation_punctuation = characters(options, "truncation_punctuation");
  c.truncation_exceptions = phrases(options, "truncation_exceptions");
  c.adjustment_cues = phrases(options, "adjustment-cues");
  c.funds_note_boilerplate = phrases(options, "funds-note-boilerplate");
  if (c.cause_labels.empty() || c.measure_labels.empty())
    options.error(YAML::Node(), c.cause_labels.empty() ? "cause_labels" : "measure_labels",
                  "needs at least one label");
  return c;
}

DeviationConfig DeviationConfig::defaults() {
  Options none(YAML::Node(), "<defaults>");
  return read(none);
}

}  // namespace jxaudit::deviation
