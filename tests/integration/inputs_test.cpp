// Inputs accounted for, and bounded on small hostile inputs, end to end: the
// built jxaudit on generated files, FIFOs and device nodes made in a scratch
// directory. Every run goes through `timeout` so a regression (a FIFO opened
// for reading blocks forever) fails the test instead of hanging it. The
// assertions are on statuses, findings and report content, never on time.
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <nlohmann/json.hpp>

#include "run_support.hpp"

using namespace jxaudit::testing;
using Json = nlohmann::json;

namespace {

const std::string kSeed = std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt";
const std::string kTitle = "项目支出绩效自评表\n";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

struct Checked {
  RunResult run;
  Json report;       // the JSON report (null when none was written)
  std::string text;  // the text report
};

// jxaudit check with the test plugin (one finding per table: any finding for
// a failed input would show), both formats into <scratch>/out/, under a
// timeout guard. `config` is appended to the test's jxaudit.yaml.
Checked check(const Scratch& s, std::vector<std::string> inputs, const std::string& config = "") {
  spit(s / "cfg/jxaudit.yaml", "plugins: {}\n" + config);
  const std::string exe = fs::exists(s / "bin/jxaudit") ? (s / "bin/jxaudit").string() : isolated_jxaudit(s.path());
  std::vector<std::string> args{"-s", "KILL", "60", exe, "check", "--config",
                                (s / "cfg/jxaudit.yaml").string(), "--plugin-path", plugin_dir("good"), "--checks",
                                "-*,testgood.per-table", "--format", "text,json", "--output", (s / "out/").string(),
                                "--fail-on", "never"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  Checked c;
  c.run = run("timeout", args, s.path());
  const std::string json = slurp(s / "out/jxaudit-report.json");
  if (!json.empty()) c.report = Json::parse(json);
  c.text = slurp(s / "out/jxaudit-report.txt");
  return c;
}

const Json* input_named(const Json& report, const std::string& path) {
  for (const auto& in : report["inputs"])
    if (in["path"] == path) return &in;
  return nullptr;
}

std::vector<std::string> rules_of(const Json& report, const std::string& file) {
  std::vector<std::string> out;
  for (const auto& f : report["findings"])
    if (f["location"]["file"] == file) out.push_back(f["rule"]);
  return out;
}

// Exit code of validating the report against docs/report-schema.json.
int validate_schema(const Scratch& s) {
  const std::string cmd =
      "python3 -c 'import json,sys,jsonschema; "
      "jsonschema.Draft202012Validator(json.load(open(sys.argv[2]))).validate(json.load(open(sys.argv[1])))' " +
      quote((s / "out/jxaudit-report.json").string()) + " " +
      quote(std::string(JXAUDIT_SOURCE_DIR) + "/docs/report-schema.json") + " 2>" + quote((s / "schema.err").string());
  return std::system(cmd.c_str());
}

// One failed over-limit input: its limit, one host finding and nothing else.
void expect_over_limit(const Checked& c, const std::string& path, const std::string& key, std::uint64_t value,
                       int line, std::size_t tables) {
  ASSERT_EQ(c.run.exit_code, 2) << c.run.err;
  ASSERT_TRUE(c.report.is_object()) << c.run.err;
  const Json* in = input_named(c.report, path);
  ASSERT_NE(in, nullptr) << c.report.dump(1).substr(0, 2000);
  EXPECT_EQ((*in)["status"], "failed");
  EXPECT_EQ((*in)["reason"], "over-limit");
  EXPECT_EQ((*in)["limit"]["key"], key);
  EXPECT_EQ((*in)["limit"]["value"], value);
  EXPECT_EQ((*in)["limit"]["line"], line);
  EXPECT_EQ((*in)["tables"], tables);  // found so far: listed …
  EXPECT_EQ((*in)["projects"].size(), tables);
  // One host error; no plugin finding, no parser finding from half a file.
  EXPECT_EQ(rules_of(c.report, path), std::vector<std::string>{"host.input-over-limit"});
  if (c.report["inputs"].size() == 1) {
    EXPECT_EQ(c.report["summary"]["tables"], 0);  // … not checked
    EXPECT_EQ(c.report["summary"]["findings"]["total"], 1);
  }
  const Json* found = nullptr;
  for (const auto& finding : c.report["findings"])
    if (finding["location"]["file"] == path) found = &finding;
  ASSERT_NE(found, nullptr);
  const Json& f = *found;
  EXPECT_EQ(f["severity"], "error");
  EXPECT_EQ(f["location"]["line"], line);
  EXPECT_TRUE(contains(f["message"]["en"], key + " = " + std::to_string(value))) << f["message"]["en"];
  EXPECT_TRUE(contains(f["message"]["zh-CN"], "文件未检查")) << f["message"]["zh-CN"];
}

}  // namespace

TEST(Inputs, AMillionShortRowsFailAtRowsPerTable) {
  Scratch s;
  std::string text = kTitle + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";
  text.reserve(text.size() + 5000000);
  for (int i = 0; i < 1000000; ++i) text += "\t\t\t5\n";
  spit(s / "rows.txt", text);
  const Checked c = check(s, {(s / "rows.txt").string()});
  expect_over_limit(c, (s / "rows.txt").string(), "limits.rows-per-table", 5000, 5002, 1);
  EXPECT_TRUE(contains(c.text, "[失败：超出限制, 1 张表")) << c.text.substr(0, 2000);
  EXPECT_TRUE(contains(c.text, "未检查（文件未读完）")) << c.text.substr(0, 2000);
}

TEST(Inputs, FiftyThousandTitlesFailAtTablesPerFile) {
  Scratch s;
  std::string text;
  for (int i = 0; i < 50000; ++i) text += kTitle;
  spit(s / "titles.txt", text);
  const Checked c = check(s, {(s / "titles.txt").string()});
  expect_over_limit(c, (s / "titles.txt").string(), "limits.tables-per-file", 5000, 5001, 5000);
}

TEST(Inputs, AMillionCellRowFailsAtCellsPerRow) {
  Scratch s;
  spit(s / "cells.txt", kTitle + std::string(999999, '\t') + "x\n");
  const Checked c = check(s, {(s / "cells.txt").string()});
  expect_over_limit(c, (s / "cells.txt").string(), "limits.cells-per-row", 1000, 2, 1);
}

TEST(Inputs, AFileOverFileBytesIsNotRead) {
  Scratch s;
  fs::create_directories(s / "in");
  fs::copy_file(kSeed, s / "in/seed.txt");
  spit(s / "in/small.txt", kTitle);
  const Checked c = check(s, {(s / "in").string()}, "limits: {file-bytes: 1KiB}\n");
  expect_over_limit(c, (s / "in/seed.txt").string(), "limits.file-bytes", 1024, 0, 0);
  const Json* seed = input_named(c.report, (s / "in/seed.txt").string());
  EXPECT_EQ((*seed)["sha256"], "");  // not read
  EXPECT_EQ((*seed)["limit"]["found"], fs::file_size(kSeed));
  EXPECT_EQ((*input_named(c.report, (s / "in/small.txt").string()))["status"], "ok");
  EXPECT_EQ(c.report["summary"]["tables"], 1);  // small.txt's, checked
  EXPECT_EQ(rules_of(c.report, (s / "in/small.txt").string()), std::vector<std::string>{"testgood.per-table"});
}

TEST(Inputs, AFifoIsFailedWithoutBeingOpenedNamedOrInADirectory) {
  Scratch s;
  fs::create_directories(s / "dir");
  ASSERT_EQ(::mkfifo((s / "named.txt").c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo((s / "dir/pipe.txt").c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo((s / "dir/pipe.other").c_str(), 0600), 0);
  fs::copy_file(kSeed, s / "dir/seed.txt");
  const Checked c = check(s, {(s / "named.txt").string(), (s / "dir").string()});
  ASSERT_EQ(c.run.exit_code, 2) << c.run.err;  // not 137: the timeout did not have to kill it
  for (const auto& path : {s / "named.txt", s / "dir/pipe.txt"}) {
    const Json* in = input_named(c.report, path.string());
    ASSERT_NE(in, nullptr) << path;
    EXPECT_EQ((*in)["status"], "failed");
    EXPECT_EQ((*in)["reason"], "not-regular-file");
    EXPECT_EQ(rules_of(c.report, path.string()), std::vector<std::string>{"host.input-not-regular"});
  }
  // Not matching the include globs: skipped, whatever its type.
  ASSERT_EQ(c.report["skipped"].size(), 1u);
  EXPECT_EQ(c.report["skipped"][0]["path"], (s / "dir/pipe.other").string());
  EXPECT_EQ(c.report["skipped"][0]["reason"], "not-table-file");
  // The other input was still read and checked.
  EXPECT_EQ((*input_named(c.report, (s / "dir/seed.txt").string()))["status"], "ok");
  EXPECT_EQ(rules_of(c.report, (s / "dir/seed.txt").string()).size(), 11u);
  EXPECT_EQ(c.report["summary"]["failed"], 2);
  EXPECT_EQ(validate_schema(s), 0) << slurp(s / "schema.err");
}

TEST(Inputs, ADeviceIsFailedWithoutBeingOpenedNamedOrInADirectory) {
  Scratch s;
  fs::create_directories(s / "dir");
  // A character device like /dev/zero (1,5), made here: reading it never ends.
  if (::mknod((s / "zero.txt").c_str(), S_IFCHR | 0600, makedev(1, 5)) != 0 ||
      ::mknod((s / "dir/zero.txt").c_str(), S_IFCHR | 0600, makedev(1, 5)) != 0)
    GTEST_SKIP() << "mknod is not permitted here";
  const Checked c = check(s, {(s / "zero.txt").string(), (s / "dir").string()});
  ASSERT_EQ(c.run.exit_code, 2) << c.run.err;
  for (const auto& path : {s / "zero.txt", s / "dir/zero.txt"}) {
    const Json* in = input_named(c.report, path.string());
    ASSERT_NE(in, nullptr) << path;
    EXPECT_EQ((*in)["reason"], "not-regular-file");
    EXPECT_TRUE(contains((*in)["error"], "character device")) << (*in)["error"];
    EXPECT_EQ(rules_of(c.report, path.string()), std::vector<std::string>{"host.input-not-regular"});
  }
}

TEST(Inputs, PreviousReportsNotesAndHiddenFilesInAScannedDirectoryAreSkipped) {
  Scratch s;
  fs::create_directories(s / "dir");
  fs::copy_file(kSeed, s / "dir/seed.txt");
  spit(s / "dir/notes.md", "# notes\n");
  spit(s / "dir/.draft.txt", kTitle);
  // A first run writes its reports into the directory it scans.
  spit(s / "cfg/jxaudit.yaml", "plugins: {}\n");
  auto first = run_en(isolated_jxaudit(s.path()),
                   {"check", "--config", (s / "cfg/jxaudit.yaml").string(), "--format", "text,json", "--output",
                    (s / "dir/").string(), "--fail-on", "never", (s / "dir").string()},
                   s.path());
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_TRUE(fs::exists(s / "dir/jxaudit-report.txt"));
  ASSERT_TRUE(fs::exists(s / "dir/jxaudit-report.json"));

  const Checked c = check(s, {(s / "dir").string()});
  ASSERT_EQ(c.run.exit_code, 0) << c.run.err;
  ASSERT_EQ(c.report["inputs"].size(), 1u);  // the reports are not read as tables
  EXPECT_EQ(c.report["inputs"][0]["path"], (s / "dir/seed.txt").string());
  std::vector<std::pair<std::string, std::string>> skipped;
  for (const auto& sk : c.report["skipped"]) skipped.emplace_back(sk["path"], sk["reason"]);
  EXPECT_EQ(skipped, (std::vector<std::pair<std::string, std::string>>{
                         {(s / "dir/.draft.txt").string(), "hidden"},
                         {(s / "dir/jxaudit-report.json").string(), "own-report"},
                         {(s / "dir/jxaudit-report.txt").string(), "own-report"},
                         {(s / "dir/notes.md").string(), "not-table-file"}}));
  EXPECT_EQ(c.report["summary"]["skipped"], 4);
  EXPECT_TRUE(contains(c.text, "跳过的文件（未读取）：")) << c.text;
  EXPECT_TRUE(contains(c.text, (s / "dir/notes.md").string() + "  [不是表格文件]")) << c.text;
  EXPECT_TRUE(contains(c.text, "4 个文件跳过")) << c.text;
  EXPECT_EQ(validate_schema(s), 0) << slurp(s / "schema.err");
}

TEST(Inputs, LimitsConfigErrorsAreExit2WithPosition) {
  Scratch s;
  for (const auto& [yaml, message] : std::vector<std::pair<std::string, std::string>>{
           {"limits:\n  rows-per-tabel: 5\n",
            "jxaudit.yaml:3:3: limits.rows-per-tabel: 未知的键（是否想写「rows-per-table」？）"},
           {"limits:\n  cells-per-row: 0\n", "jxaudit.yaml:3:18: limits.cells-per-row: 必须在 1 到"},
           {"limits:\n  file-bytes: lots\n", "jxaudit.yaml:3:15: limits.file-bytes: 应为字节数"}}) {
    fs::remove_all(s / "out");
    const Checked c = check(s, {kSeed}, yaml);
    EXPECT_EQ(c.run.exit_code, 2) << yaml;
    EXPECT_TRUE(contains(c.run.err, message)) << c.run.err;
    EXPECT_TRUE(c.report.is_null()) << "no report on a configuration error";
  }
}

// The seed with the test plugin gives one finding per table (11) plus its
// parse diagnostics: past a findings-per-file of 5 it is failed, none of its
// findings listed, and the outcome is the same for any number of jobs.
TEST(Inputs, AFileWithMoreFindingsThanFindingsPerFileIsFailedWithoutItsFindings) {
  Scratch s;
  const Checked ok = check(s, {kSeed}, "limits:\n  findings-per-file: 1000\n");
  ASSERT_EQ(ok.run.exit_code, 0) << ok.run.err;
  EXPECT_EQ((*input_named(ok.report, kSeed))["status"], "ok");
  EXPECT_GE(ok.report["summary"]["findings"]["total"], 11);

  std::string reports[2];
  for (int jobs : {1, 2}) {
    fs::remove_all(s / "out");
    const Checked c = check(s, {kSeed}, "jobs: " + std::to_string(jobs) + "\nlimits:\n  findings-per-file: 5\n");
    ASSERT_EQ(c.run.exit_code, 2) << c.run.err;
    const Json* in = input_named(c.report, kSeed);
    ASSERT_NE(in, nullptr);
    EXPECT_EQ((*in)["status"], "failed");
    EXPECT_EQ((*in)["reason"], "over-limit");
    EXPECT_EQ((*in)["limit"]["key"], "limits.findings-per-file");
    EXPECT_EQ((*in)["tables"], 11);  // listed …
    EXPECT_EQ(c.report["summary"]["tables"], 0);  // … not counted as checked
    EXPECT_EQ(rules_of(c.report, kSeed), std::vector<std::string>{"host.input-over-limit"});
    const std::string zh = c.report["findings"][0]["message"]["zh-CN"];
    EXPECT_TRUE(contains(zh, "limits.findings-per-file = 5")) << zh;
    EXPECT_TRUE(contains(zh, "其发现未列出")) << zh;
    reports[jobs - 1] = slurp(s / "out/jxaudit-report.json");
  }
  EXPECT_EQ(reports[0], reports[1]);
}

// 40 tables of 4,980 short rows each stay under rows-per-table, but the
// bundled plugins would give ~600,000 findings (a 434 MB report, 2.4 GB):
// findings-per-file stops the file after a few tables.
TEST(Inputs, TablesJustUnderRowsPerTableStopAtFindingsPerFile) {
  Scratch s;
  const std::string header = kTitle + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";
  std::string text;
  for (int t = 0; t < 40; ++t) {
    text += header;
    for (int i = 0; i < 4980; ++i) text += "\t\t\t5\n";
  }
  spit(s / "near.txt", text);
  const std::string path = (s / "near.txt").string();
  // The kill is a guard against the runaway (2.4 GB, many minutes), not a
  // speed target: under ASan on a loaded 2-core machine the bounded run
  // itself takes 30–60 s.
  auto r = run("timeout", {"-s", "KILL", "240", JXAUDIT_EXECUTABLE, "check", path, "--format", "json", "--output",
                           (s / "out/").string()},
               s.path());
  ASSERT_EQ(r.exit_code, 2) << r.err.substr(0, 2000);
  const Json report = Json::parse(slurp(s / "out/jxaudit-report.json"));
  const Json* in = input_named(report, path);
  ASSERT_NE(in, nullptr);
  EXPECT_EQ((*in)["reason"], "over-limit");
  EXPECT_EQ((*in)["limit"]["key"], "limits.findings-per-file");
  EXPECT_EQ((*in)["tables"], 40);
  EXPECT_EQ(rules_of(report, path), std::vector<std::string>{"host.input-over-limit"});
}
