// Loading template families (config/templates/*.yaml, docs/templates.md):
// every key checked with file:line, ids and priorities unique, the built-in
// files load, user files add to them and replace them by id, and the order
// tables are matched in is the priority.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "parse/template_families.hpp"
#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

namespace fs = std::filesystem;

const char* const kMinimal =
    "id: test-family\n"
    "priority: 7\n"
    "match: {title-suffix: 绩效自评表}\n";

std::optional<TemplateFamily> parse(const std::string& yaml, std::vector<ConfigError>& errors) {
  return parse_template_family(yaml, "family.yaml", errors);
}

// The first error of `errors` with this key ("" when none).
const ConfigError* error_for(const std::vector<ConfigError>& errors, const std::string& key) {
  for (const auto& e : errors)
    if (e.key == key) return &e;
  return nullptr;
}

class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() / ("jxaudit-templates-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string write(const std::string& name, const std::string& text) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST(TemplateLoader, BuiltInFamiliesLoadInPriorityOrder) {
  // Each shipped file on its own: no error (the compiled-in copy is the same text).
  for (const auto& entry : fs::directory_iterator(std::string(JXAUDIT_SOURCE_DIR) + "/config/templates")) {
    std::vector<ConfigError> errors;
    const std::optional<std::string> text = read_yaml_file(entry.path().string(), errors);
    ASSERT_TRUE(text) << entry.path();
    EXPECT_TRUE(parse_template_family(*text, entry.path().string(), errors).has_value()) << entry.path();
    for (const auto& e : errors) ADD_FAILURE() << e.to_string();
  }
  std::vector<std::string> ids;
  for (const auto& f : builtin_template_families()->in_order()) ids.push_back(f.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"sichuan-2023", "yunnan-20-80", "beijing-2016", "transfer-payment-2024",
                                           "county-special-2020", "goal-selfeval-2022", "shenzhen-2022",
                                           "central-2020", "unknown"}));
  // The vocabulary matches against them unless told otherwise.
  EXPECT_EQ(&vocabulary().families(), builtin_template_families().get());
}

TEST(TemplateLoader, EveryKeyIsRead) {
  std::vector<ConfigError> errors;
  const auto f = parse(
      "id: full\n"
      "description: \"a family with every key\"\n"
      "priority: -3\n"
      "match:\n"
      "  - title-suffix: [项目支出绩效自评表, 绩效目标自评表]\n"
      "    title-contains: 专项\n"
      "    has-project-code: false\n"
      "    funds-caption-points: 20\n"
      "    indicator-caption-points: 80\n"
      "    funds-header: {has: [\"预算数 (A)\"], lacks: [分值]}\n"
      "    indicator-header: {has: [年初目标值(A)]}\n"
      "    funds-columns: {has: [score], lacks: [points, initial_budget]}\n"
      "    indicator-columns: {lacks: [points]}\n"
      "  - {}\n"
      "lacks: [code, funds_points]\n"
      "scoring: {funds-points: 20, indicator-points: 80, points-column: none, scored: true, funds-score-capped: false,\n"
      "          total-row-score: false}\n",
      errors);
  ASSERT_TRUE(f) << (errors.empty() ? "" : errors[0].to_string());
  EXPECT_EQ(f->id, "full");
  EXPECT_EQ(f->line, 1);
  EXPECT_EQ(f->priority, -3);
  ASSERT_EQ(f->match.size(), 2u);
  const MatchRule& r = f->match[0];
  EXPECT_EQ(r.title_suffixes.size(), 2u);
  EXPECT_EQ(r.title_contains, std::vector<std::string>{"专项"});
  EXPECT_EQ(r.has_project_code, false);
  EXPECT_EQ(r.funds_caption_points->to_string(), "20");
  EXPECT_EQ(r.indicator_caption_points->to_string(), "80");
  // Header labels are label keys: normalised, blanks removed.
  EXPECT_EQ(r.funds_header.has, std::vector<std::string>{"预算数(A)"});
  EXPECT_EQ(r.funds_header.lacks, std::vector<std::string>{"分值"});
  EXPECT_EQ(r.funds_columns.lacks, (std::vector<FundsColumn>{FundsColumn::points, FundsColumn::initial_budget}));
  EXPECT_EQ(r.indicator_columns.lacks, std::vector<IndicatorColumn>{IndicatorColumn::points});
  EXPECT_TRUE(f->match[1].holds(TableShape{}));
  EXPECT_EQ(f->lacks.count("funds_points"), 1u);
  EXPECT_EQ(f->scoring.funds_points->to_string(), "20");
  EXPECT_EQ(f->scoring.indicator_points->to_string(), "80");
  EXPECT_EQ(f->scoring.points_column, PointsColumn::none);
  EXPECT_FALSE(f->scoring.funds_score_capped);
  EXPECT_FALSE(f->scoring.total_row_score);
}

TEST(TemplateLoader, AMisspeltKeyIsAnErrorWithFileLineAndASuggestion) {
  std::vector<ConfigError> errors;
  EXPECT_FALSE(parse(std::string(kMinimal) + "prioirty: 5\n", errors));
  const ConfigError* e = error_for(errors, "prioirty");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->file, "family.yaml");
  EXPECT_EQ(e->line, 4);
  EXPECT_NE(e->message.find("did you mean 'priority'"), std::string::npos) << e->message;

  errors.clear();
  EXPECT_FALSE(parse("id: x\npriority: 1\nmatch:\n  title-sufix: 自评表\n", errors));
  e = error_for(errors, "match.title-sufix");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->line, 4);
  EXPECT_NE(e->message.find("title-suffix"), std::string::npos);

  errors.clear();
  EXPECT_FALSE(parse(std::string(kMinimal) + "scoring:\n  funds-point: 20\n", errors));
  e = error_for(errors, "scoring.funds-point");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->line, 5);
  EXPECT_NE(e->message.find("funds-points"), std::string::npos);

  errors.clear();
  EXPECT_FALSE(parse("id: x\npriority: 1\nmatch:\n  funds-header: {has: [权重], lack: [分值]}\n", errors));
  ASSERT_NE(error_for(errors, "match.funds-header.lack"), nullptr);
}

TEST(TemplateLoader, WrongValuesAreNamedWithTheirLine) {
  struct Case {
    std::string yaml;
    std::string key;
    int line;
    std::string says;
  };
  const std::vector<Case> cases{
      {"id: x\npriority: 1\nmatch:\n  funds-columns: {has: [pionts]}\n", "match.funds-columns.has", 4, "points"},
      {"id: x\npriority: 1\nmatch:\n  indicator-columns:\n    lacks:\n      - target\n      - weight\n",
       "match.indicator-columns.lacks", 7, "unknown column 'weight'"},
      {"id: x\npriority: 1\nmatch: {}\nlacks: [code, funds_point]\n", "lacks", 4, "funds_points"},
      {"id: x\npriority: 1\nmatch: {}\nscoring: {points-column: weights}\n", "scoring.points-column", 4, "weight"},
      {"id: x\npriority: high\nmatch: {}\n", "priority", 2, "whole number"},
      {"id: x\npriority: 1\nmatch: {funds-caption-points: twenty}\n", "match.funds-caption-points", 3, "number"},
      {"id: x\npriority: 1\nmatch: {has-project-code: yes}\n", "match.has-project-code", 3, "true or false"},
      {"id: x\npriority: 1\nmatch: []\n", "match", 3, "non-empty list"},
      {"priority: 1\nmatch: {}\n", "id", 1, "missing key 'id'"},
      {"id: x\nmatch: {}\n", "priority", 1, "missing key 'priority'"},
      {"id: x\npriority: 1\n", "match", 1, "missing key 'match'"},
      {"id: x\npriority: 1\nmatch: {}\nscoring: {scored: false, funds-points: 10}\n", "scoring.scored", 4,
       "funds-points: none"},
      {"id: x\npriority: 1\nmatch: {}\nscoring: {scored: false, total-row-score: true}\n", "scoring.scored", 4,
       "total-row-score: false"},
      {"id: x\npriority: 1\nmatch: {}\nscoring: {total-row-score: maybe}\n", "scoring.total-row-score", 4,
       "true or false"},
  };
  for (const auto& c : cases) {
    std::vector<ConfigError> errors;
    EXPECT_FALSE(parse(c.yaml, errors)) << c.yaml;
    const ConfigError* e = error_for(errors, c.key);
    ASSERT_NE(e, nullptr) << c.yaml;
    EXPECT_EQ(e->line, c.line) << c.yaml;
    EXPECT_NE(e->message.find(c.says), std::string::npos) << e->message;
  }
}

TEST(TemplateLoader, UnscoredMeansNoPointsEither) {
  std::vector<ConfigError> errors;
  const auto f = parse(std::string(kMinimal) + "scoring: {scored: false}\n", errors);
  ASSERT_TRUE(f);
  EXPECT_FALSE(f->scoring.scored);
  EXPECT_FALSE(f->scoring.funds_points);
  EXPECT_FALSE(f->scoring.indicator_points);
  EXPECT_EQ(f->scoring.points_column, PointsColumn::none);
  EXPECT_FALSE(f->scoring.total_row_score);
  // Without `scoring`, the default 10 + 90 scheme.
  const auto d = parse(kMinimal, errors);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->scoring.funds_points->to_string(), "10");
  EXPECT_EQ(d->scoring.indicator_points->to_string(), "90");
  EXPECT_TRUE(d->scoring.scored);
  EXPECT_TRUE(d->scoring.total_row_score);
}

TEST(TemplateLoader, ADuplicateKeyIsRefusedByTheGuardedLoader) {
  std::vector<ConfigError> errors;
  EXPECT_FALSE(parse(std::string(kMinimal) + "priority: 8\n", errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].file, "family.yaml");
  EXPECT_GT(errors[0].line, 0);
}

TEST(TemplateLoader, TheSameIdTwiceAmongUserFilesIsAnError) {
  TempDir dir;
  const std::string a = dir.write("a.yaml", "id: twin\npriority: 61\nmatch: {}\n");
  const std::string b = dir.write("b.yaml", "id: twin\npriority: 62\nmatch: {}\n");
  std::vector<ConfigError> errors, notes;
  EXPECT_EQ(load_template_families({dir.path()}, errors, notes), nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, b);
  EXPECT_EQ(errors[0].line, 1);
  EXPECT_EQ(errors[0].key, "id");
  EXPECT_NE(errors[0].message.find(a + ":1"), std::string::npos) << errors[0].message;
}

TEST(TemplateLoader, TwoFamiliesWithOnePriorityAreAnError) {
  TempDir dir;
  // 30 is central-2020's: which one a table gets would depend on file order.
  const std::string file = dir.write("mine.yaml", "id: mine\npriority: 30\nmatch: {}\n");
  std::vector<ConfigError> errors, notes;
  EXPECT_EQ(load_template_families({file}, errors, notes), nullptr);
  const ConfigError* e = error_for(errors, "priority");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->message.find("central-2020"), std::string::npos) << e->message;
}

TEST(TemplateLoader, AUserFamilyReplacesTheBuiltInOneOfItsIdWithANote) {
  TempDir dir;
  const std::string file =
      dir.write("central.yaml", "id: central-2020\npriority: 31\nmatch: {title-suffix: 自评表}\nscoring: {funds-points: 15}\n");
  dir.write(".hidden.yaml", "not: a family\n");  // hidden: skipped
  dir.write("notes.txt", "not yaml at all: [\n");  // not *.yaml: skipped
  std::vector<ConfigError> errors, notes;
  const auto families = load_template_families({dir.path()}, errors, notes);
  ASSERT_NE(families, nullptr) << (errors.empty() ? "" : errors[0].to_string());
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].file, file);
  EXPECT_NE(notes[0].message.find("replaces"), std::string::npos);
  EXPECT_NE(notes[0].message.find("config/templates/central-2020.yaml"), std::string::npos) << notes[0].message;
  const TemplateFamily* central = families->find("central-2020");
  ASSERT_NE(central, nullptr);
  EXPECT_EQ(central->origin, file);
  EXPECT_EQ(central->scoring.funds_points->to_string(), "15");
  EXPECT_EQ(families->in_order().size(), builtin_template_families()->in_order().size());
}

TEST(TemplateLoader, AMissingPathIsAnError) {
  std::vector<ConfigError> errors, notes;
  EXPECT_EQ(load_template_families({fixture_path("no-such-templates/x.yaml")}, errors, notes), nullptr);
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].to_string().find("no-such-templates"), std::string::npos);
}

TEST(TemplateLoader, PriorityNotFileOrderDecidesTheMatch) {
  // Both match every table: the higher priority wins, whichever came first.
  std::vector<ConfigError> errors, notes;
  auto low = parse("id: low\npriority: 1\nmatch: {}\n", errors);
  auto high = parse("id: high\npriority: 2\nmatch: {}\n", errors);
  ASSERT_TRUE(low && high);
  TemplateFamiliesBuilder builder;
  builder.add_batch({*low, *high}, errors, notes);
  const auto families = builder.build(errors);
  ASSERT_NE(families, nullptr);
  EXPECT_EQ(families->match(TableShape{}).id, "high");
  EXPECT_EQ(families->in_order().front().id, "high");
}

TEST(TemplateLoader, NoFamilyMatchingIsUnknownWithTheDefaultScheme) {
  const TemplateFamilies none;
  const TemplateFamily& f = none.match(TableShape{});
  EXPECT_EQ(f.id, "unknown");
  EXPECT_EQ(f.scoring.funds_points->to_string(), "10");
  EXPECT_EQ(f.scoring.indicator_points->to_string(), "90");
  EXPECT_TRUE(f.lacks.empty());
}

TEST(TemplateMatch, HeaderLabelsMatchWithARemarkButNotAsAPrefix) {
  std::vector<ConfigError> errors;
  const auto f = parse("id: x\npriority: 1\nmatch:\n  funds-header: {has: [分值], lacks: [得分]}\n", errors);
  ASSERT_TRUE(f);
  TableShape shape;
  shape.funds_header_seen = true;
  shape.funds_header_keys = {"分值(10分)", "得分计算方法"};  // 分值 with a remark; 得分计算方法 is not 得分
  EXPECT_TRUE(f->matches(shape));
  shape.funds_header_keys.push_back("得分");
  EXPECT_FALSE(f->matches(shape));
}

TEST(TemplateMatch, ALacksConditionNeedsTheHeaderRow) {
  std::vector<ConfigError> errors;
  const auto f = parse("id: x\npriority: 1\nmatch:\n  indicator-columns: {lacks: [points, score]}\n", errors);
  ASSERT_TRUE(f);
  TableShape shape;  // cut off before its indicator header: nothing can be said to lack
  EXPECT_FALSE(f->matches(shape));
  shape.indicator_header_seen = true;
  shape.indicator_columns = {IndicatorColumn::target, IndicatorColumn::actual, IndicatorColumn::explanation};
  EXPECT_TRUE(f->matches(shape));
  shape.indicator_columns.push_back(IndicatorColumn::score);
  EXPECT_FALSE(f->matches(shape));
}

TEST(TemplateMatch, AlternativesAreAnyOfAndConditionsAllOf) {
  std::vector<ConfigError> errors;
  const auto f = parse(
      "id: x\npriority: 1\nmatch:\n"
      "  - {title-suffix: 自评表, has-project-code: true}\n"
      "  - {funds-caption-points: 20}\n",
      errors);
  ASSERT_TRUE(f);
  TableShape shape;
  shape.title = "项目支出绩效自评表";
  EXPECT_FALSE(f->matches(shape));  // the first needs the code too
  shape.has_project_code = true;
  EXPECT_TRUE(f->matches(shape));
  TableShape twenty;
  twenty.funds_caption_points = Decimal(20);
  EXPECT_TRUE(f->matches(twenty));
  twenty.funds_caption_points = Decimal(10);
  EXPECT_FALSE(f->matches(twenty));
}

}  // namespace
}  // namespace jxaudit::parse::testing
