// Hand-built tables for the not_applicable tests, written like the seed:
// level-1 groups with their points, level-2 categories, indicator rows.
#pragma once

#include <string>


#include "collecting_sink.hpp"
#include "hand_built_table.hpp"
#include "not_applicable_plugin.hpp"
#include "precedence_sink.hpp"
#include "option_yaml.hpp"

namespace jxaudit::not_applicable::test {

// The shared builder (tests/support/hand_built_table.hpp) with this plugin's
// defaults: the seed's 办公设备采购 table, indicator rows from line 16.
class TableBuilder : public jxaudit::testing::TableBuilder {
 public:
  explicit TableBuilder(const std::string& project_name = "办公设备采购", const std::string& code = "440304221061500000003") {
    starts_at(1).project(code, project_name, 3).at_line(16);
    // A hand-built table is the seed's (Shenzhen) form: its category policy applies.
    template_id("shenzhen-2022");
  }

  // The seed's 办公设备采购 table, which is clean for this plugin.
  static TableBuilder clean() {
    TableBuilder b;
    b.level1("产出指标", "50")
        .row("数量指标", "办公设备采购数量", "≥8台", "8台", "10", "10")
        .row("质量指标", "购置设备验收合格率", "≥95%", "100%", "10", "10")
        .row("时效指标", "购置办公设备验收完成及时性", "100%", "100%", "15", "15")
        .row("成本指标", "支出进度达标率", ">90%", "99%", "15", "15")
        .level1("效益指标", "30")
        .row("经济效益指标", "不适用", "不适用", "无", "0", "0")
        .row("社会效益指标", "保障办公室工作的正常运行", "100%", "100%", "30", "30")
        .row("生态效益指标", "不适用", "不适用", "无", "0", "0")
        .row("可持续影响指标", "不适用", "不适用", "无", "0", "0")
        .level1("满意度指标", "10")
        .row("服务对象满意度指标", "采购设备的使用满意度", "≥90%", "90%", "10", "10")
        .row("其他满意度指标", "不适用", "不适用", "无", "0", "0");
    return b;
  }
};

inline void set(Cell& c, const std::string& text) { jxaudit::testing::set_cell(c, text); }

// The check configured from `options_yaml` on `table`, its findings as the
// host keeps them (severities stamped; no rule of this plugin hides another).
inline jxaudit::testing::CollectingSink run(const Table& table, const std::string& options_yaml = "") {
  NotApplicableCheck check;
  Options options(options_yaml.empty() ? OptionNode() : jxaudit::testing::option_yaml(options_yaml), "test.yaml");
  check.configure(options);
  EXPECT_TRUE(options.errors().empty());
  jxaudit::testing::PrecedenceSink sink(check);
  check.check(table, sink);
  return sink.kept();
}

using Rules = std::vector<std::string>;

// The same row as the template's 不适用 row: 不适用 / 不适用 / 无 / 0 / 0.
inline void mark_not_applicable(Indicator& row) {
  set(row.name, "不适用");
  set(row.target, "不适用");
  set(row.actual, "无");
  set(row.points, "0");
  set(row.score, "0");
}

}  // namespace jxaudit::not_applicable::test
