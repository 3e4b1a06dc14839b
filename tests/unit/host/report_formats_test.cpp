// The SARIF and JUnit writers on hand-made Reports: what the seed does not
// show (a failed input, a file with no table, a workbook cell, a host
// finding, markup and control characters in names), and the XML escaper.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "junit_writer.hpp"
#include "sarif_writer.hpp"
#include "xml_escape.hpp"

using namespace jxaudit;
using Json = nlohmann::json;

namespace {

Finding finding(std::string plugin, std::string rule, Severity severity, std::string file, int line, int table) {
  Finding f;
  f.plugin = std::move(plugin);
  f.rule = std::move(rule);
  f.severity = severity;
  f.message = "消息 " + f.rule;
  f.message_en = "message " + f.rule;
  f.location.file = std::move(file);
  f.location.line = line;
  f.location.table = table;
  f.fingerprint = "fp-" + f.rule;
  return f;
}

// A workbook with one table (a cell error and a warning), a missing input, and
// a text file with no table.
report_model::Report mixed_report() {
  report_model::Report r;
  r.tool_name = "jxaudit";
  r.tool_version = "9.9.9";
  r.plugins.push_back({"arithmetic", "1.2.3", "/p/arithmetic.so", std::string(64, 'b'), 2});
  // Sorted by id, as the engine gives them.
  r.rules.push_back({"arithmetic.note", Severity::info, "arithmetic", "a note", "提示", "", ""});
  r.rules.push_back({"arithmetic.total-score", Severity::error, "arithmetic", "total is wrong", "总分不符", "doc en", "说明"});
  r.rules.push_back({"parser.no-table", Severity::error, "parser", "no table", "没有表", "d", "说明"});

  report_model::InputRecord book;
  book.path = "表 <1>&.xlsx";
  book.sha256 = std::string(64, 'a');
  book.size = 1234;
  book.format = "xlsx";
  book.tables.push_back({0, 2, "440304", "政务\"事项\"<管理>", "Sheet1"});
  r.inputs.push_back(book);
  report_model::InputRecord missing;
  missing.path = "/abs/gone.txt";
  missing.status = report_model::InputStatus::failed;
  missing.reason = report_model::FailReason::missing;
  missing.error = "no such file";
  r.inputs.push_back(missing);
  report_model::InputRecord empty;
  empty.path = "empty.txt";
  empty.sha256 = std::string(64, 'c');
  empty.status = report_model::InputStatus::no_tables;
  r.inputs.push_back(empty);

  Finding cell = finding("arithmetic", "total-score", Severity::error, book.path, 12, 0);
  cell.location.sheet = "Sheet1";
  cell.location.column = 5;
  cell.location.project_code = "440304";
  cell.location.indicator = "办结率";
  cell.message = "第一\x01行 <b>";
  r.findings.push_back(cell);
  Finding note = finding("arithmetic", "note", Severity::info, book.path, 13, 0);
  note.location.sheet = "Sheet1";
  r.findings.push_back(note);
  r.findings.push_back(finding("host", "input-unreadable", Severity::error, missing.path, 0, -1));
  r.findings.push_back(finding("parser", "no-table", Severity::error, empty.path, 0, -1));
  r.summary.files = 3;
  r.summary.failed = 1;
  return r;
}

reports::WriteOptions options(std::string language, int exit_code) {
  reports::WriteOptions o;
  o.language = std::move(language);
  o.exit_code = exit_code;
  return o;
}

}  // namespace

TEST(XmlEscape, MarkupAndQuotes) {
  EXPECT_EQ(reports::xml_text("<&>\"'"), "&lt;&amp;&gt;\"'");
  EXPECT_EQ(reports::xml_attribute("<&>\"'"), "&lt;&amp;&gt;&quot;&apos;");
}

TEST(XmlEscape, ControlCharactersAreReplacedWhitespaceKept) {
  EXPECT_EQ(reports::xml_text(std::string("a\x01") + "b\x1f\tc\nd"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\tc\nd");
  EXPECT_EQ(reports::xml_text(std::string("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  // In an attribute a parser turns raw tab/newline into spaces: references keep them.
  EXPECT_EQ(reports::xml_attribute("a\tb\nc\rd"), "a&#9;b&#10;c&#13;d");
  EXPECT_EQ(reports::xml_text("a\rb"), "a&#13;b");
}

TEST(XmlEscape, Utf8KeptInvalidBytesAndNonCharactersReplaced) {
  EXPECT_EQ(reports::xml_text("政务事项"), "政务事项");
  EXPECT_EQ(reports::xml_text("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");           // U+1F600 is allowed
  EXPECT_EQ(reports::xml_text("a\xFF" "b"), "a\xEF\xBF\xBD" "b");                  // not UTF-8
  EXPECT_EQ(reports::xml_text("\xEF\xBF\xBE"), "\xEF\xBF\xBD");                    // U+FFFE
  EXPECT_EQ(reports::xml_text("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(reports::xml_text("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");            // overlong '/'
  EXPECT_EQ(reports::xml_text("\xE6\x94"), "\xEF\xBF\xBD\xEF\xBF\xBD");            // truncated
}

TEST(SarifUri, RelativeStaysRelativeAbsoluteIsFileUri) {
  EXPECT_EQ(reports::path_to_uri("tests/a-b_c.txt"), "tests/a-b_c.txt");
  EXPECT_EQ(reports::path_to_uri("in/a b#1.txt"), "in/a%20b%231.txt");
  EXPECT_EQ(reports::path_to_uri("/abs/x.txt"), "file:///abs/x.txt");
  EXPECT_EQ(reports::path_to_uri("表.txt"), "%E8%A1%A8.txt");
}

TEST(SarifWriter, RulesResultsAndLocations) {
  const auto r = mixed_report();
  const Json sarif = Json::parse(reports::SarifWriter().write(r, options("zh-CN", 2)));
  EXPECT_EQ(sarif["version"], "2.1.0");
  const Json& run = sarif["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "jxaudit");
  EXPECT_EQ(run["tool"]["driver"]["version"], "9.9.9");
  const Json& ext = run["tool"]["extensions"];
  ASSERT_EQ(ext.size(), 3u);  // arithmetic, parser, host (a host finding)
  EXPECT_EQ(ext[0]["name"], "arithmetic");
  EXPECT_EQ(ext[0]["version"], "1.2.3");
  EXPECT_EQ(ext[0]["properties"]["sha256"], std::string(64, 'b'));
  ASSERT_EQ(ext[0]["rules"].size(), 2u);  // declared rules, fired or not
  EXPECT_EQ(ext[0]["rules"][1]["id"], "arithmetic.total-score");
  EXPECT_EQ(ext[0]["rules"][1]["shortDescription"]["text"], "总分不符");
  EXPECT_EQ(ext[0]["rules"][1]["fullDescription"]["text"], "说明");
  EXPECT_EQ(ext[0]["rules"][0]["defaultConfiguration"]["level"], "note");
  EXPECT_EQ(ext[1]["name"], "parser");
  EXPECT_EQ(ext[2]["name"], "host");
  EXPECT_EQ(ext[2]["rules"][0]["id"], "host.input-unreadable");

  const Json& results = run["results"];
  ASSERT_EQ(results.size(), 4u);
  const Json& cell = results[0];
  EXPECT_EQ(cell["ruleId"], "arithmetic.total-score");
  EXPECT_EQ(cell["rule"]["index"], 1);
  EXPECT_EQ(cell["rule"]["toolComponent"]["index"], 0);
  EXPECT_EQ(cell["level"], "error");
  EXPECT_EQ(cell["message"]["text"], "第一\x01行 <b>");
  EXPECT_EQ(cell["partialFingerprints"]["jxauditFingerprint/v1"], "fp-total-score");
  const Json& physical = cell["locations"][0]["physicalLocation"];
  EXPECT_EQ(physical["artifactLocation"]["uri"], "%E8%A1%A8%20%3C1%3E%26.xlsx");
  EXPECT_EQ(physical["artifactLocation"]["index"], 0);
  EXPECT_FALSE(physical.contains("region"));  // a sheet row is no line of the file
  EXPECT_EQ(physical["properties"]["sheet"], "Sheet1");
  EXPECT_EQ(physical["properties"]["cell"], "F12");
  const Json& logical = cell["locations"][0]["logicalLocations"];
  EXPECT_EQ(logical[0]["fullyQualifiedName"], "440304/办结率");
  EXPECT_EQ(logical[0]["kind"], "member");
  EXPECT_EQ(logical[1]["name"], "Sheet1!F12");
  EXPECT_EQ(results[1]["level"], "note");
  EXPECT_EQ(results[2]["rule"]["toolComponent"]["index"], 2);
  EXPECT_EQ(results[3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "empty.txt");
  EXPECT_FALSE(results[3]["locations"][0]["physicalLocation"].contains("region"));  // line 0: the whole file
}

TEST(SarifWriter, InvocationArtifactsAndLanguage) {
  const auto r = mixed_report();
  const Json zh = Json::parse(reports::SarifWriter().write(r, options("zh-CN", 2)));
  const Json& inv = zh["runs"][0]["invocations"][0];
  EXPECT_EQ(inv["exitCode"], 2);
  EXPECT_FALSE(inv["executionSuccessful"]);
  ASSERT_EQ(inv["toolExecutionNotifications"].size(), 1u);  // the missing input
  const Json& note = inv["toolExecutionNotifications"][0];
  EXPECT_EQ(note["level"], "error");
  EXPECT_NE(note["message"]["text"].get<std::string>().find("no such file"), std::string::npos);
  EXPECT_EQ(note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "file:///abs/gone.txt");
  const Json& artifacts = zh["runs"][0]["artifacts"];
  ASSERT_EQ(artifacts.size(), 3u);
  EXPECT_EQ(artifacts[0]["length"], 1234);
  EXPECT_EQ(artifacts[0]["hashes"]["sha-256"], std::string(64, 'a'));
  EXPECT_FALSE(artifacts[1].contains("hashes"));  // never read
  EXPECT_EQ(zh["runs"][0]["language"], "zh-CN");

  const Json en = Json::parse(reports::SarifWriter().write(r, options("en", 1)));
  EXPECT_TRUE(en["runs"][0]["invocations"][0]["executionSuccessful"]);  // exit 1: findings, a successful audit
  EXPECT_EQ(en["runs"][0]["results"][2]["message"]["text"], "message input-unreadable");
  EXPECT_EQ(en["runs"][0]["tool"]["extensions"][0]["rules"][1]["shortDescription"]["text"], "total is wrong");
  EXPECT_EQ(reports::SarifWriter().write(r, options("en", 1)), reports::SarifWriter().write(r, options("en", 1)));
}

TEST(JunitWriter, SuitesCasesFailuresErrors) {
  const auto r = mixed_report();
  const std::string xml = reports::JunitWriter().write(r, options("zh-CN", 2));
  // One suite per input; the workbook's table is a failed case named by code and (escaped) name.
  EXPECT_NE(xml.find("<testsuite package=\"jxaudit\" id=\"0\" name=\"表 &lt;1&gt;&amp;.xlsx\" tests=\"1\" failures=\"1\" "
                     "errors=\"0\" time=\"0\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<testcase name=\"440304 政务&quot;事项&quot;&lt;管理&gt;\" classname=\"表 &lt;1&gt;&amp;.xlsx\""),
            std::string::npos);
  EXPECT_NE(xml.find("<failure message=\"第一\xEF\xBF\xBD行 &lt;b&gt;\" type=\"arithmetic.total-score\">"), std::string::npos);
  EXPECT_NE(xml.find("Sheet1!F12  arithmetic.total-score  第一\xEF\xBF\xBD行 &lt;b&gt;  [办结率]"), std::string::npos);
  // The info finding is output, not a failure.
  EXPECT_NE(xml.find("<system-out>[440304 政务\"事项\"&lt;管理&gt;] Sheet1 第 13 行  提示  arithmetic.note"), std::string::npos)
      << xml;
  // The missing input: one errored case.
  EXPECT_NE(xml.find("name=\"/abs/gone.txt\" tests=\"1\" failures=\"0\" errors=\"1\""), std::string::npos);
  EXPECT_NE(xml.find("<error message=\"输入文件未读完（文件不存在）：no such file\" type=\"host.input-unreadable\">"),
            std::string::npos)
      << xml;
  // The file with no table: one case saying so, failed by the parser's error.
  EXPECT_NE(xml.find("<testcase name=\"未找到表格\" classname=\"empty.txt\" time=\"0\">\n      <failure"), std::string::npos);
  EXPECT_EQ(xml.find("timestamp="), std::string::npos);
  EXPECT_EQ(xml.find("hostname="), std::string::npos);
  EXPECT_EQ(xml, reports::JunitWriter().write(r, options("zh-CN", 2)));
}

TEST(JunitWriter, TimestampAndHostnameOnlyWhenGiven) {
  auto o = options("en", 1);
  o.timestamp = "2026-01-31T08:00:00";
  o.hostname = "ci<1>";
  const std::string xml = reports::JunitWriter().write(mixed_report(), o);
  EXPECT_NE(xml.find("timestamp=\"2026-01-31T08:00:00\" hostname=\"ci&lt;1&gt;\" tests="), std::string::npos);
  EXPECT_NE(xml.find("<testcase name=\"no table found\" classname=\"empty.txt\""), std::string::npos);
  EXPECT_NE(xml.find("<error message=\"input not read to the end (missing): no such file\""), std::string::npos);
}
