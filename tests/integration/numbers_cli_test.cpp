// Issue 10, end to end through the built jxaudit with its bundled plugins: a
// number the checks cannot compute with is an error finding and exit 1, never
// a silent pass. The table is the seed's first (离退休干部节日慰问金: 12000.00
// budgeted and spent, rate 100) with one cell changed per test.
#include <gtest/gtest.h>

#include <regex>

#include "run_support.hpp"

using namespace jxaudit::testing;

namespace {

struct Cells {
  std::string rate = "100";              // 年度资金总额 执行率(%)
  std::string carryover_budget = "0.00";  // 上年结转资金 全年预算数
  std::string target = "≥4";              // 发放离退休干部慰问金人数 年度指标值
};

std::string table(const Cells& c) {
  return "\n\n项目支出绩效自评表\n\n"
         "项目编码:\t440304221061500000046\t项目名称:\t离退休干部节日慰问金(科级及以下)\t绩效自评年度:\t2022\t\t\t\n"
         "实施单位:\t深圳市福田区政务服务数据管理局(本级)\t\t一级预算单位:\t深圳市福田区政务服务数据管理局(本级)\t\t\t\t\n"
         "资金使用情况\t\t\t\t\t\t\t\t\n"
         "\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率(%)\t得分\t\n"
         "项目资金(元)\t年度资金总额\t10000.00\t12000.00\t12000.00\t10\t" + c.rate + "\t10\t\n"
         "\t其中:当年财政拨款\t10000.00\t12000.00\t12000.00\t—\t—\t—\t\n"
         "\t上年结转资金\t0.00\t" + c.carryover_budget + "\t0.00\t—\t—\t—\t\n"
         "\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—\t\n"
         "项目目标完成情况\t\t\t\t\t\t\t\t\n"
         "年度总体目标\t预期目标\t\t\t*实际完成情况\t\t\t\t\n"
         "\t通过本项目实施,及时关心关爱广大离退休干部\t\t\t2022年,本局按时准确的发放离退休干部慰问金。\t\t\t\t\n"
         "年度绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t*实际完成值\t*分值\t*得分\t偏差原因分析及改进措施\n"
         "\t产出指标(50分)\t数量指标\t发放离退休干部慰问金人数\t" + c.target + "\t4人\t10\t10\t\n"
         "\t\t质量指标\t发放离退休干部慰问金准确率\t100%\t100%\t10\t10\t\n"
         "\t\t时效指标\t离退休干部慰问金发放工作完成及时性\t100%\t100%\t15\t15\t\n"
         "\t\t成本指标\t支出进度达标率\t>90%\t100%\t15\t15\t\n"
         "\t效益指标(30分)\t经济效益指标\t不适用\t不适用\t无\t0\t0\t\n"
         "\t\t社会效益指标\t体现对离退休干部关爱\t100%\t100%\t30\t30\t\n"
         "\t\t生态效益指标\t不适用\t不适用\t无\t0\t0\t\n"
         "\t\t可持续影响指标\t不适用\t不适用\t无\t0\t0\t\n"
         "\t满意度指标(10分)\t服务对象满意度指标\t退休干部人员满意度\t≥90%\t100%\t10\t10\t\n"
         "其他满意度指标\t\t不适用\t不适用\t无\t0\t0\t\t\n"
         "总分\t\t\t\t\t\t100\t100\t—\n";
}

// Runs the real jxaudit (bundled plugins, shipped config) on one table and
// returns the JSON report; `exit_code` is set.
std::string check(const Scratch& s, const Cells& cells, int& exit_code) {
  spit(s / "table.txt", table(cells));
  auto r = run_en(JXAUDIT_EXECUTABLE, {"check", "--format", "json", "--output", "-", (s / "table.txt").string()}, s.path());
  exit_code = r.exit_code;
  return r.out;
}

// True when the report holds a finding of `rule` at `severity`.
bool has_finding(const std::string& json, const std::string& rule, const std::string& severity) {
  const std::regex finding("\"rule\":\\s*\"" + std::regex_replace(rule, std::regex("\\."), "\\.") +
                           "\",\\s*\"severity\":\\s*\"" + severity + "\"");
  return std::regex_search(json, finding);
}

TEST(NumbersEndToEnd, ASixteenDecimalRateFailsLikeTwoDecimals) {
  Scratch s;
  int code = -1;
  // The template itself passes, so each finding comes from the one changed cell.
  const std::string clean = check(s, Cells{}, code);
  EXPECT_EQ(code, 0) << clean.substr(0, 2000);
  EXPECT_NE(clean.find("\"total\": 0"), std::string::npos) << clean.substr(0, 2000);
  const std::string two = check(s, Cells{.rate = "50.00"}, code);
  EXPECT_EQ(code, 1);
  EXPECT_TRUE(has_finding(two, "arithmetic.execution-rate", "error")) << two;
  const std::string sixteen = check(s, Cells{.rate = "50.0000000000000000"}, code);
  EXPECT_EQ(code, 1) << sixteen;
  EXPECT_TRUE(has_finding(sixteen, "arithmetic.execution-rate", "error")) << sixteen;
}

TEST(NumbersEndToEnd, FundsAmountsWhoseSumOverflowsFailTheTable) {
  Scratch s;
  int code = -1;
  const std::string json = check(s, Cells{.carryover_budget = "999999999999999999"}, code);
  EXPECT_EQ(code, 1) << json;
  EXPECT_TRUE(has_finding(json, "arithmetic.value-out-of-range", "error")) << json;
}

TEST(NumbersEndToEnd, ATargetOverEighteenDigitsFailsTheTable) {
  Scratch s;
  int code = -1;
  const std::string json = check(s, Cells{.target = "≥99999999999999999999"}, code);
  EXPECT_EQ(code, 1) << json;
  EXPECT_TRUE(has_finding(json, "target_actual.value-out-of-range", "error")) << json;
}

}  // namespace
