// The vocabulary: the built-in copy loads, a user file can replace it, errors
// carry positions, and a fourth template needs YAML only.
#include <gtest/gtest.h>

#include "parse_test_support.hpp"
#include "parse/template_families.hpp"
#include "text/normalize.hpp"

namespace jxaudit::parse::detail {
extern const std::string_view kBuiltinVocabularyYaml;  // jxaudit_embed_text (parse/CMakeLists.txt)
}  // namespace jxaudit::parse::detail

namespace jxaudit::parse::testing {
namespace {

std::string key(const std::string& label) { return text::label_key(text::normalize(label)); }

TEST(Vocabulary, BuiltInLoadsWithTheSeedVocabulary) {
  const Vocabulary& v = vocabulary();
  EXPECT_EQ(v.project_field(key("项目编码：")), ProjectField::code);
  EXPECT_EQ(v.project_field(key("主管部门")), ProjectField::budget_unit);
  EXPECT_EQ(v.funds_row(key("其中: 当年财政拨款")), FundsKind::current_appropriation);
  EXPECT_EQ(v.funds_row(key("其中:本年财政拨款")), FundsKind::current_appropriation);
  EXPECT_EQ(v.funds_row(key("年度资金总额:")), FundsKind::total);
  EXPECT_EQ(v.funds_unit(key("项目资金（万元）")), "万元");
  EXPECT_EQ(v.funds_unit(key("项目资金 (元)")), "元");
  EXPECT_FALSE(v.funds_unit(key("项目资金")).has_value());
  EXPECT_EQ(v.funds_column(key("执行率(B/A)")), FundsColumn::execution_rate);
  EXPECT_EQ(v.indicator_column(key("* 实际完成值")), IndicatorColumn::actual);
  EXPECT_EQ(v.indicator_column(key("未完成原因及拟采取的改进措施")), IndicatorColumn::explanation);
  const auto l1 = v.level1_label(key("产出指标 (50分)"));
  ASSERT_TRUE(l1.has_value());
  EXPECT_EQ(v.level1()[l1->index.value()].name, "产出指标");
  EXPECT_EQ(l1->points->to_string(), "50");
  EXPECT_FALSE(v.level1_label(key("产出指标(五十分)")).has_value());
  EXPECT_FALSE(v.level1_label(key("发放人数")).has_value());
  const auto l2 = v.level2_label(key("社会效益"));
  ASSERT_TRUE(l2.has_value());
  EXPECT_EQ(v.level2()[l2->first][l2->second].name, "社会效益指标");
  EXPECT_TRUE(v.total_label("总分"));
  EXPECT_EQ(v.number("99%")->to_string(), "99");
  EXPECT_EQ(v.number("100.00%")->to_string(), "100.00");
  EXPECT_FALSE(v.number("—").has_value());
  EXPECT_FALSE(v.number("4人").has_value());
}

TEST(Vocabulary, LoadsFromAFile) {
  std::vector<ConfigError> errors;
  const auto v = load_vocabulary(fixture_path("fourth-template/vocabulary.yaml"), errors);
  ASSERT_NE(v, nullptr);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(v->project_field("归口部门"), ProjectField::budget_unit);
}

TEST(Vocabulary, MissingFileIsAnError) {
  std::vector<ConfigError> errors;
  EXPECT_EQ(load_vocabulary(fixture_path("no-such-vocabulary.yaml"), errors), nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("cannot read"), std::string::npos);
}

TEST(Vocabulary, SyntaxErrorHasAPosition) {
  std::vector<ConfigError> errors;
  EXPECT_EQ(parse_vocabulary("titles:\n  suffixes: [a, b\n", "bad.yaml", errors), nullptr);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].file, "bad.yaml");
  EXPECT_GT(errors[0].line, 0);
}

TEST(Vocabulary, WrongShapesAreNamedByKey) {
  std::vector<ConfigError> errors;
  EXPECT_EQ(parse_vocabulary("titles:\n  suffixes: 绩效自评表\n", "shape.yaml", errors), nullptr);
  bool named = false;
  for (const auto& e : errors) named |= e.key == "titles.suffixes" && e.line == 2;
  EXPECT_TRUE(named);
  bool missing_project = false;
  for (const auto& e : errors) missing_project |= e.key == "project";
  EXPECT_TRUE(missing_project);
}

TEST(Vocabulary, TemplatesInAVocabularyAreAnErrorThatSaysWhereTheyWent) {
  // Families moved to config/templates/: an old vocabulary's list is not silently ignored.
  std::string text = read_fixture("fourth-template/vocabulary.yaml");
  text += "templates:\n  - id: old\n    match: {}\n";
  std::vector<ConfigError> errors;
  EXPECT_EQ(parse_vocabulary(text, "old.yaml", errors), nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "templates");
  EXPECT_GT(errors[0].line, 100);
  EXPECT_NE(errors[0].message.find("config/templates"), std::string::npos);
}

TEST(Vocabulary, AMisspeltKeyIsAnErrorWithItsPositionAndASuggestion) {
  // A misspelt key would otherwise leave its list silently empty.
  std::string text(detail::kBuiltinVocabularyYaml);  // the shipped config/vocabulary.yaml
  const std::string key = "  breakdown_prefixes: [其中]";
  ASSERT_NE(text.find(key), std::string::npos);
  text.replace(text.find(key), key.size(), "  breakdown_prefix: [其中]");
  std::vector<ConfigError> errors;
  EXPECT_EQ(parse_vocabulary(text, "typo.yaml", errors), nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, "typo.yaml");
  EXPECT_GT(errors[0].line, 100);
  EXPECT_NE(errors[0].key.find("breakdown_prefix"), std::string::npos) << errors[0].key;
  EXPECT_NE(errors[0].message.find("breakdown_prefixes"), std::string::npos) << errors[0].message;
  // The shipped file itself has no unknown key.
  errors.clear();
  EXPECT_NE(parse_vocabulary(detail::kBuiltinVocabularyYaml, "shipped.yaml", errors), nullptr);
  EXPECT_TRUE(errors.empty());
}

TEST(Vocabulary, AFourthTemplateNeedsYamlOnly) {
  const std::string text = read_fixture("fourth-template/fourth-template.txt");
  // The built-in vocabulary does not know this template's title.
  const Document unknown = parse_bytes(text, "fourth.txt", vocabulary());
  EXPECT_TRUE(unknown.tables.empty());
  EXPECT_EQ(count_code(unknown, "no-table"), 1u);

  std::vector<ConfigError> errors, notes;
  const auto labels = load_vocabulary(fixture_path("fourth-template/vocabulary.yaml"), errors);
  ASSERT_NE(labels, nullptr);
  // Its template family is a file of its own (config/templates/ format).
  const auto families = load_template_families({fixture_path("fourth-template/templates")}, errors, notes);
  ASSERT_NE(families, nullptr) << (errors.empty() ? "" : errors[0].to_string());
  const auto v = labels->with_families(families);
  const Document doc = parse_bytes(text, "fourth.txt", *v);
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.template_id, "city-evaluation-2023");
  EXPECT_EQ(t.scoring.points_column, PointsColumn::weight);
  EXPECT_EQ(t.project.name.text, "城市绿道维护");
  EXPECT_EQ(t.project.year.text, "2023");
  EXPECT_EQ(t.project.implementing_unit.text, "某市园林绿化中心");
  EXPECT_EQ(t.project.budget_unit.text, "某市城市管理局");
  ASSERT_TRUE(t.funds);
  EXPECT_EQ(t.funds->unit, "千元");
  ASSERT_NE(t.funds->total(), nullptr);
  EXPECT_EQ(num(t.funds->total()->full_year_budget), "1200.5");
  EXPECT_EQ(num(t.funds->total()->executed), "1100.25");
  EXPECT_EQ(num(t.funds->total()->execution_rate), "91.65");
  EXPECT_EQ(num(t.funds->total()->score), "9.17");
  EXPECT_EQ(t.goals.expected.text, "维护绿道40公里");
  EXPECT_EQ(t.goals.actual.text, "维护绿道42公里");
  ASSERT_EQ(t.indicators.size(), 4u);
  EXPECT_EQ(t.indicators[1].name.text, "巡查达标率");
  EXPECT_EQ(t.indicators[1].actual.text, "93%");
  EXPECT_EQ(num(t.indicators[1].score), "29.4");
  EXPECT_EQ(t.indicators[1].explanation.text, "雨季设备故障,已增加巡查频次");
  ASSERT_TRUE(t.total);
  EXPECT_EQ(num(t.total->score), "98.57");
  for (const auto& d : doc.diagnostics) EXPECT_NE(d.severity, Severity::warning) << d.code;
}

}  // namespace
}  // namespace jxaudit::parse::testing
