// jxaudit corpus generator — synthetic 项目支出绩效自评表 tables at volume.
//
// The seed file has 11 real tables; the checks must be tested on thousands.
// generate() writes tables in exactly the seed's text layout (TAB-separated,
// the same labels, the same column drift) or, with CorpusOptions::family, in
// the layout of a real template family A–G (tests/fixtures/real/README.md;
// bench/README.md), with varied codes, amounts and indicator sets,
// deterministically from one seed number: the same options give the same
// bytes on every platform and standard library (no
// std::uniform_*_distribution; see rng.hpp).
//
// A CLEAN table is clean for every check of the bundled plugins (arithmetic,
// target_actual, deviation, not_applicable): sums, execution rate and funds
// score exact, every target met at full points, weights 10/50/30/10, every
// mandatory category present, no over-achievement beyond 50% — under its
// family's scoring scheme (D: 20 + 80; E, G: no scores). A cut-off table is
// clean in what it shows.
//
// Every `defect_every`-th table carries ONE injected defect. An injection is
// named by the rule id it must trigger (e.g. "arithmetic.total-score"); each
// injection yields one or more InjectedDefect entries: every finding a correct
// plugin set is expected to report for it (some defects unavoidably trigger a
// second rule, e.g. an unmet target at full points with no explanation is also
// deviation.unmet-unexplained). A plugin test asserts: every expected finding
// is found, and nothing else at error level anywhere in the corpus.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "jxaudit/corpus/truth.hpp"

namespace jxaudit::corpus {

struct CorpusOptions {
  std::uint64_t seed = 1;
  int tables = 1;
  // 0: no defects. K > 0: tables K-1, 2K-1, 3K-1 … (0-based) carry one injection
  // each; K = 1 makes every table defective.
  int defect_every = 0;
  // Injection kinds, used round-robin in this order. Each entry is a rule id
  // ("deviation.boilerplate") or a rule id with a variant
  // ("target_actual.unmet-full-score/percent"); a bare rule id cycles through
  // its variants. Empty (with defect_every > 0) means every known kind.
  std::vector<std::string> defect_kinds;
  // Funds unit: "元", "万元", or "mixed" (each table picks one).
  std::string unit = "元";
  // Template family the tables are written in (family_ids(); a family's
  // letter A–G is accepted too): "seed" is the Shenzhen seed's layout and
  // the default (its output does not change with the options below), "mixed"
  // draws a family A–G per table. See bench/README.md for each family.
  std::string family = "seed";
  // Features of the families A–G, each drawn per table with this chance in
  // percent: template placeholder rows (指标2:, ……) after a category's
  // indicators; a breakdown under one indicator (unscored 其中… rows, or
  // numbered 1、 2、 sub-items under a 一、 parent, as the family writes it);
  // a clean table that stops early, as tables cut off by their source do
  // (defective tables are never cut off).
  int placeholder_percent = 30;
  int breakdown_percent = 30;
  int cut_off_percent = 10;
  // Keep Corpus::truth: what every table holds, field by field, as a parser
  // that reads the family right must give it.
  bool record_truth = false;
};

// One expected finding.
struct InjectedDefect {
  int table = 0;             // 0-based table index in the generated text
  std::string project_code;  // 项目编码 of that table
  std::string rule;          // full rule id, e.g. "target_actual.unmet-full-score"
  std::string severity;      // the rule's default severity: "error", "warning" or "info"
  // What the finding is about: the 三级指标 name for indicator rules, the
  // level-1 name ("效益指标") for level-1 rules, the level-2 category
  // ("成本指标") for category rules, the funds row label for funds rules,
  // "总分" for total rules.
  std::string indicator;
  // 1-based line the finding points at: the indicator row, the funds row
  // (年度资金总额 for rate/score/breakdown), the row holding the level-1 label,
  // the 总分 row. 0 for table-level findings (required-category, no-benefit):
  // match those by table and rule.
  int line = 0;
  std::string kind;    // the injection that produced it: "rule/variant"
  int injection = 0;   // 0-based injection number; groups the findings of one injection
};

// What a generated table holds, for tests that parse the text back.
struct TableSummary {
  std::string project_code;  // as printed; "" in families that print none (a code is still drawn)
  int line = 0;        // line of the title
  int indicators = 0;  // indicator rows (including 不适用 rows; not breakdown rows or placeholders)
  bool defective = false;
  std::string family;  // family id ("seed", "central-2020" …)
  bool cut_off = false;
};

struct Corpus {
  std::string text;                     // UTF-8, LF line ends
  std::vector<TableSummary> tables;
  std::vector<InjectedDefect> defects;  // expected findings, in table order
  std::vector<TableTruth> truth;        // per table, when CorpusOptions::record_truth
};

// Generates the corpus. Throws std::invalid_argument for an unknown defect
// kind or variant, or a negative count.
Corpus generate(const CorpusOptions& options);

// Every known injection kind (rule ids), sorted.
std::vector<std::string> defect_kinds();
// The variants of one kind ("percent", "count" …), in cycling order.
std::vector<std::string> defect_variants(const std::string& kind);

// The family ids, "seed" first, then A–G in letter order.
std::vector<std::string> family_ids();
// The kinds and variants a family can carry (a wrong score needs scores, a
// component-row defect needs component rows …). Throw std::invalid_argument
// for an unknown family or kind.
std::vector<std::string> defect_kinds(const std::string& family);
std::vector<std::string> defect_variants(const std::string& kind, const std::string& family);

}  // namespace jxaudit::corpus
