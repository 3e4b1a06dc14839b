// Report writers on a hand-made Report: both languages, no colour unless
// asked, JSON with both messages, atomic replacement of an existing file.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "engine/merge.hpp"
#include "jxaudit/version.hpp"
#include "json_writer.hpp"
#include "output_file.hpp"
#include "report_writer.hpp"
#include "text_writer.hpp"

using namespace jxaudit;
namespace fs = std::filesystem;

namespace {

report_model::Report sample_report() {
  report_model::Report r;
  r.tool_name = "jxaudit";
  r.tool_version = kToolVersion;  // generated from the top CMakeLists.txt
  report_model::InputRecord in;
  in.path = "a.txt";
  in.sha256 = std::string(64, 'a');
  in.tables.push_back({0, 3, "440304", "政务事项管理"});
  r.inputs.push_back(in);
  Finding f;
  f.plugin = "arithmetic";
  f.rule = "total-score";
  f.location.file = "a.txt";
  f.location.line = 42;
  f.location.table = 0;
  f.location.field = "total.score";
  f.expected = "89.88";
  f.actual = "99.88";
  f.message = "总分得分不符";
  f.message_en = "total score does not add up";
  f.fix = "改为 89.88";
  f.fix_en = "write 89.88";
  r.findings.push_back(f);
  engine::merge_findings(r.findings);
  engine::count_findings(r.findings, r.summary);
  r.summary.files = 1;
  r.summary.tables = 1;
  return r;
}

}  // namespace

TEST(TextWriter, GroupsByFileAndTableInEitherLanguage) {
  auto zh = reports::TextWriter().write(sample_report(), {"zh-CN", false});
  EXPECT_NE(zh.find("表 1  440304 政务事项管理  (第 3 行)"), std::string::npos) << zh;
  EXPECT_NE(zh.find("第 42 行  错误  arithmetic.total-score  总分得分不符"), std::string::npos) << zh;
  EXPECT_NE(zh.find("应为: 89.88    实为: 99.88"), std::string::npos) << zh;
  EXPECT_NE(zh.find("汇总：1 个文件，1 张表，1 条问题（1 个错误，0 个警告，0 个提示）"), std::string::npos) << zh;
  EXPECT_EQ(zh.find('\x1b'), std::string::npos);
  auto en = reports::TextWriter().write(sample_report(), {"en", false});
  EXPECT_NE(en.find("line 42  error  arithmetic.total-score  total score does not add up"), std::string::npos) << en;
  EXPECT_NE(en.find("fix: write 89.88"), std::string::npos) << en;
  auto coloured = reports::TextWriter().write(sample_report(), {"en", true});
  EXPECT_NE(coloured.find("\x1b[1;31merror"), std::string::npos);
}

TEST(TextWriter, ListsCleanTablesAndFilesWithoutFindings) {
  auto r = sample_report();
  r.inputs[0].tables.push_back({1, 30, "440305", "办公设备采购"});
  report_model::InputRecord clean;
  clean.path = "b.txt";
  clean.tables.push_back({0, 3, "440306", "基层党建"});
  r.inputs.push_back(clean);
  auto zh = reports::TextWriter().write(r, {"zh-CN", false});
  EXPECT_NE(zh.find("表 2  440305 办公设备采购  (第 30 行)  未发现问题"), std::string::npos) << zh;
  EXPECT_NE(zh.find("表 1  440306 基层党建  (第 3 行)  未发现问题"), std::string::npos) << zh;
  auto en = reports::TextWriter().write(r, {"en", false});
  EXPECT_NE(en.find("table 2  440305 办公设备采购  (line 30)  no findings"), std::string::npos) << en;
}

TEST(JsonWriter, CarriesBothLanguagesAndTheSchemaId) {
  auto json = reports::JsonWriter().write(sample_report(), {"en", false});
  EXPECT_EQ(json.rfind("{\n  \"schema\": \"jxaudit/report@1\"", 0), 0u) << json.substr(0, 80);
  EXPECT_NE(json.find("\"zh-CN\": \"总分得分不符\""), std::string::npos);
  EXPECT_NE(json.find("\"en\": \"total score does not add up\""), std::string::npos);
  EXPECT_NE(json.find("\"rule\": \"arithmetic.total-score\""), std::string::npos);
  EXPECT_EQ(json, reports::JsonWriter().write(sample_report(), {"zh-CN", false}));  // language-neutral
}

namespace {

// A report with a failed (over-limit) input and a skipped file.
report_model::Report report_with_failed_and_skipped() {
  auto r = sample_report();
  report_model::InputRecord big;
  big.path = "big.txt";
  big.status = report_model::InputStatus::failed;
  big.reason = report_model::FailReason::over_limit;
  big.limit = report_model::LimitRecord{"rows-per-table", 5000, 5002, 0};
  big.error = "line 5002: over limits.rows-per-table = 5000";
  big.tables.push_back({0, 1, "", ""});
  r.inputs.push_back(big);
  r.skipped.push_back({"in/notes.md", report_model::SkipReason::not_table_file, "不是表格文件", "not a table file"});
  r.summary.files = 2;
  r.summary.failed = 1;
  r.summary.skipped = 1;
  return r;
}

}  // namespace

TEST(TextWriter, StartsWithTheReportMarker) {
  auto text = reports::TextWriter().write(sample_report(), {"zh-CN", false});
  EXPECT_EQ(text.rfind(std::string("jxaudit ") + kToolVersion + " (jxaudit/report@1)\n", 0), 0u) << text.substr(0, 80);
}

TEST(TextWriter, ShowsFailedReasonsUncheckedTablesAndSkippedFiles) {
  const auto r = report_with_failed_and_skipped();
  auto zh = reports::TextWriter().write(r, {"zh-CN", false});
  EXPECT_NE(zh.find("big.txt  [失败：超出限制, 1 张表]"), std::string::npos) << zh;
  EXPECT_NE(zh.find("表 1    (第 1 行)  未检查（文件未读完）"), std::string::npos) << zh;
  EXPECT_NE(zh.find("跳过的文件（未读取）：\n  in/notes.md  [不是表格文件]  不是表格文件"), std::string::npos) << zh;
  EXPECT_NE(zh.find("1 个输入失败（退出码 2），1 个文件跳过"), std::string::npos) << zh;
  auto en = reports::TextWriter().write(r, {"en", false});
  EXPECT_NE(en.find("not checked (file not read to the end)"), std::string::npos) << en;
  EXPECT_NE(en.find("Skipped (not read):\n  in/notes.md  [not-table-file]  not a table file"), std::string::npos) << en;
  EXPECT_NE(en.find("1 inputs failed (exit code 2), 1 files skipped"), std::string::npos) << en;
  // Nothing failed or skipped: no extra line.
  auto clean = reports::TextWriter().write(sample_report(), {"en", false});
  EXPECT_EQ(clean.find("skipped"), std::string::npos) << clean;
}

TEST(JsonWriter, CarriesReasonLimitSkippedAndCounts) {
  auto json = reports::JsonWriter().write(report_with_failed_and_skipped(), {"en", false});
  EXPECT_NE(json.find("\"reason\": \"over-limit\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"key\": \"limits.rows-per-table\",\n        \"value\": 5000,\n        \"line\": 5002,\n"
                      "        \"found\": null"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"skipped\": [\n    {\n      \"path\": \"in/notes.md\",\n      \"reason\": \"not-table-file\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"failed\": 1,\n    \"skipped\": 1,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"limit\": null"), std::string::npos);  // the ok input
}

TEST(AtomicWrite, ReplacesTheFileAndLeavesNoTemporary) {
  fs::path dir = fs::temp_directory_path() / "jxaudit-atomic-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "r.json") << "old";
  EXPECT_EQ(reports::write_output((dir / "r.json").string(), "new"), "");
  std::stringstream s;
  s << std::ifstream(dir / "r.json").rdbuf();
  EXPECT_EQ(s.str(), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  EXPECT_NE(reports::write_output((dir / "missing-dir/r.json").string(), "x"), "");
  fs::remove_all(dir);
}

TEST(Writers, EveryListedFormatHasAWriter) {
  for (const auto& f : reports::format_names()) {
    auto w = reports::make_writer(f);
    ASSERT_NE(w, nullptr) << f;
    EXPECT_EQ(w->format(), f);
  }
  EXPECT_EQ(reports::make_writer("pdf"), nullptr);
}
