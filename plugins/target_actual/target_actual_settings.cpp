#include "target_actual_settings.hpp"
#include "target_actual_messages.hpp"

#include <filesystem>

#include "jxaudit/parse_yaml.hpp"

namespace jxaudit::target_actual {
namespace {

// A relative vocabulary path is relative to the plugin's YAML file, so a
// config directory can be moved as a whole.
std::string resolve(const std::string& path, const std::string& options_file) {
  std::filesystem::path p(path);
  if (p.is_absolute() || options_file.empty()) return p.string();
  return (std::filesystem::path(options_file).parent_path() / p).string();
}

std::shared_ptr<const MeasureVocabulary> load_vocabulary(Options& options, const std::string& path) {
  if (path.empty()) return MeasureVocabulary::builtin();
  const std::string file = resolve(path, options.file());
  std::vector<ConfigError> errors;
  // The SDK's guarded loader: a regular file within limits, no duplicate keys.
  const std::optional<OptionNode> root = parse_yaml_file(file, errors);
  auto vocabulary = root ? MeasureVocabulary::load(*root, file, errors) : nullptr;
  for (const auto& e : errors) options.error({}, "vocabulary", e.to_string());
  return vocabulary ? vocabulary : MeasureVocabulary::builtin();
}

}  // namespace

TargetActualSettings read_settings(Options& options) {
  TargetActualSettings s;
  const std::string mode = options.get_string("score-mode", "proportional", {"proportional", "at-most"});
  s.score_mode = mode == "at-most" ? ScoreMode::at_most : ScoreMode::proportional;
  s.score_tolerance = options.get_decimal("score-tolerance", s.score_tolerance);
  if (s.score_tolerance.is_negative()) {
    options.error({}, "score-tolerance", tr("must not be negative"));
    s.score_tolerance = Decimal(0);
  }
  s.over_achievement_threshold = options.get_decimal("over-achievement-threshold", s.over_achievement_threshold);
  if (s.over_achievement_threshold.is_negative()) {
    options.error({}, "over-achievement-threshold", tr("must not be negative"));
    s.over_achievement_threshold = Decimal(50);
  }
  s.explanation_quote_length = options.get_int("explanation-quote-length", s.explanation_quote_length);
  if (s.explanation_quote_length < 1) {
    options.error({}, "explanation-quote-length", tr("must be at least 1"));
    s.explanation_quote_length = 60;
  }
  s.qualitative_targets_unverifiable =
      options.get_bool("qualitative-targets-unverifiable", s.qualitative_targets_unverifiable);
  s.actual_comparator_prefixes = options.get_strings(
      "actual-comparator-prefixes", {"≥", "≧", ">", "≤", "≦", "<", "不低于", "不少于", "不高于", "不超过", "不大于", "不小于"});
  s.vocabulary = load_vocabulary(options, options.get_string("vocabulary", ""));
  return s;
}

}  // namespace jxaudit::target_actual
