#include "deviation_settings.hpp"
#include "deviation_messages.hpp"

#include <algorithm>
#include <stdexcept>

#include "jxaudit/parse_yaml.hpp"
#include "jxaudit/text.hpp"

namespace jxaudit::deviation {

// config/plugins/deviation.yaml as of the build (jxaudit_embed_text, CMakeLists.txt).
extern const std::string_view kBuiltinYaml;

using namespace jxaudit::text;  // fold_compact, shorten, contains …
namespace {

const OptionNode& builtin_options() {
  // Parsed once, through the SDK's guarded loader (duplicate keys, limits);
  // the built-in text is part of the binary and the plugin's tests load it.
  static const OptionNode options =
      parse_builtin_yaml(kBuiltinYaml, "config/plugins/deviation.yaml")["options"];
  return options;
}

std::vector<std::string> builtin_strings(const char* key) {
  return builtin_options()[key].as_strings().value_or(std::vector<std::string>{});
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
  return code_points(fold_compact(options.get_string(key, builtin_options()[key].text())));
}

}  // namespace

DeviationSettings DeviationSettings::read(Options& options) {
  DeviationSettings c;
  c.report_unneeded = options.get_bool("report-unneeded", builtin_options()["report-unneeded"].as_bool().value_or(false));
  const std::int64_t quote = options.get_int("quote-length", builtin_options()["quote-length"].as_int().value_or(30));
  if (quote < 4) {
    options.error({}, "quote-length", tr("must be at least 4 characters"));
  } else {
    c.quote_length = static_cast<std::size_t>(quote);
  }
  c.boilerplate_exact = phrases(options, "boilerplate-exact");
  c.boilerplate_contains = phrases(options, "boilerplate-contains");
  c.boilerplate_prefixes = phrases(options, "boilerplate-prefixes");
  c.filler_characters = characters(options, "filler-characters");
  c.cause_labels = longest_first(phrases(options, "cause-labels"));
  c.measure_labels = longest_first(phrases(options, "measure-labels"));
  c.cause_cues = phrases(options, "cause-cues");
  c.measure_cues = phrases(options, "measure-cues");
  c.truncation_connectives = longest_first(phrases(options, "truncation-connectives"));
  c.truncation_punctuation = characters(options, "truncation-punctuation");
  c.truncation_exceptions = phrases(options, "truncation-exceptions");
  c.adjustment_cues = phrases(options, "adjustment-cues");
  c.funds_note_boilerplate = phrases(options, "funds-note-boilerplate");
  if (c.cause_labels.empty() || c.measure_labels.empty())
    options.error({}, c.cause_labels.empty() ? "cause-labels" : "measure-labels",
                  tr("needs at least one label"));
  return c;
}

std::string_view builtin_yaml() { return kBuiltinYaml; }

DeviationSettings DeviationSettings::defaults() {
  Options none(OptionNode(), "<defaults>");
  return read(none);
}

}  // namespace jxaudit::deviation
