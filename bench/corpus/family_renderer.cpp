// Title, project header, goals and footer rows of the families A–G, in the
// words of the real tables (tests/fixtures/real/), around the funds and
// indicator blocks of family_blocks.cpp / family_funds.cpp.
#include "family_renderer.hpp"

#include "vocabulary.hpp"

namespace jxaudit::corpus {
namespace {

// "稷山县" of "稷山县医疗保障局" (a county-titled table: 稷山县项目支出绩效自评表).
std::string county_of(const std::string& unit) {
  const std::string county = "县";
  const auto at = unit.find(county);
  return at == std::string::npos ? "" : unit.substr(0, at + county.size());
}

// Title lines; returns the title's line (the table's line).
int title(GenTable& t, RowWriter& w) {
  const bool extra = t.style.filler_row;  // 报表编号 line, a county-prefixed title
  switch (t.family) {
    case Family::central_2020: {
      // (The 附件: line above the real ones is left out: in a file of many
      // tables it would follow the table before, which no real file does.)
      const int line = w.row({(extra ? county_of(t.budget_unit) : "") + "项目支出绩效自评表"});
      w.row({"(" + t.year + "年度)"});
      return line;
    }
    case Family::poverty_relief: {
      const int line = w.row({"绩效目标自评表"});
      w.row({"(" + t.year + "年度)"});
      return line;
    }
    case Family::sichuan_2023:
      if (extra) w.row({"报表编号:510000_0013zp"});
      return w.row({"部门预算项目支出绩效自评表(" + t.year + "年度)"});
    case Family::yunnan_20_80: return w.row({t.year + "年度项目支出绩效自评表"});
    case Family::transfer_payment: {
      const int line = w.row({t.name + "转移支付项目绩效目标自评表"});
      w.row({"(" + t.year + "年度)"});
      return line;
    }
    case Family::beijing_2016: return w.row({"项目支出绩效自评表(" + t.year + "年度)"});
    case Family::hunan_county: return w.row({t.year + "年度县级专项资金绩效目标自评表"});
    case Family::seed: break;
  }
  return w.row({"项目支出绩效自评表"});
}

void project(GenTable& t, RowWriter& w, TableTruth& truth) {
  truth.name = t.name;
  truth.year = t.year;
  truth.implementing_unit = t.implementing_unit;
  truth.budget_unit = t.budget_unit;
  const std::string person = vocab::person_names()[static_cast<std::size_t>(t.name.size() % vocab::person_names().size())];
  switch (t.family) {
    case Family::central_2020:
      w.row({"项目名称", t.name});
      w.row({"主管部门", t.budget_unit, "实施单位", t.implementing_unit});
      break;
    case Family::poverty_relief:
      if (t.style.filler_row)
        w.row({"项目名称", t.name, "项目负责人及电话", person + "[电话已略]"});
      else
        w.row({"项目名称", t.name});
      w.row({"主管部门", t.budget_unit, "实施单位", t.implementing_unit});
      break;
    case Family::sichuan_2023:
      w.row({"项目名称", t.code + "-" + t.name});
      w.row({"主管部门", t.budget_unit, "实施单位 (盖章)", t.implementing_unit});
      truth.code = t.code;
      break;
    case Family::yunnan_20_80:
      w.row({"单位名称:" + t.implementing_unit + " 填报日期:" + std::to_string(std::stoi(t.year) + 1) + "年3月20日"});
      w.row({"项目名称", t.name});
      w.row({"主管部门", t.budget_unit, "项目实施单位", t.implementing_unit});
      w.row({"项目类别", "1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R"});
      w.row({"项目属性", "1、持续性项目 £ 2、新增性项目 R"});
      break;
    case Family::transfer_payment:
      w.row({"转移支付(项目)名称", t.name});
      w.row({"中央主管部门", t.budget_unit});
      w.row({"地方主管部门", t.budget_unit, "资金使用单位", t.implementing_unit});
      break;
    case Family::beijing_2016:
      w.row({"项目名称", t.name});
      w.row({"主管部门及代码", t.budget_unit, "实施单位:", t.implementing_unit});
      break;
    case Family::hunan_county:
      w.row({"专项资金名称", t.name, "负责人及电话", person});
      w.row({"县级主管部门", t.budget_unit, "实施单位", t.implementing_unit});
      break;
    case Family::seed: break;
  }
}

void goals(GenTable& t, RowWriter& w) {
  const std::string& e = t.goals_expected;
  const std::string& a = t.goals_actual;
  switch (t.family) {
    case Family::central_2020:
      w.row({"年度总体目标", "预期目标", "实际完成情况"});
      w.row({"", e, a});
      break;
    case Family::poverty_relief:
      w.row({"年度总体目标", "年初设定目标", "年度总体目标完成情况综述"});
      w.row({"", e, a});
      break;
    case Family::sichuan_2023:
      w.row({"项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况"});
      w.row({"", "", e, a});
      w.row({"", "2.项目实施内容及过程概述", a});
      break;
    case Family::transfer_payment: {
      w.row({"资金管理情况", "", "情况说明", "存在问题和改进措施"});
      static const std::vector<std::pair<std::string, std::string>> items = {
          {"分配科学性", "资金分配科学"}, {"下达及时性", "资金下达及时"}, {"拨付合规性", "资金拨付合规"},
          {"使用规范性", "资金使用规范"}, {"执行准确性", "资金执行准确"}};
      for (const auto& [item, text] : items) w.row({"", item, text, "暂无"});
      w.row({"总体目标完成情况", "总体目标", "全年实际完成情况"});
      w.row({"", e, a});
      break;
    }
    case Family::beijing_2016: w.row({"年度总体目标", e, a}); break;
    case Family::hunan_county:
      w.row({"年度 总体 目标", "年初设定目标", "全年实际完成情况"});
      w.row({"", e, a});
      break;
    case Family::yunnan_20_80:  // no goals block
    case Family::seed: break;
  }
}

void footer(GenTable& t, RowWriter& w, TableTruth& truth) {
  switch (t.family) {
    case Family::sichuan_2023:
      w.row({"评价结论", "项目按计划实施,资金支付及时,完成年度绩效目标。"});
      w.row({"存在问题", "无"});
      w.row({"改进措施", "无"});
      w.row({"项目负责人:" + vocab::person_names()[0], "财务负责人:" + vocab::person_names()[1]});
      break;
    case Family::hunan_county:
      truth.slots.push_back({"note", "说明", w.row({"说明", "无"})});
      truth.slots.push_back({"note", "注", w.row({"注:1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自有资金、社会资金,以及以前年度的结转结余资金等。"})});
      break;
    case Family::poverty_relief:
      if (t.style.filler_row)
        w.row({"注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。"});
      break;
    default: break;
  }
}

}  // namespace

void render_family_table(GenTable& t, std::string& out, int& next_line, TableTruth* truth) {
  TableTruth local;
  TableTruth& tt = truth != nullptr ? *truth : local;
  const FamilyTraits& tr = traits(t.family);
  tt.family = tr.id;
  tt.template_id = tr.template_id;
  tt.funds_points_scheme = tr.funds_points > 0 ? std::to_string(tr.funds_points) : "";
  tt.indicator_points_scheme = tr.indicator_points > 0 ? std::to_string(tr.indicator_points) : "";
  tt.points_column = tr.weight_column ? "weight" : tr.points_column ? "points" : "none";
  tt.scored = tr.scored;
  tt.explanation_column = tr.explanation_column;
  tt.total_points_printed = tr.total_points;
  tt.total_score_printed = tr.total_score;

  RowWriter w(out, next_line);
  w.blank();
  t.title_line = title(t, w);
  tt.line = t.title_line;
  project(t, w, tt);
  // Sichuan states the project (项目基本情况) before its budget; the others
  // their funds before their goals. A cut falls after whichever comes second.
  const bool goals_first = t.family == Family::sichuan_2023;
  if (goals_first) goals(t, w);
  family_blocks::funds(t, w, tt);
  if (t.style.cut == CutKind::after_funds || (goals_first && t.style.cut == CutKind::after_goals)) {
    tt.cut_off = true;
    return;
  }
  if (!goals_first) goals(t, w);
  if (t.style.cut == CutKind::after_goals) {
    tt.cut_off = true;
    return;
  }
  if (!family_blocks::indicators(t, w, tt)) return;
  family_blocks::total(t, w, tt);
  footer(t, w, tt);
}

}  // namespace jxaudit::corpus
