// jxaudit SDK — a rule, declared once.
//
// A plugin declares each of its rules as one constexpr RuleSpec, in the
// rule's own source file: its id, default severity, summaries, doc, the
// messages it can say (templates with named placeholders) and the options it
// reads. Everything else is derived from that declaration: Check::rules(),
// the plugin's manifest (readable before a Check exists), `jxaudit
// list-rules` / `explain`, and the tests that hold the README and the shipped
// YAML to it.
//
//   // total_score_rule.cpp
//   constexpr MessageSpec kMessages[] = {
//       {"mismatch", "总分得分填报 {declared}，应为 {expected}", "Total score declared {declared}, should be {expected}"},
//   };
//   const RuleSpec TotalScoreRule::spec{.id = "total-score", .severity = Severity::error,
//                                       .summary = "…", .summary_zh = "…", .doc = "…", .messages = kMessages};
//
//   report(sink, spec, table).at(cell, "total.score")
//       .message("mismatch", {{"declared", declared}, {"expected", expected}}).emit();
//
// Precedence between rules is data: a rule lists in `suppressed_by` the
// rules of the same plugin whose finding on the same row of the same table
// replaces its own (deviation.unmet-unexplained is suppressed by
// deviation.missing). The host applies it after the configured severities, so
// a rule turned off suppresses nothing.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/export.hpp"
#include "jxaudit/severity.hpp"

namespace jxaudit {

// One thing a rule can say, zh-CN and English, with {name} placeholders that
// report(...).message(id, args) fills in. Ids are unique within the rule;
// by convention the suggested fix of a message "x" is "x-fix" or "fix".
struct MessageSpec {
  std::string_view id;
  std::string_view zh;
  std::string_view en;
};

// A rule's declaration. Constexpr data with static storage: the spans point
// at arrays defined beside it.
struct RuleSpec {
  std::string_view id;                   // kebab-case, without the plugin prefix: "total-score"
  Severity severity = Severity::error;   // default severity
  std::string_view summary;              // one line, English
  std::string_view summary_zh;           // one line, zh-CN
  std::string_view doc;                  // a paragraph: what, why, how to fix (English; the README has more)
  std::string_view doc_zh;               // the same paragraph in zh-CN (empty: not translated yet)
  std::span<const MessageSpec> messages;      // everything it can say
  std::span<const std::string_view> options;  // the plugin option keys it reads ("low-execution-threshold")
  std::span<const std::string_view> suppressed_by;  // rules whose finding on the same row replaces this one
};

struct MessageInfo {
  std::string id;
  std::string zh;
  std::string en;
};

// A rule as the host sees it at run time: the owning form of a RuleSpec, or
// built by a plugin whose rules come from its configuration.
struct RuleInfo {
  std::string id;
  Severity severity = Severity::error;
  std::string summary;
  std::string summary_zh;
  std::string doc;
  std::string doc_zh;
  std::vector<MessageInfo> messages;
  std::vector<std::string> options;
  std::vector<std::string> suppressed_by;
};

JXAUDIT_SDK_API RuleInfo to_rule_info(const RuleSpec& spec);
JXAUDIT_SDK_API std::vector<RuleInfo> to_rule_infos(std::span<const RuleSpec* const> specs);

// The message `id` of `spec`, or nullptr.
JXAUDIT_SDK_API const MessageSpec* find_message(const RuleSpec& spec, std::string_view id);

// The placeholder names of a template, in order of appearance: "{a} 与 {b}" → a, b.
JXAUDIT_SDK_API std::vector<std::string> placeholders(std::string_view text);

// A named argument of a message: the fact a rule found, as the report shows it.
// A fact reads the same in both languages (a number, a name, a quoted cell).
//
// A localized argument, {"reason", zh, en}, carries one value per language.
// It is for text the rule does not phrase itself: the reason the shared
// evaluator gives (Evaluation::reason / reason_en), the declared summary of
// another rule (RuleSpec::summary_zh / summary), the fixed name of a column
// ("全年预算数" / "full-year budget (全年预算数)"). What a rule says in its own
// words — a clause that differs by case, an optional remark — is one of its
// messages, never a localized argument. The Finding records a localized
// argument's zh-CN value.
struct MessageArg {
  MessageArg(std::string_view n, std::string v) : name(n), value(std::move(v)) {}
  MessageArg(std::string_view n, const char* v) : name(n), value(v) {}
  MessageArg(std::string_view n, const Decimal& v) : name(n), value(v.to_string()) {}
  MessageArg(std::string_view n, int v) : name(n), value(std::to_string(v)) {}
  MessageArg(std::string_view n, std::size_t v) : name(n), value(std::to_string(v)) {}
  MessageArg(std::string_view n, std::string zh, std::string en)
      : name(n), value(std::move(zh)), value_en(std::move(en)), localized(true) {}

  std::string_view name;
  std::string value;     // the fact; the zh-CN value of a localized argument
  std::string value_en;  // the English value of a localized argument
  bool localized = false;
};
using MessageArgs = std::span<const MessageArg>;

enum class MessageLanguage { zh_cn, en };

// `text` with each {name} replaced by its argument (a localized argument's
// value in `language`). Throws std::logic_error naming the placeholder when an
// argument is missing (a plugin bug the host reports as host.plugin-failed).
JXAUDIT_SDK_API std::string fill_message(std::string_view text, MessageArgs args,
                                         MessageLanguage language = MessageLanguage::zh_cn);

// --- Dispatch -------------------------------------------------------------
//
// Most plugins look at a table through a view of their own (the arithmetic
// plugin's recomputed numbers, target_actual's evaluated indicator rows) and
// run every rule on each view. A rule class for such a plugin:
//
//   class TotalScoreRule : public Rule<TableNumbers> {
//    public:
//     static const RuleSpec spec;
//     explicit TotalScoreRule(const ArithmeticSettings& settings);
//     void check(const TableNumbers& numbers, FindingSink& sink) const override;
//   };
//
// and its registration, the one place the plugin lists its rules:
//
//   constexpr RuleRegistry<TableNumbers, ArithmeticSettings, MissingValueRule, TotalScoreRule> kRules;

class FindingSink;

template <class Subject>
class Rule {
 public:
  virtual ~Rule() = default;
  virtual void check(const Subject& subject, FindingSink& sink) const = 0;
};

template <class Subject, class Settings, class... Rules>
class RuleRegistry {
 public:
  static constexpr std::size_t size = sizeof...(Rules);
  using Instances = std::array<std::unique_ptr<Rule<Subject>>, size>;

  // Every declaration, in registration order.
  static std::span<const RuleSpec* const> specs() { return kSpecs; }
  static std::vector<RuleInfo> infos() { return to_rule_infos(kSpecs); }

  // One instance of every rule, built from the plugin's settings.
  static Instances make(const Settings& settings) { return Instances{std::make_unique<Rules>(settings)...}; }

  // Runs every rule on `subject`, in registration order. A rule that throws
  // DecimalOverflow (amounts no real table holds) could not compute:
  // `on_overflow(spec)` reports that, and the other rules still run.
  template <class OnOverflow>
  static void check(const Instances& rules, const Subject& subject, FindingSink& sink, OnOverflow&& on_overflow) {
    for (std::size_t i = 0; i < size; ++i) {
      try {
        rules[i]->check(subject, sink);
      } catch (const DecimalOverflow&) {
        on_overflow(*kSpecs[i]);
      }
    }
  }

 private:
  static constexpr std::array<const RuleSpec*, size> kSpecs{&Rules::spec...};
};

}  // namespace jxaudit
