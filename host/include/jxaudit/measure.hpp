// jxaudit SDK — the target/actual evaluator shared by every plugin.
//
// Targets are written by hand in dozens of forms (≥180万人, > 95%, 24小时内,
// 15个工作日内, 2022年, ≥2天或16小时, ≤18万元, 0起, 259份, ≥4 …). The evaluator
// parses a 年度指标值 into a Criterion list, a 实际完成值 into a Measurement,
// and decides met / not met / not comparable. One evaluator in the codebase:
// target_actual, deviation and not_applicable all use this one.
//
// Every vocabulary (units and their dimensions, comparator words, qualitative
// phrases, lower-is-better keywords, "none" markers) is YAML data
// (config/measure.yaml, compiled in as the default; a plugin may load another).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/export.hpp"
#include "jxaudit/options.hpp"

namespace jxaudit {

enum class Dimension { none, count, percent, money, duration, date };
JXAUDIT_SDK_API const char* to_string(Dimension d);

enum class Comparator { at_least, greater, at_most, less, equal };
JXAUDIT_SDK_API const char* to_string(Comparator c);  // "≥", ">", "≤", "<", "="

// A number with its unit. `base` is the value in the dimension's base unit
// (元 for money, hours for durations, percent points for percent, the count
// itself for counts; for dates a sortable yyyymmdd number).
struct Quantity {
  Decimal value;
  std::string unit;  // as written, "" when none: "万人", "%", "个工作日"
  Dimension dimension = Dimension::none;
  Decimal base;
};

// One alternative of a target: "≥2天" in "≥2天或16小时".
struct Criterion {
  Comparator comparator = Comparator::at_least;
  bool explicit_comparator = false;  // false for bare targets ("259份"): meaning depends on the indicator
  Quantity quantity;
};

struct Target {
  enum class Kind { quantitative, qualitative, not_applicable, empty, unreadable };
  Kind kind = Kind::unreadable;
  std::vector<Criterion> alternatives;  // joined by 或: met when any is met
  std::string text;                     // normalised input
};

struct Measurement {
  enum class Kind { quantity, qualitative, none_marker, empty, unreadable };
  Kind kind = Kind::unreadable;  // none_marker: 无, 不适用, 不涉及, —, /
  std::optional<Quantity> quantity;
  std::string text;
};

enum class Verdict { met, not_met, not_comparable };
JXAUDIT_SDK_API const char* to_string(Verdict v);

enum class NotComparable {
  none,                 // comparable
  unit_mismatch,        // 人 vs 次, % vs 个
  qualitative_actual,   // quantitative target answered with a phrase
  qualitative_target,   // target is a phrase: graded, not computed
  unreadable_target,
  unreadable_actual,
  not_applicable,       // target or actual marks the row as not applicable
  empty                 // target or actual is blank
};
JXAUDIT_SDK_API const char* to_string(NotComparable r);

struct Evaluation {
  Verdict verdict = Verdict::not_comparable;
  NotComparable why = NotComparable::none;
  std::string reason;     // zh-CN, one line, for messages
  std::string reason_en;  // English
  bool lower_is_better = false;
  // For quantitative verdicts: actual ÷ target (target ÷ actual when lower is
  // better), against the alternative that decided the verdict; 6 decimals.
  std::optional<Decimal> ratio;
  Target target;
  Measurement actual;
};

// The vocabulary the evaluator reads. Load it from YAML; report problems
// through `errors` with positions.
class JXAUDIT_SDK_API MeasureVocabulary {
 public:
  // The vocabulary shipped in config/measure.yaml, compiled into the SDK.
  static std::shared_ptr<const MeasureVocabulary> builtin();
  // A vocabulary read from a file (jxaudit/parse_yaml.hpp: parse_yaml_file);
  // problems go to `errors` with `file` and positions (nullptr when fatal).
  static std::shared_ptr<const MeasureVocabulary> load(const OptionNode& root, const std::string& file,
                                                       std::vector<ConfigError>& errors);
  virtual ~MeasureVocabulary();

 protected:
  MeasureVocabulary() = default;
};

class JXAUDIT_SDK_API Evaluator {
 public:
  explicit Evaluator(std::shared_ptr<const MeasureVocabulary> vocabulary = MeasureVocabulary::builtin());

  Target parse_target(std::string_view text) const;
  Measurement parse_actual(std::string_view text) const;
  // True when the indicator's name marks it lower-is-better (事故, 投诉, 时长 …).
  bool lower_is_better(std::string_view indicator_name) const;
  // True when `text` is a not-applicable / none marker (不适用, 无, 不涉及, —, /).
  bool is_none_marker(std::string_view text) const;

  Evaluation evaluate(std::string_view indicator_name, std::string_view target,
                      std::string_view actual) const;

  // What a target most likely said when it reads like a "≥" turned into the
  // digit 2 by an export (a font-mapping artifact of PDF/Word copies): "≥90%"
  // for "290%". Only a bare percent above 100 % whose digits after the
  // leading 2 are a rate of 1–100 % qualifies, and only against an actual
  // that is not itself above 100 % (a growth rate that reached 260 % makes a
  // 250 % target plausible). Values stay as printed; a check may say what the
  // target most likely was, and should not judge the score on the literal
  // reading. nullopt otherwise; never throws.
  std::optional<std::string> likely_misencoded_target(std::string_view target, std::string_view actual) const;

 private:
  std::shared_ptr<const MeasureVocabulary> vocabulary_;
};

}  // namespace jxaudit
