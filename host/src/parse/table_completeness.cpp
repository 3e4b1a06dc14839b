// After a table is read: which template family it is (config/templates/,
// matched on what the parser saw: parse/template_families.hpp), its scoring
// scheme, and what it lacks. A missing part is reported, never a reason to
// drop the table. Parts the matched family does not have at all (its
// `lacks`) are info; parts it should have are warnings.
#include "parse/table_reader.hpp"
#include "text/normalize.hpp"

namespace jxaudit::parse {

namespace {

std::vector<std::string> filled_keys(const text::Row& row) {
  std::vector<std::string> keys;
  for (const auto& cell : row.cells)
    if (!cell.key.empty()) keys.emplace_back(cell.key);
  return keys;
}

}  // namespace

void TableReader::note_funds_header(const text::Row& row) { funds_header_keys_ = filled_keys(row); }

void TableReader::note_indicator_header(const text::Row& row) {
  indicator_header_keys_ = filled_keys(row);
  // The block caption may state its points: 绩效指标(90分), 年度绩效目标 (80分).
  // A column label with a remark ("分值(10分)") is no caption.
  indicator_caption_points_.reset();
  for (const auto& key : indicator_header_keys_) {
    const std::string_view k = key;
    const auto open = k.rfind('(');
    if (open == std::string_view::npos || open == 0 || !k.ends_with("分)") ||
        vocabulary_.indicator_column(k.substr(0, open)))
      continue;
    if (auto points = Decimal::parse(k.substr(open + 1, k.size() - open - 1 - std::string_view("分)").size()))) {
      indicator_caption_points_ = points;
      break;
    }
  }
}

TableShape TableReader::shape() const {
  TableShape s;
  s.title = text::label_key(table_.title);
  s.has_project_code = !table_.project.code.empty();
  s.funds_header_seen = funds_header_seen_;
  s.funds_header_keys = funds_header_keys_;
  for (const auto& [col, field] : funds_columns_) s.funds_columns.push_back(field);
  if (!funds_notes_columns_.empty()) s.funds_columns.push_back(FundsColumn::notes);
  s.funds_caption_points = funds_caption_points_.number;
  s.indicator_header_seen = indicators_.has_header();
  s.indicator_header_keys = indicator_header_keys_;
  s.indicator_columns = indicators_.columns();
  s.indicator_caption_points = indicator_caption_points_;
  return s;
}

void TableReader::finish() {
  const TemplateFamily& family = vocabulary_.families().match(shape());
  table_.template_id = family.id;
  table_.scoring = family.scoring;
  auto lacks = [&](const char* part) { return family.lacks.count(part) > 0; };
  const int line = table_.line;
  // No 总分 and no footer after the body: the source ends early. Reported
  // once; the parts after the cut are not reported one by one.
  const bool cut_off = !table_.total && zone_ != Zone::footer && zone_ != Zone::after_total && last_line_ > 0;
  if (cut_off) {
    table_.cut_off_after = last_line_;
    indicators_.cut_off_after(last_line_);  // a split target the cut left without its unit
    diagnostics_.drop(table_.index, ParserRule::indicator_without_values, last_line_);  // the cut says it
    diagnostics_.add(ParserRule::table_cut_off, last_line_, table_.index,
                     i18n::both("the table ends early after line {} (no 总分 row and no footer); the parts after it "
                                "are missing and not reported one by one",
                                last_line_));
  }
  // Zones in table order: a part of a zone the cut came before is not missing.
  auto after_cut = [&](Zone part_zone) {
    return cut_off && static_cast<int>(part_zone) > static_cast<int>(zone_);
  };
  // A part the family lacks is info, not the rule's declared warning.
  // `what` names the part (a msgid: N_).
  auto missing = [&](const char* part, ParserRule rule, const char* what) {
    const i18n::Bilingual name{std::string(i18n::tr(what, MessageLanguage::zh_cn)),
                               std::string(i18n::tr(what, MessageLanguage::en))};
    if (lacks(part))
      diagnostics_.add_as_info(rule, line, table_.index, i18n::both("the template has no {}", name));
    else
      diagnostics_.add(rule, line, table_.index, i18n::both("the table lacks {}", name));
  };

  const Project& p = table_.project;
  if (p.code.empty()) missing("code", ParserRule::missing_project_code, N_("project code (项目编码)"));
  if (p.name.empty()) missing("name", ParserRule::missing_project_name, N_("project name (项目名称)"));
  if (p.year.empty()) missing("year", ParserRule::missing_year, N_("evaluation year (绩效自评年度)"));
  if (p.implementing_unit.empty())
    missing("implementing_unit", ParserRule::missing_implementing_unit, N_("implementing unit (实施单位)"));
  if (p.budget_unit.empty())
    missing("budget_unit", ParserRule::missing_budget_unit, N_("budget unit (一级预算单位/主管部门)"));

  if (!table_.funds && !after_cut(Zone::funds)) {
    missing("funds", ParserRule::missing_funds, N_("funds block (资金使用情况)"));
  } else {
    const Funds& f = *table_.funds;
    if (f.unit.empty()) missing("funds_unit", ParserRule::missing_funds_unit, N_("funds unit (元/万元)"));
    if (!f.total()) missing("funds_total", ParserRule::missing_funds_total, N_("funds total row (年度资金总额)"));
    if (funds_header_seen_) {
      auto has = [&](FundsColumn c) {
        for (const auto& [col, field] : funds_columns_)
          if (field == c) return true;
        return false;
      };
      if (!has(FundsColumn::initial_budget))
        missing("initial_budget", ParserRule::missing_initial_budget_column, N_("initial budget column (年初预算数)"));
      if (!has(FundsColumn::score)) missing("funds_score", ParserRule::missing_funds_score_column, N_("funds score column (得分)"));
      if (!has(FundsColumn::points))
        missing("funds_points", ParserRule::missing_funds_points_column, N_("funds points column (分值)"));
    }
  }
  if (table_.goals.expected.empty() && table_.goals.actual.empty() && !after_cut(Zone::goals))
    missing("goals", ParserRule::missing_goals, N_("annual goals (年度总体目标)"));
  if (after_cut(Zone::indicators)) {
    // the indicator block was never reached: nothing to say about its columns
  } else if (!indicators_.has_header())
    missing("indicator_header", ParserRule::missing_indicator_header, N_("indicator header row (default column order used)"));
  else {
    if (!indicators_.has_column(IndicatorColumn::points))
      missing("points", ParserRule::missing_points_column, N_("points column (分值)"));
    if (!indicators_.has_column(IndicatorColumn::score))
      missing("score", ParserRule::missing_score_column, N_("score column (得分)"));
    if (!indicators_.has_column(IndicatorColumn::explanation))
      missing("explanation", ParserRule::missing_explanation_column, N_("explanation column (偏差原因分析及改进措施)"));
  }
  if (table_.indicators.empty() && !after_cut(Zone::indicators)) missing("indicators", ParserRule::missing_indicators, N_("indicator rows (三级指标)"));
  if (!table_.total && !cut_off) missing("total", ParserRule::missing_total, N_("total row (总分)"));
}

}  // namespace jxaudit::parse
