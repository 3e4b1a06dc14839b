// The generator's own model of one table, before it is written as text.
//
// Every numeric cell is kept as the TEXT it will be written as, so a defect
// can do anything a person does to a table (blank a cell, mistype a total)
// without the model getting in the way; helpers in spec_math.hpp read them
// back as Decimal. The renderer fills in the line numbers.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "family.hpp"
#include "jxaudit/decimal.hpp"

namespace jxaudit::corpus {

// What an indicator row is, so defects can find a suitable row.
enum class Form {
  percent,        // ≥90% → 95%
  count,          // ≥8台 → 9台, 259份 → 259份, ≥4 → 4人
  count_wan,      // ≥180万人 → 192万人
  money_cost,     // ≤18万元 → 16.6万元 (成本指标)
  deadline,       // 24小时内, 15个工作日内
  duration,       // 24小时 → 24小时
  date,           // 2022年 → 2022年12月
  disjunction,    // ≥2天或16小时 → 2天
  lower_better,   // 0起 → 0起 (事故发生数)
  progress_rate,  // 支出进度达标率 >90% → the execution rate
  satisfaction,   // 满意度 ≥90% → 95%
  not_applicable  // 不适用 | 不适用 | 无 | 0 | 0
};

// A breakdown row under an indicator (families A–G): an unscored 其中… row,
// or a numbered 1、 sub-item whose score is a share of its parent's.
struct GenPart {
  std::string name, target, actual, score;
  int line = 0;
};

struct GenIndicator {
  int id = 0;          // stable across edits; expectations refer to it
  int level1 = 0;      // index into GenTable::level1
  std::string level2;  // 二级指标 category
  Form form = Form::percent;
  std::string name, target, actual;
  std::string points, score;  // as written ("10", "1.7", "" for a blank)
  std::string explanation;
  std::string prefix;          // printed before the name: "指标1:", "★", "一、" (families A–G)
  std::vector<GenPart> parts;  // breakdown rows (edits leave such a parent alone)
  int placeholders = 0;        // placeholder rows written after it (指标2:, ……)
  int line = 0;
  std::string printed_name;    // numbering + prefix + name, as the renderer wrote it
};

struct GenLevel1 {
  std::string name;    // 产出指标
  std::string points;  // as written inside the label: "50"
  int line = 0;        // row that carries the label (first indicator of the group)
  std::string label;   // the label as printed (the renderer's)
};

struct GenFundsRow {
  std::string label;  // 年度资金总额, 其中:当年财政拨款, 上年结转资金, 其他资金
  std::array<std::string, 3> amounts;  // 年初预算数, 全年预算数, 全年执行数
  std::string kind;   // truth kind: total, current_appropriation, carryover, other, extra
  int line = 0;
};

// How a table of a family A–G is written, drawn once per table.
enum class CutKind { none, after_funds, after_goals, after_header, after_row, label_row, partial_row };

struct FamilyStyle {
  std::string numbering;          // "", "指标N:", "指标N": name prefixes, restarting per category
  bool stars = false;             // ★ before some names (B)
  bool spaced_level1 = false;     // 产 出 指 标
  bool spaced_level2 = false;     // 经济效益 指标
  bool short_level2 = false;      // 社会效益 (without 指标)
  bool level1_points = false;     // 产出指标(50分)
  std::string zero_cells = "";    // a zero component row: "" (label only), "—", "-", "0.00"
  std::string amount_suffix;      // "", "万", "万元" written in each amount cell
  bool decimal_scores = false;    // 15.0 (D)
  bool filler_row = false;        // an extra the family sometimes prints: 报表编号 (C), a county title (A), 项目负责人 and 注 (B)
  bool notes_text = false;        // the template's note in C's 原因 cell / F's 得分计算方法
  bool na_label_only = false;     // an empty category is its label alone, not a 不适用 row
  CutKind cut = CutKind::none;
  int cut_after = 0;              // complete indicator rows before the cut
};

// Seed-like layout drift chosen once per table.
struct Layout {
  std::string colon = ":";           // ":" or "："
  bool fullwidth_parens = false;     // （本级） 项目资金（元）
  bool spaced_parens = false;        // "(本级)" written " (本级)", "执行率 (%)"
  std::string level1_style = "()";   // "()", " ()", "（）"
  std::string star = "*";            // "*" or "* "
  bool goals_label_on_text = false;  // 年度总体目标 on the text row instead of the header row
  int goals_gap = 3;                 // empty cells between expected and actual (3 or 4)
  bool total_shifted = false;        // 总分|||||100|98.37|—|
  bool trim_numbers = false;         // 83.7 instead of 83.70
  bool unit_gap = false;             // 实施单位:|x||一级预算单位: (extra empty cell)
  int drift_percent = 15;            // chance a plain indicator row drifts columns
};

struct GenTable {
  Family family = Family::seed;
  std::string code, name, year, implementing_unit, budget_unit;
  std::string unit = "元";                 // funds unit
  // Total first, then its components: the seed's current appropriation,
  // carryover, other; a family's own rows (D: the total alone).
  std::vector<GenFundsRow> funds;
  std::string funds_points = "10", rate, funds_score;
  std::string goals_expected, goals_actual;
  std::vector<GenLevel1> level1;           // 产出 / 效益 / 满意度
  std::vector<GenIndicator> indicators;    // in table order, grouped by level1 then level2
  std::string total_points, total_score;
  Layout layout;
  FamilyStyle style;
  int title_line = 0;
  int total_line = 0;
  int next_id = 0;
};

}  // namespace jxaudit::corpus
