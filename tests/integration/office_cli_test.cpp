// Issue 12 end to end: the built jxaudit checks a folder holding a text
// export, an .xlsx, a .docx and a broken .xlsx. Every input is in the report;
// the three copies of one table (tests/fixtures: the Shanxi variant as text,
// its office copies) give the same findings; the broken file has its one
// message and fails the input (exit 2).
#include <nlohmann/json.hpp>

#include "run_support.hpp"

using namespace jxaudit::testing;
using Json = nlohmann::json;

namespace {

const std::string kFixtures = JXAUDIT_FIXTURES_DIR;

struct Checked {
  RunResult run;
  Json report;
  std::string text;
};

// A folder of four inputs, checked with the bundled plugins and the default
// configuration (its include list holds the office extensions).
Checked check_folder(const Scratch& s) {
  const fs::path in = s / "收到的文件";
  fs::create_directories(in);
  fs::copy_file(kFixtures + "/variants/shanxi-jishan-2020-jiandang.txt", in / "A单位.txt");
  fs::copy_file(kFixtures + "/office/shanxi-jishan-2020-jiandang.xlsx", in / "B单位.xlsx");
  fs::copy_file(kFixtures + "/office/shanxi-jishan-2020-jiandang.docx", in / "C单位.docx");
  fs::copy_file(kFixtures + "/office/bad/truncated.xlsx", in / "D单位.xlsx");
  Checked c;
  c.run = run(JXAUDIT_EXECUTABLE, {"check", "--format", "text,json", "--output", (s / "out/").string(), in.string()},
              s.path());
  const std::string json = slurp(s / "out/jxaudit-report.json");
  if (!json.empty()) c.report = Json::parse(json);
  c.text = slurp(s / "out/jxaudit-report.txt");
  return c;
}

std::string name_of(const Json& input) { return fs::path(input["path"].get<std::string>()).filename().string(); }

// A file's findings without what names the file or its positions (line and
// column, and where an office file adds it, the sheet and cell or the Word
// table and row).
std::vector<Json> findings_of(const Json& report, const std::string& file) {
  std::vector<Json> out;
  for (Json f : report["findings"]) {
    if (fs::path(f["location"]["file"].get<std::string>()).filename() != file) continue;
    f.erase("fingerprint");
    f["location"].erase("file");
    f["location"].erase("line");
    f["location"].erase("column");
    for (const char* key : {"sheet", "cell", "word_table", "word_row", "word_paragraph"}) f["location"].erase(key);
    out.push_back(f);
  }
  return out;
}

TEST(OfficeCli, EveryInputOfTheFolderIsInTheReport) {
  Scratch s;
  const Checked c = check_folder(s);
  ASSERT_TRUE(c.report.is_object()) << c.run.err;
  const Json& inputs = c.report["inputs"];
  ASSERT_EQ(inputs.size(), 4u) << inputs.dump(1);
  EXPECT_EQ(name_of(inputs[0]), "A单位.txt");
  EXPECT_EQ(name_of(inputs[1]), "B单位.xlsx");
  EXPECT_EQ(name_of(inputs[2]), "C单位.docx");
  EXPECT_EQ(name_of(inputs[3]), "D单位.xlsx");
  for (int i = 0; i < 3; ++i) {
    SCOPED_TRACE(name_of(inputs[i]));
    EXPECT_EQ(inputs[i]["status"], "ok");
    EXPECT_EQ(inputs[i]["tables"], 1);
    ASSERT_EQ(inputs[i]["projects"].size(), 1u);
    EXPECT_EQ(inputs[i]["projects"][0]["project_name"], "建档立卡个人缴费县级配套资金");
  }
  EXPECT_EQ(inputs[3]["tables"], 0);
  EXPECT_EQ(c.report["summary"]["files"], 4);
  EXPECT_EQ(c.report["summary"]["tables"], 3);
  EXPECT_TRUE(c.report["skipped"].empty()) << c.report["skipped"].dump();
  for (const std::string name : {"A单位.txt", "B单位.xlsx", "C单位.docx", "D单位.xlsx"})
    EXPECT_NE(c.text.find(name), std::string::npos) << name;
  EXPECT_NE(c.text.find("4 个文件，3 张表"), std::string::npos) << c.text.substr(c.text.size() > 400 ? c.text.size() - 400 : 0);
}

TEST(OfficeCli, TheBrokenWorkbookHasItsOneMessage) {
  Scratch s;
  const Checked c = check_folder(s);
  ASSERT_TRUE(c.report.is_object()) << c.run.err;
  const std::vector<Json> broken = findings_of(c.report, "D单位.xlsx");
  ASSERT_EQ(broken.size(), 1u) << Json(broken).dump(1);
  EXPECT_EQ(broken[0]["rule"], "host.input-damaged");
  EXPECT_EQ(broken[0]["severity"], "error");
  const std::string zh = broken[0]["message"]["zh-CN"];
  EXPECT_NE(zh.find("文件已损坏或不完整,无法作为 .xlsx 读取"), std::string::npos) << zh;
  EXPECT_NE(c.text.find("host.input-damaged  文件已损坏或不完整"), std::string::npos);
  // A file that cannot be read is a failed input (docs/reliability.md
  // "Inputs: skipped and failed"), reason damaged.
  EXPECT_EQ(c.report["inputs"][3]["status"], "failed");
  EXPECT_EQ(c.report["inputs"][3]["reason"], "damaged");
  EXPECT_EQ(c.report["summary"]["failed"], 1);
}

TEST(OfficeCli, ExitCodeFollowsTheErrorFindings) {
  // docs/report-format.md "Exit codes": 2 when an input failed (the broken
  // workbook), after the report is written; 1 would be findings only.
  Scratch s;
  const Checked c = check_folder(s);
  EXPECT_EQ(c.run.exit_code, 2) << c.run.err;
  EXPECT_GT(c.report["summary"]["findings"]["error"].get<int>(), 1);
}

TEST(OfficeCli, TheOfficeCopiesGiveTheTextOriginalsFindings) {
  Scratch s;
  const Checked c = check_folder(s);
  ASSERT_TRUE(c.report.is_object()) << c.run.err;
  const std::vector<Json> text = findings_of(c.report, "A单位.txt");
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(Json(findings_of(c.report, "B单位.xlsx")), Json(text));
  EXPECT_EQ(Json(findings_of(c.report, "C单位.docx")), Json(text));
}

// Where each finding is, as its reader opens the file: the worksheet and cell
// of the workbook, the Word table and row (or the paragraph, for a finding on
// the title) of the document, in the JSON and the text report.
TEST(OfficeCli, FindingsNameTheSheetAndCellOrTheWordTableAndRow) {
  Scratch s;
  const Checked c = check_folder(s);
  ASSERT_TRUE(c.report.is_object()) << c.run.err;
  bool cell = false, word_row = false, paragraph = false;
  for (const Json& f : c.report["findings"]) {
    const Json& at = f["location"];
    const std::string file = fs::path(at["file"].get<std::string>()).filename().string();
    if (file == "B单位.xlsx" && f["rule"] == "arithmetic.funds-score") {
      EXPECT_EQ(at["sheet"], "表1 建档立卡个人缴费县级配套资金");
      EXPECT_EQ(at["cell"], "H6");
      cell = true;
    }
    if (file == "C单位.docx" && f["rule"] == "arithmetic.total-score") {
      EXPECT_EQ(at["word_table"], 1);
      EXPECT_EQ(at["word_row"], 17);
      word_row = true;
    }
    if (file == "C单位.docx" && f["rule"] == "parser.missing-project-code") {
      EXPECT_EQ(at["word_paragraph"], 1);  // the title, the body's first paragraph
      EXPECT_FALSE(at.contains("word_table"));
      paragraph = true;
    }
    if (file == "A单位.txt") EXPECT_FALSE(at.contains("sheet") || at.contains("word_paragraph")) << at.dump();
  }
  EXPECT_TRUE(cell && word_row && paragraph);
  EXPECT_NE(c.text.find("'表1 建档立卡个人缴费县级配套资金'!H6  错误  arithmetic.funds-score"), std::string::npos);
  EXPECT_NE(c.text.find("表格 1 第 17 行第 8 格  错误  arithmetic.total-score"), std::string::npos);
  EXPECT_NE(c.text.find("正文第 1 段  提示  parser.missing-project-code"), std::string::npos);
}

}  // namespace
