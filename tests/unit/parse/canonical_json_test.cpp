// The canonical form: schema, exact numbers from Decimal text, nulls, escapes,
// and a YAML form that reads back with numbers as numbers.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "parse/canonical_json.hpp"
#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

TEST(CanonicalJson, SchemaSourceAndExactNumbers) {
  const Document doc = parse_fixture("futian-2022-selfeval.txt");
  const std::string json = canonical_json(doc);
  // Decimal text exactly: trailing zeros kept, no binary round trip.
  EXPECT_NE(json.find("\"executed\": 4758842.30,"), std::string::npos);
  EXPECT_NE(json.find("\"full_year_budget\": 20673921.52,"), std::string::npos);
  EXPECT_NE(json.find("\"score\": 1.7,"), std::string::npos);
  EXPECT_EQ(json.find("e+"), std::string::npos);
  const auto parsed = nlohmann::json::parse(json);
  EXPECT_EQ(parsed["schema"], "jxaudit/tables@1");
  EXPECT_EQ(parsed["source"]["path"], "futian-2022-selfeval.txt");
  EXPECT_EQ(parsed["source"]["encoding"], "utf-8");
  EXPECT_EQ(parsed["source"]["sha256"], doc.source.sha256);
  ASSERT_EQ(parsed["tables"].size(), 11u);
  const auto& t = parsed["tables"][0];
  EXPECT_EQ(t["line"], 3);
  EXPECT_EQ(t["funds"]["unit"], "元");
  EXPECT_EQ(t["funds"]["rows"][0]["kind"], "total");
  EXPECT_TRUE(t["funds"]["rows"][1]["initial_budget"].is_number());
  EXPECT_EQ(t["indicators"][0]["level1"], "产出指标");
  EXPECT_EQ(t["indicators"][0]["level1_points"], 50);
  EXPECT_TRUE(t["indicators"][0]["explanation"].is_null());
  EXPECT_EQ(t["total"]["points"], 100);
  for (const char* key : {"index", "line", "project", "funds", "goals", "indicators", "total"})
    EXPECT_TRUE(t.contains(key)) << key;
  EXPECT_TRUE(parsed["diagnostics"][0].contains("severity"));
  EXPECT_TRUE(parsed["diagnostics"][0].contains("line"));
  EXPECT_TRUE(parsed["diagnostics"][0].contains("message"));
}

TEST(CanonicalJson, AbsentPartsAreNull) {
  const Document doc = parse_text("项目支出绩效自评表\n");
  const auto parsed = nlohmann::json::parse(canonical_json(doc));
  const auto& t = parsed["tables"][0];
  EXPECT_TRUE(t["funds"].is_null());
  EXPECT_TRUE(t["total"].is_null());
  EXPECT_TRUE(t["project"]["code"].is_null());
  EXPECT_TRUE(t["goals"]["expected"].is_null());
  EXPECT_TRUE(t["indicators"].empty());
}

TEST(CanonicalJson, StringsAreEscaped) {
  EXPECT_EQ(json_quote("a\"b\\c\n\t\x01"), "\"a\\\"b\\\\c\\n\\t\\u0001\"");
  EXPECT_EQ(json_quote("总分"), "\"总分\"");
}

TEST(CanonicalJson, YamlReadsBackWithNumbersAndStrings) {
  const Document doc = parse_fixture("futian-2022-selfeval.txt");
  const YAML::Node y = YAML::Load(canonical_yaml(doc));
  EXPECT_EQ(y["schema"].as<std::string>(), "jxaudit/tables@1");
  const YAML::Node t = y["tables"][2];
  EXPECT_EQ(t["project"]["code"].as<std::string>(), "440304221061500600010");
  EXPECT_EQ(t["project"]["code"].Tag(), "!");  // quoted: a string, not an integer
  EXPECT_EQ(t["funds"]["rows"][0]["executed"].as<std::string>(), "4758842.30");
  EXPECT_EQ(t["funds"]["rows"][0]["executed"].Tag(), "?");  // plain scalar: a number
  EXPECT_TRUE(y["tables"][0]["indicators"][0]["explanation"].IsNull());
}

}  // namespace
}  // namespace jxaudit::parse::testing
