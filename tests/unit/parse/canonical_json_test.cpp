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
  EXPECT_EQ(parsed["schema"], "jxaudit/tables@2");
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
  EXPECT_EQ(y["schema"].as<std::string>(), "jxaudit/tables@2");
  const YAML::Node t = y["tables"][2];
  EXPECT_EQ(t["project"]["code"].as<std::string>(), "440304221061500600010");
  EXPECT_EQ(t["project"]["code"].Tag(), "!");  // quoted: a string, not an integer
  EXPECT_EQ(t["funds"]["rows"][0]["executed"].as<std::string>(), "4758842.30");
  EXPECT_EQ(t["funds"]["rows"][0]["executed"].Tag(), "?");  // plain scalar: a number
  EXPECT_TRUE(y["tables"][0]["indicators"][0]["explanation"].IsNull());
}

TEST(CanonicalJson, SchemaTwoWritesWhatTheChecksReadBeyondTheValues) {
  // jxaudit/tables@2: the level-1 groups, every funds row's points/rate/score,
  // the text of number cells that is not their number, which null cells the
  // table does not have at all, and where a cut-off table ends.
  const auto seed = nlohmann::json::parse(canonical_json(parse_fixture("futian-2022-selfeval.txt")));
  const auto& t = seed["tables"][0];
  ASSERT_EQ(t["level1"].size(), 3u);
  EXPECT_EQ(t["level1"][0]["name"], "产出指标");
  EXPECT_EQ(t["level1"][0]["points"], 50);
  EXPECT_EQ(t["level1"][0]["label"], "产出指标(50分)");
  EXPECT_EQ(t["level1"][0]["line"], 17);
  EXPECT_EQ(t["funds"]["line"], 7);
  EXPECT_EQ(t["funds"]["rows"][0]["points"], 10);
  EXPECT_TRUE(t["funds"]["rows"][1]["points"].is_null());
  EXPECT_EQ(t["funds"]["rows"][1]["number_text"]["points"], "—");
  EXPECT_FALSE(t["funds"]["rows"][0].contains("number_text"));  // its numbers are written as printed
  EXPECT_FALSE(t["funds"]["rows"][0].contains("note"));         // the seed's funds block has no notes column
  EXPECT_EQ(t["absent"][0], "indicators[0].explanation");        // the export ends those rows early
  EXPECT_TRUE(t["indicators"][0]["explanation"].is_null());
  EXPECT_FALSE(t.contains("cut_off"));
  EXPECT_FALSE(t.contains("sheet"));

  const auto anhui = nlohmann::json::parse(canonical_json(parse_fixture("variants/anhui-chizhou-2022-weituo.txt")));
  const auto& a = anhui["tables"][0];
  EXPECT_EQ(a["cut_off"]["line"], 24);
  // The group the cut fell in has no indicator, yet it is a group with points.
  ASSERT_EQ(a["level1"].size(), 3u);
  EXPECT_EQ(a["level1"][2]["name"], "满意度指标");
  EXPECT_EQ(a["level1"][2]["points"], 10);
  for (const auto& ind : a["indicators"]) EXPECT_NE(ind["level1"], "满意度指标");
  const auto notes = nlohmann::json::parse(canonical_json(parse_fixture("real/04_qingshen_gongzixing_2023.txt")));
  const auto& row = notes["tables"][0]["funds"]["rows"][0];
  EXPECT_NE(row["note"].get<std::string>().find("预算执行率未达到90%"), std::string::npos);
  EXPECT_EQ(row["number_text"]["execution_rate"], "100.00%");
}

TEST(CanonicalJson, WorkbookTablesNameTheirSheet) {
  const auto seed = nlohmann::json::parse(canonical_json(parse_fixture("office/futian-2022-selfeval.xlsx")));
  EXPECT_EQ(seed["tables"][0]["sheet"], "表1 离退休干部节日慰问金(科级及以下)");
  const auto xlsx = nlohmann::json::parse(canonical_json(parse_fixture("office/anhui-chizhou-2022-weituo.xlsx")));
  bool sheet_on_diagnostic = false;
  for (const auto& d : xlsx["diagnostics"]) sheet_on_diagnostic |= d.contains("sheet");
  EXPECT_TRUE(sheet_on_diagnostic);
}

}  // namespace
}  // namespace jxaudit::parse::testing
