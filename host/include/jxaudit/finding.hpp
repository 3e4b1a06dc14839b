// jxaudit SDK — findings and the one way a plugin reports them.
//
// A plugin never builds a Finding by hand: it calls report(sink, rule, table),
// fills in where and what, and emit()s. The host's sink stamps the plugin id,
// refuses rules the plugin did not declare, applies the configured severity
// (or drops the finding when the rule is off) and computes the fingerprint.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jxaudit/export.hpp"
#include "jxaudit/model.hpp"
#include "jxaudit/rule.hpp"
#include "jxaudit/severity.hpp"

namespace jxaudit {

struct Location {
  std::string file;
  int line = 0;
  int column = -1;           // 0-based cell index, -1 when the whole row is meant
  int table = -1;            // table index in the file, -1 for the file itself
  std::string project_code;  // 项目编码 (or 项目名称 when a template has no code)
  std::string level2;        // 二级指标 of the indicator, if any
  std::string indicator;     // 三级指标 name, if any
  std::string field;         // model field name: "score", "funds.total.executed", "total.points" …
  // Office files (set by the host from the table's source; SourceRef): the
  // worksheet, whose row is `line` and column `column` (Sheet1!F12); or, in
  // a .docx, the 1-based Word table and its 1-based row holding `line`.
  std::string sheet;
  int word_table = 0;
  int word_row = 0;
  int word_paragraph = 0;  // .docx: a paragraph outside tables (its title, a note), 1-based in the body
};

struct Finding {
  std::string plugin;        // set by the host
  std::string rule;          // rule id without the plugin prefix: "total-score"
  Severity severity = Severity::error;  // set by the host from the rule's default or override
  std::string message;       // zh-CN, for auditors
  std::string message_en;    // English (--lang en)
  // The rule's message the text was filled from ("" for host and parser
  // findings) and its named arguments, in the order given: the facts behind
  // the sentence, for reports that render messages themselves (SARIF).
  std::string message_id;
  std::vector<std::pair<std::string, std::string>> arguments;
  Location location;
  std::string expected;      // recomputed / required value, as text ("" when none)
  std::string actual;        // declared value, as text ("" when none)
  std::string fix;           // suggested fix, zh-CN ("" when none)
  std::string fix_en;        // suggested fix, English
  std::string fingerprint;   // set by the host: stable identity across row moves
  // `expected` in English when it is words, not a value ("" when it is a
  // value, the same in both languages): "偏差原因及改进措施" / "a cause and a measure".
  std::string expected_en;

  std::string full_rule_id() const { return plugin + "." + rule; }
};

// Receives findings, and what a check could and could not verify.
// Implemented by the host; plugins only pass it on.
class JXAUDIT_SDK_API FindingSink {
 public:
  virtual ~FindingSink();
  virtual void add(Finding finding) = 0;

  // Coverage: an auditor must see what was *not* checked. While checking a
  // table, a check calls verified() for each item it checked to the end (an
  // indicator compared with its target, a sum recomputed) and unverifiable()
  // for each item it had to leave, saying why: `reason` a stable kebab-case
  // id ("qualitative-target"), `zh` and `en` the reason for the report. What
  // an item is, is the plugin's to say in its README. A finding does not
  // count as either: an item checked and found wrong is verified. The host
  // sums these per table and plugin; a sink that does not count ignores them.
  virtual void verified(std::size_t count);
  virtual void unverifiable(std::string_view reason, std::string_view zh, std::string_view en, std::size_t count);
};

class JXAUDIT_SDK_API FindingBuilder {
 public:
  FindingBuilder(FindingSink& sink, const RuleSpec& rule, const Table& table);
  FindingBuilder(FindingSink& sink, std::string_view rule, const Table& table);

  // Points the finding at a cell; `field` names it in the model ("score").
  FindingBuilder& at(const Cell& cell, std::string_view field);
  // Points at an indicator's row; the cell is the indicator's `field` when known.
  FindingBuilder& at(const Indicator& indicator, std::string_view field);
  // Points at a whole row.
  FindingBuilder& at_line(int line, std::string_view field);

  FindingBuilder& expected(std::string text);
  // What is expected, in words: zh-CN and English (the report shows one).
  FindingBuilder& expected(std::string zh, std::string en);
  FindingBuilder& actual(std::string text);
  // The rule's message `id` (a MessageSpec of its RuleSpec) filled with
  // `args`. Throws std::logic_error when the rule declares no such message or
  // an argument is missing: a plugin bug the host reports (host.plugin-failed).
  FindingBuilder& message(std::string_view id, std::initializer_list<MessageArg> args = {});
  // The suggested fix, a message of the rule as well.
  FindingBuilder& fix(std::string_view id, std::initializer_list<MessageArg> args = {});
  // Finished sentences, for rules that are not declared by a RuleSpec (a
  // plugin whose rules come from its configuration).
  FindingBuilder& text(std::string zh, std::string en);
  FindingBuilder& fix_text(std::string zh, std::string en);

  // Hands the finding to the sink. Call exactly once.
  void emit();

 private:
  const MessageSpec& lookup(std::string_view id) const;

  FindingSink& sink_;
  const RuleSpec* spec_ = nullptr;
  Finding finding_;
  bool emitted_ = false;
};

// The entry point plugins use: report(sink, spec, table).at(...).message("mismatch", {...}).emit();
inline FindingBuilder report(FindingSink& sink, const RuleSpec& rule, const Table& table) {
  return FindingBuilder(sink, rule, table);
}
inline FindingBuilder report(FindingSink& sink, std::string_view rule, const Table& table) {
  return FindingBuilder(sink, rule, table);
}

}  // namespace jxaudit
