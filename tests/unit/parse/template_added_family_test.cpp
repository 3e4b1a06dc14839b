// Adding a region's template is a YAML file and a fixture, not a code change
// (issue 11): tests/fixtures/templates/county-15-85.yaml alone makes its table
// (county-15-85.txt) a table of that family, scored 15 + 85.
#include <gtest/gtest.h>

#include "parse/template_families.hpp"
#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

std::shared_ptr<const Vocabulary> with_fixture_families(std::vector<ConfigError>& notes) {
  std::vector<ConfigError> errors;
  const auto families = load_template_families({fixture_path("templates/county-15-85.yaml")}, errors, notes);
  EXPECT_NE(families, nullptr) << (errors.empty() ? "" : errors[0].to_string());
  return families ? builtin_vocabulary()->with_families(families) : nullptr;
}

TEST(TemplateAddedFamily, BuiltInFamiliesTakeTheTableForACentralOne) {
  const Document doc = parse_fixture("templates/county-15-85.txt");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(doc.tables[0].template_id, "central-2020");
  EXPECT_EQ(doc.tables[0].scoring.funds_points->to_string(), "10");
  // A 分值 column the central family has: its absence is a warning there.
  EXPECT_EQ(find_code(doc, "missing-funds-points-column")->severity, Severity::warning);
}

TEST(TemplateAddedFamily, TheYamlFileAloneMatchesAndScoresTheTable) {
  std::vector<ConfigError> notes;
  const auto v = with_fixture_families(notes);
  ASSERT_NE(v, nullptr);
  EXPECT_TRUE(notes.empty());  // a new id: nothing replaced
  const Document doc = parse_bytes(read_fixture("templates/county-15-85.txt"), "county-15-85.txt", *v);
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.template_id, "county-15-85");
  EXPECT_EQ(t.scoring.funds_points->to_string(), "15");
  EXPECT_EQ(t.scoring.indicator_points->to_string(), "85");
  EXPECT_EQ(t.scoring.points_column, PointsColumn::points);
  EXPECT_TRUE(t.scoring.scored);
  // What the family lacks is info now.
  EXPECT_EQ(find_code(doc, "missing-funds-points-column")->severity, Severity::info);
  // The rest of the table reads as before: the family changes no label.
  ASSERT_TRUE(t.funds);
  EXPECT_EQ(num(t.funds->total()->score), "13.5");
  EXPECT_EQ(t.indicators.size(), 5u);
  // The built-in families still match their own tables alongside it.
  const Document seed = parse_bytes(read_fixture("futian-2022-selfeval.txt"), "seed.txt", *v);
  EXPECT_EQ(seed.tables.at(0).template_id, "shenzhen-2022");
}

}  // namespace
}  // namespace jxaudit::parse::testing
