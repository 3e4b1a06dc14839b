// What a generated table holds, field by field, as a parser that reads its
// template family right must give it (CorpusOptions::record_truth). Texts are
// as printed, before the parser's normalisation; numbers are the printed
// number without its unit suffix or % ("15.0", "3359.62", "99.10"); "" means
// the table prints no value there (a blank, "—", "-" or "/" cell).
#pragma once

#include <string>
#include <vector>

namespace jxaudit::corpus {

struct TruthFundsRow {
  // "total", "current_appropriation", "carryover", "other" (the model's four
  // kinds), or "extra" for a component row of another kind (财政专户管理资金,
  // 中央财政资金, 县级资金 …) that still takes part in the sums.
  std::string kind;
  std::string label;  // as printed
  std::string initial_budget, full_year_budget, executed;
  std::string points, execution_rate, score;  // the row's own cells
  int line = 0;
};

struct TruthPart {  // an unscored 其中… row or a numbered 1、 sub-item
  std::string name, target, actual, points, score;
  int line = 0;
};

struct TruthIndicator {
  std::string level1;  // canonical 一级指标 name: 产出指标, 效益指标, 满意度指标
  std::string level2;  // canonical 二级指标 name (社会效益指标 for a printed 社会效益)
  std::string name;    // as printed, with its 指标1: / ★ prefix
  std::string target;  // split targets joined: ≥ | 30 | 万元 → ≥30万元
  std::string actual, points, score, explanation;
  std::vector<TruthPart> parts;
  int line = 0;
};

struct TruthLevel1 {
  std::string name;    // canonical
  std::string points;  // from the label's (N分); "" when the label has none
  std::string label;   // as printed
  int line = 0;
};

// A row that is neither an indicator nor a part.
struct TruthSlot {
  // "placeholder": 指标2:, 指标2, …… — must be a placeholder slot.
  // "label": a level-1/level-2 label alone (an empty category); "note":
  // 说明/注 rows — no indicator, kept as a slot or not.
  std::string kind;
  std::string text;
  int line = 0;
};

struct TableTruth {
  std::string family;
  std::string template_id;  // the config/templates family a parser should name (Table::template_id)
  int line = 0;  // title line
  std::string code, name, year, implementing_unit, budget_unit;  // "" when not printed
  std::string unit;                    // funds unit: 元 or 万元; "" without a funds block
  bool has_funds = true;
  std::vector<TruthFundsRow> funds;    // in table order, total first
  std::vector<TruthLevel1> level1;
  std::vector<TruthIndicator> indicators;
  std::vector<TruthSlot> slots;
  bool has_total = false;
  std::string total_points, total_score;
  int total_line = 0;
  bool cut_off = false;
  // The family's scoring scheme (what Table::scoring should say).
  std::string funds_points_scheme;       // "10", "20", "" (no funds score)
  std::string indicator_points_scheme;   // "90", "80", ""
  std::string points_column;             // "points", "weight", "none"
  bool scored = true;
  // What the family prints besides (the oracle of tests/unit/corpus reads only that).
  bool explanation_column = true;
  bool total_points_printed = true;
  bool total_score_printed = true;
};

}  // namespace jxaudit::corpus
