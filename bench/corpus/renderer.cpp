#include "renderer.hpp"

#include <vector>

#include "row_writer.hpp"

namespace jxaudit::corpus {
namespace {

using Writer = RowWriter;

std::string paren(const Layout& l, const std::string& inner) {
  if (l.fullwidth_parens) return "（" + inner + "）";
  return (l.spaced_parens ? " (" : "(") + inner + ")";
}

std::string level1_label(const Layout& l, const GenLevel1& g) {
  const std::string inner = g.points + "分";
  if (l.level1_style == "（）") return g.name + "（" + inner + "）";
  if (l.level1_style == " ()") return g.name + " (" + inner + ")";
  return g.name + "(" + inner + ")";
}

void header_rows(const GenTable& t, Writer& w) {
  const Layout& l = t.layout;
  w.row({"项目编码" + l.colon, t.code, "项目名称" + l.colon, t.name, "绩效自评年度" + l.colon, t.year, "", "", ""});
  if (l.unit_gap)
    w.row({"实施单位" + l.colon, t.implementing_unit, "", "一级预算单位" + l.colon, t.budget_unit, "", "", "", ""});
  else
    w.row({"实施单位" + l.colon, t.implementing_unit, "一级预算单位" + l.colon, t.budget_unit, "", "", "", "", ""});
}

void funds_rows(GenTable& t, Writer& w) {
  const Layout& l = t.layout;
  w.row({"资金使用情况", "", "", "", "", "", "", "", ""});
  w.row({"", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率" + paren(l, "%"), "得分", ""});
  auto& total = t.funds[0];
  total.line = w.row({"项目资金" + paren(l, t.unit), total.label, total.amounts[0], total.amounts[1], total.amounts[2],
                      t.funds_points, t.rate, t.funds_score, ""});
  for (std::size_t i = 1; i < t.funds.size(); ++i) {
    auto& r = t.funds[i];
    r.line = w.row({"", r.label, r.amounts[0], r.amounts[1], r.amounts[2], "—", "—", "—", ""});
  }
}

void goals_rows(const GenTable& t, Writer& w) {
  const Layout& l = t.layout;
  w.row({"项目目标完成情况", "", "", "", "", "", "", "", ""});
  Row head(9), text(9);
  head[0] = l.goals_label_on_text ? "" : "年度总体目标";
  text[0] = l.goals_label_on_text ? "年度总体目标" : "";
  head[1] = "预期目标";
  text[1] = t.goals_expected;
  const auto actual_col = static_cast<std::size_t>(1 + l.goals_gap);
  head[actual_col] = l.star + "实际完成情况";
  text[actual_col] = t.goals_actual;
  w.row(head);
  w.row(text);
}

// One indicator row, with the seed's drift when the row has no explanation:
// labels in columns 0/1/2, a leading empty cell or not, an empty cell between
// name and target (the seed's 政务事项管理 and 网格信息管理 rows).
Row indicator_row(const GenTable& t, const GenIndicator& ind, bool first_l1, bool first_l2, Rng& drift) {
  const std::string l1 = first_l1 ? level1_label(t.layout, t.level1[static_cast<std::size_t>(ind.level1)]) : "";
  const std::string l2 = first_l2 ? ind.level2 : "";
  const Row standard = {"", l1, l2, ind.name, ind.target, ind.actual, ind.points, ind.score, ind.explanation};
  if (!ind.explanation.empty() || !drift.chance(t.layout.drift_percent)) return standard;
  const auto& n = ind.name;
  const auto& tg = ind.target;
  const auto& a = ind.actual;
  const auto& p = ind.points;
  const auto& s = ind.score;
  if (first_l1) return {l1, l2, n, tg, a, p, s, "", ""};
  if (first_l2) {
    if (ind.form == Form::not_applicable) {
      switch (drift.below(3)) {
        case 0: return {l2, "", n, tg, a, p, s, "", ""};
        case 1: return {l2, n, tg, a, p, s, "", "", ""};
        default: break;
      }
    }
    return {"", l2, n, tg, a, p, s, "", ""};
  }
  switch (drift.below(3)) {
    case 0: return {"", "", n, tg, a, p, s, "", ""};
    case 1: return {"", n, tg, a, p, s, "", "", ""};
    default: return {"", n, "", tg, a, p, s, "", ""};
  }
}

void indicator_rows(GenTable& t, Writer& w, Rng& drift) {
  const Layout& l = t.layout;
  w.row({"年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", l.star + "实际完成值", l.star + "分值",
         l.star + "得分", "偏差原因分析及改进措施"});
  const GenIndicator* prev = nullptr;
  for (auto& ind : t.indicators) {
    const bool first_l1 = prev == nullptr || prev->level1 != ind.level1;
    const bool first_l2 = first_l1 || prev->level2 != ind.level2;
    ind.line = w.row(indicator_row(t, ind, first_l1, first_l2, drift));
    ind.printed_name = ind.name;
    if (first_l1) {
      auto& g = t.level1[static_cast<std::size_t>(ind.level1)];
      g.line = ind.line;
      g.label = level1_label(l, g);
    }
    prev = &ind;
  }
}

void total_row(GenTable& t, Writer& w) {
  if (t.layout.total_shifted)
    t.total_line = w.row({"总分", "", "", "", "", t.total_points, t.total_score, "—", ""});
  else
    t.total_line = w.row({"总分", "", "", "", "", "", t.total_points, t.total_score, "—"});
}

}  // namespace

TableTruth seed_truth(const GenTable& t) {
  TableTruth tt;
  tt.family = "seed";
  tt.template_id = "shenzhen-2022";
  tt.line = t.title_line;
  tt.code = t.code;
  tt.name = t.name;
  tt.year = t.year;
  tt.implementing_unit = t.implementing_unit;
  tt.budget_unit = t.budget_unit;
  tt.unit = t.unit;
  for (std::size_t i = 0; i < t.funds.size(); ++i) {
    const GenFundsRow& r = t.funds[i];
    TruthFundsRow f{r.kind, r.label, r.amounts[0], r.amounts[1], r.amounts[2], "", "", "", r.line};
    if (i == 0) {
      f.points = t.funds_points;
      f.execution_rate = t.rate;
      f.score = t.funds_score;
    }
    tt.funds.push_back(f);
  }
  for (const auto& g : t.level1) tt.level1.push_back({g.name, g.points, g.label, g.line});
  for (const auto& ind : t.indicators) {
    TruthIndicator ti;
    ti.level1 = t.level1[static_cast<std::size_t>(ind.level1)].name;
    ti.level2 = ind.level2;
    ti.name = ind.name;
    ti.target = ind.target;
    ti.actual = ind.actual;
    ti.points = ind.points;
    ti.score = ind.score;
    ti.explanation = ind.explanation;
    ti.line = ind.line;
    tt.indicators.push_back(ti);
  }
  tt.has_total = true;
  tt.total_points = t.total_points;
  tt.total_score = t.total_score;
  tt.total_line = t.total_line;
  tt.funds_points_scheme = "10";
  tt.indicator_points_scheme = "90";
  tt.points_column = "points";
  return tt;
}

void render_table(GenTable& t, Rng& drift, std::string& out, int& next_line) {
  Writer w(out, next_line);
  w.blank();
  t.title_line = w.row({"项目支出绩效自评表"});
  w.blank();
  header_rows(t, w);
  funds_rows(t, w);
  goals_rows(t, w);
  indicator_rows(t, w, drift);
  total_row(t, w);
}

}  // namespace jxaudit::corpus
