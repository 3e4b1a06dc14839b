// Template families through the built jxaudit (docs/templates.md): a family
// added from a YAML file with `parse --templates` or `templates:` in
// jxaudit.yaml matches and scores its table; a user family replacing a
// built-in one is noted; a misspelt key stops the run with file:line; an
// unscored table keeps its target and reason checks; the total row of a
// family that prints it without a score (C) or without points (D) is checked as such.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_support.hpp"

using namespace jxaudit::testing;

namespace {

const std::string kFixtures = JXAUDIT_FIXTURES_DIR;
const std::string kCounty = kFixtures + "/templates/county-15-85.txt";

// `jxaudit parse FILE` prints a list of one document: that document.
nlohmann::json parse_json(const RunResult& r) {
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json all = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_TRUE(all.is_array() && all.size() == 1) << r.out.substr(0, 200);
  return all.is_array() && all.size() == 1 ? all[0] : nlohmann::json();
}

// The rules of the findings in a JSON report, with their expected values.
std::vector<std::string> findings_of(const nlohmann::json& report, const std::string& rule) {
  std::vector<std::string> out;
  for (const auto& f : report["findings"])
    if (f["rule"] == rule) out.push_back(f["expected"].get<std::string>());
  return out;
}

TEST(TemplatesCli, ParseTemplatesAddsAFamilyFromYamlAlone) {
  Scratch s;
  const auto builtin = parse_json(run_en(JXAUDIT_EXECUTABLE, {"parse", kCounty}, s.path()));
  EXPECT_EQ(builtin["tables"][0]["template"], "central-2020");
  EXPECT_EQ(builtin["tables"][0]["scoring"]["funds_points"], 10);
  const auto added =
      parse_json(run_en(JXAUDIT_EXECUTABLE, {"parse", "--templates", kFixtures + "/templates", kCounty}, s.path()));
  const auto& t = added["tables"][0];
  EXPECT_EQ(t["template"], "county-15-85");
  EXPECT_EQ(t["scoring"]["funds_points"], 15);
  EXPECT_EQ(t["scoring"]["indicator_points"], 85);
  EXPECT_EQ(t["scoring"]["points_column"], "points");
  EXPECT_EQ(t["scoring"]["scored"], true);
}

TEST(TemplatesCli, AUserFamilyReplacingABuiltInOneIsNoted) {
  Scratch s;
  spit(s / "mine" / "central.yaml", "id: central-2020\npriority: 31\nmatch: {title-suffix: 自评表}\n");
  const RunResult r = run_en(JXAUDIT_EXECUTABLE, {"parse", "--templates", (s / "mine").string(), kCounty}, s.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("info"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find((s / "mine" / "central.yaml").string() + ":1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("replaces"), std::string::npos) << r.err;
  EXPECT_EQ(parse_json(r)["tables"][0]["template"], "central-2020");
}

TEST(TemplatesCli, AMisspeltKeyStopsTheRunWithFileAndLine) {
  Scratch s;
  const auto file = (s / "bad.yaml").string();
  spit(file, "id: bad\npriority: 12\nmatch: {}\nscoring:\n  fund-points: 20\n");
  const RunResult parse = run_en(JXAUDIT_EXECUTABLE, {"parse", "--templates", file, kCounty}, s.path());
  EXPECT_EQ(parse.exit_code, 2);
  EXPECT_NE(parse.err.find(file + ":5"), std::string::npos) << parse.err;
  EXPECT_NE(parse.err.find("did you mean 'funds-points'"), std::string::npos) << parse.err;
  EXPECT_TRUE(parse.out.empty());
  // The same through jxaudit.yaml's templates: key.
  spit(s / "jxaudit.yaml", "templates: [bad.yaml]\n");
  const RunResult check =
      run_en(JXAUDIT_EXECUTABLE, {"check", "--config", (s / "jxaudit.yaml").string(), kCounty}, s.path());
  EXPECT_EQ(check.exit_code, 2);
  EXPECT_NE(check.err.find(file + ":5"), std::string::npos) << check.err;
}

TEST(TemplatesCli, CheckScoresATableByTheFamilyNamedInTheConfig) {
  Scratch s;
  // 13.5 → 12: wrong against 15 × 90 %.
  std::string text = slurp(kCounty);
  const std::string cell = "\t90.00%\t13.5";
  ASSERT_NE(text.find(cell), std::string::npos);
  text.replace(text.find(cell), cell.size(), "\t90.00%\t12");
  spit(s / "county.txt", text);
  spit(s / "with" / "jxaudit.yaml", "templates: [" + kFixtures + "/templates/county-15-85.yaml]\n");
  spit(s / "without" / "jxaudit.yaml", "jobs: 1\n");
  auto check = [&](const std::string& config) {
    const RunResult r = run_en(JXAUDIT_EXECUTABLE,
                            {"check", "--config", (s / config / "jxaudit.yaml").string(), "--format", "json",
                             "--output", "-", "--fail-on", "never", (s / "county.txt").string()},
                            s.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out, nullptr, false);
  };
  const auto with = check("with");
  // 15 × 90 % = 13.5, as this table writes its scores (to one decimal).
  EXPECT_EQ(findings_of(with, "arithmetic.funds-score"), std::vector<std::string>{"13.5"});
  EXPECT_TRUE(findings_of(with, "arithmetic.total-points").empty());
  // Without the family: a central table assumed 10 + 90, its 12 above the 10
  // points not checked, and 10 + 85 ≠ 100 reported.
  const auto without = check("without");
  EXPECT_TRUE(findings_of(without, "arithmetic.funds-score").empty());
  EXPECT_EQ(findings_of(without, "arithmetic.total-points"), std::vector<std::string>{"95"});
}

// A county special-funds table (family G): targets, actuals and reasons only.
const char* const kUnscored =
    "2023年度县级专项资金绩效目标自评表\n"
    "专项资金名称\t农村饮水安全维修养护\n"
    "县级主管部门\t某县水利局\t实施单位\t某县农村供水站\n"
    "项目资金(万元)\t\t全年预算数(A)\t全年执行数(B)\t执行率(B/A)\n"
    "\t年度资金总额\t50\t50\t100%\n"
    "年度总体目标\t年初设定目标\t全年实际完成情况\n"
    "\t完成农村供水工程维修养护\t完成农村供水工程维修养护\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因分析及改进措施\n"
    "\t产出指标\t数量指标\t维修养护供水工程\t≥20处\t16处\t\n"
    "\t\t质量指标\t供水水质达标率\t≥90%\t95%\t\n"
    "\t效益指标\t社会效益指标\t受益人口\t≥1000人\t2600人\t\n"
    "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t96%\t\n";

TEST(TemplatesCli, AnUnscoredTableKeepsItsTargetAndReasonChecks) {
  Scratch s;
  spit(s / "county.txt", kUnscored);
  const auto parsed = parse_json(run_en(JXAUDIT_EXECUTABLE, {"parse", (s / "county.txt").string()}, s.path()));
  EXPECT_EQ(parsed["tables"][0]["template"], "county-special-2020");
  EXPECT_EQ(parsed["tables"][0]["scoring"]["scored"], false);
  EXPECT_TRUE(parsed["tables"][0]["scoring"]["funds_points"].is_null());
  const RunResult r = run_en(JXAUDIT_EXECUTABLE,
                          {"check", "--format", "json", "--output", "-", "--fail-on", "never",
                           (s / "county.txt").string()},
                          s.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto report = nlohmann::json::parse(r.out);
  // 16 of 20 处, no reason: deviation still says so; 2600 of 1000 人 is over-achieved.
  EXPECT_EQ(findings_of(report, "deviation.unmet-unexplained").size(), 1u) << r.out;
  EXPECT_EQ(findings_of(report, "target_actual.over-achievement").size(), 1u) << r.out;
  // No 分值/得分 is asked of it.
  EXPECT_TRUE(findings_of(report, "arithmetic.missing-value").empty()) << r.out;
  EXPECT_TRUE(findings_of(report, "arithmetic.funds-score").empty()) << r.out;
}

// A filled Sichuan 2023 table (family C): its 合计 row is `合计 | 100`, the
// 权重 sum alone, as the form prints it (real 04, 06).
const char* const kSichuan =
    "部门预算项目支出绩效自评表(2023年度)\n"
    "项目名称\t51000021R000000012345-示范培训项目\n"
    "主管部门\t某县教育局\t实施单位 (盖章)\t某县教师进修学校\n"
    "预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因\n"
    "\t总额\t50.00\t50.00\t50.00\t100.00%\t10\t10\n"
    "\t其中:财政资金\t50.00\t50.00\t50.00\t100.00%\t/\t/\n"
    "绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析\n"
    "\t产出指标\t数量指标\t培训人次\t≥\t200\t人次\t230人次\t50\t50\n"
    "\t效益指标\t社会效益指标\t教师满意度\t≥\t90\t%\t95%\t40\t40\n"
    "合计\t100\n"
    "评价结论\t完成年度目标。\n";

// A 20 + 80 table (family D): no 分值 column, so its 总分 row holds the score
// alone, under 得分 — here 98.50 where funds 20 + 40 + 39.5 = 99.50.
const char* const kScoresOnly =
    "2022年度项目支出绩效自评表\n"
    "项目名称\t示范培训项目\n"
    "主管部门\t某县教育局\t项目实施单位\t某县教师进修学校\n"
    "预算执行情况(万元) (20分)\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分 (20分*执行率)\n"
    "年度财政资金总额\t100\t100\t100%\t20\n"
    "年度绩效目标 (80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分\n"
    "\t产出指标\t数量指标\t培训人次\t≥200人次\t230人次\t40\n"
    "\t效益指标\t社会效益指标\t群众知晓率\t≥90%\t95%\t39.5\n"
    "总分\t\t\t\t\t\t98.50\n";

nlohmann::json check_json(const Scratch& s, const std::string& file) {
  const RunResult r = run_en(JXAUDIT_EXECUTABLE, {"check", "--format", "json", "--output", "-", "--fail-on", "never", file},
                          s.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out, nullptr, false);
}

TEST(TemplatesCli, ASichuanTotalRowWithoutAScoreIsNoMissingValue) {
  Scratch s;
  spit(s / "sichuan.txt", kSichuan);
  const auto report = check_json(s, (s / "sichuan.txt").string());
  EXPECT_TRUE(findings_of(report, "arithmetic.missing-value").empty()) << report.dump(1);
  EXPECT_TRUE(findings_of(report, "arithmetic.total-points").empty()) << report.dump(1);  // 10 + 50 + 40 = 100
}

TEST(TemplatesCli, TheOneNumberOfAScoresOnlyTotalRowIsCheckedAsTheScore) {
  Scratch s;
  spit(s / "d.txt", kScoresOnly);
  const auto report = check_json(s, (s / "d.txt").string());
  EXPECT_EQ(findings_of(report, "arithmetic.total-score"), std::vector<std::string>{"99.50"}) << report.dump(1);
  EXPECT_TRUE(findings_of(report, "arithmetic.missing-value").empty()) << report.dump(1);
}

}  // namespace
