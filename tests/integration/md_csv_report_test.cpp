// The Markdown and CSV reports of the seed through the built jxaudit and its
// bundled plugins: golden files (JXAUDIT_UPDATE_GOLDEN=1 rewrites them), a
// round trip against the JSON report of the same run (every finding is in
// the CSV and in the Markdown), and --output DIR/ with four formats.
#include <cstdlib>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_support.hpp"

using namespace jxaudit::testing;

namespace {

// Relative to the source tree, so the reports (which keep paths as given)
// are the same on every machine.
const std::string kSeed = "tests/fixtures/futian-2022-selfeval.txt";
const fs::path kGolden = fs::path(JXAUDIT_FIXTURES_DIR) / "golden";

// jxaudit check ARGS… run in the source tree, its reports under `out`/.
RunResult check_in_source_tree(const Scratch& s, const std::string& args) {
  const std::string script =
      "cd " + quote(JXAUDIT_SOURCE_DIR) + " && exec " + quote(JXAUDIT_EXECUTABLE) + " check " + args;
  return run("/bin/sh", {"-c", script}, s.path());
}

// Writes md, csv and json of the seed in `language` to s/out/; the run must exit 1 (the seed has errors).
fs::path reports_of_seed(const Scratch& s, const std::string& language) {
  const fs::path out = s / ("out-" + language);
  auto r = check_in_source_tree(s, "--lang " + language + " --format md,csv,json --output " + quote(out.string() + "/") +
                                       " " + kSeed);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  return out;
}

// What depends on the build, not on the report's logic: a plugin's sha256
// (another build, another hash; the Markdown writes it as `code`, an input's
// as plain text). Golden files keep a mark.
std::string mask_build(std::string text) {
  static const std::regex plugin_sha256("`[0-9a-f]{64}`");
  return std::regex_replace(text, plugin_sha256, "`<plugin sha256>`");
}

void expect_golden(const fs::path& produced, const std::string& golden_name) {
  const std::string bytes = mask_build(slurp(produced));
  ASSERT_FALSE(bytes.empty()) << produced;
  const fs::path golden = kGolden / golden_name;
  if (const char* update = std::getenv("JXAUDIT_UPDATE_GOLDEN"); update != nullptr && std::string(update) == "1") {
    spit(golden, bytes);
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing: run with JXAUDIT_UPDATE_GOLDEN=1 and review it";
  EXPECT_TRUE(bytes == slurp(golden)) << produced << " differs from " << golden
                                      << " (JXAUDIT_UPDATE_GOLDEN=1 rewrites it; review the diff)";
}

// A small RFC 4180 reader, independent of the writer: rows of fields.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += '"', ++i;
      else if (c == '"') quoted = false;
      else rows.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      if (i + 1 < text.size()) rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  return rows;
}

// The cells of a Markdown table row, split at unescaped |, code spans and
// backslash escapes undone (enough for rule ids and plain words).
std::vector<std::string> markdown_cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      cell += line[++i];
    } else if (line[i] == '|') {
      cells.push_back(cell.substr(cell.find_first_not_of(' ') == std::string::npos ? 0 : cell.find_first_not_of(' ')));
      while (!cells.back().empty() && cells.back().back() == ' ') cells.back().pop_back();
      cell.clear();
    } else if (line[i] != '`') {
      cell += line[i];
    }
  }
  return cells;
}

// The rows of every findings table (those under the findings header) of a Markdown report.
std::vector<std::vector<std::string>> markdown_finding_rows(const std::string& md, const std::string& first_title) {
  std::vector<std::vector<std::string>> rows;
  bool in_findings = false;
  std::size_t at = 0;
  for (std::size_t next; (next = md.find('\n', at)) != std::string::npos; at = next + 1) {
    const std::string line = md.substr(at, next - at);
    if (line.rfind("|", 0) != 0) {
      in_findings = false;
      continue;
    }
    auto cells = markdown_cells(line);
    if (!cells.empty() && cells[0] == first_title) {
      in_findings = true;
    } else if (in_findings && !cells.empty() && cells[0].rfind("---", 0) != 0) {
      rows.push_back(std::move(cells));
    }
  }
  return rows;
}

}  // namespace

TEST(MarkdownCsvReports, SeedMatchesTheGoldenFiles) {
  Scratch s;
  const fs::path zh = reports_of_seed(s, "zh-CN");
  expect_golden(zh / "jxaudit-report.md", "futian-2022-selfeval.md");
  expect_golden(zh / "jxaudit-report.csv", "futian-2022-selfeval.csv");
  const fs::path en = reports_of_seed(s, "en");
  expect_golden(en / "jxaudit-report.md", "futian-2022-selfeval.en.md");
  expect_golden(en / "jxaudit-report.csv", "futian-2022-selfeval.en.csv");
}

TEST(MarkdownCsvReports, EveryFindingOfTheJsonIsInTheCsv) {
  Scratch s;
  const fs::path out = reports_of_seed(s, "en");
  const auto json = nlohmann::json::parse(slurp(out / "jxaudit-report.json"));
  const auto& findings = json.at("findings");
  ASSERT_GT(findings.size(), 0u);
  std::string text = slurp(out / "jxaudit-report.csv");
  ASSERT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0u);
  const auto rows = read_csv(text.substr(3));
  ASSERT_EQ(rows.size(), findings.size() + 1);  // the header and one row per finding
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < rows[0].size(); ++i) column[rows[0][i]] = i;
  for (const char* key : {"rule", "plugin", "severity", "file", "line", "column", "table", "project_code", "level2",
                          "indicator", "field", "message", "message_other", "expected", "actual", "fingerprint"})
    ASSERT_TRUE(column.count(key)) << key;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const auto& f = findings[i];
    const auto& row = rows[i + 1];
    ASSERT_EQ(row.size(), rows[0].size()) << "row " << i + 1;
    const auto& l = f.at("location");
    EXPECT_EQ(row[column["rule"]], f.at("rule").get<std::string>()) << i;
    EXPECT_EQ(row[column["plugin"]], f.at("plugin").get<std::string>()) << i;
    EXPECT_EQ(row[column["severity"]], f.at("severity").get<std::string>()) << i;
    EXPECT_EQ(row[column["file"]], l.at("file").get<std::string>()) << i;
    EXPECT_EQ(row[column["line"]], std::to_string(l.at("line").get<int>())) << i;
    EXPECT_EQ(row[column["column"]], std::to_string(l.at("column").get<int>())) << i;
    EXPECT_EQ(row[column["table"]], std::to_string(l.at("table").get<int>())) << i;
    for (const char* key : {"project_code", "level2", "indicator", "field"}) {
      const std::string value = l.at(key).get<std::string>();
      // A cell that would start a formula carries the guard's apostrophe.
      const std::string cell = row[column[key]];
      EXPECT_TRUE(cell == value || cell == "'" + value) << key << " " << i;
    }
    EXPECT_EQ(row[column["message"]], f.at("message").at("en").get<std::string>()) << i;
    EXPECT_EQ(row[column["message_other"]], f.at("message").at("zh-CN").get<std::string>()) << i;
    EXPECT_EQ(row[column["actual"]], f.at("actual").get<std::string>()) << i;
    EXPECT_EQ(row[column["fingerprint"]], f.at("fingerprint").get<std::string>()) << i;
  }
}

TEST(MarkdownCsvReports, EveryFindingOfTheJsonIsInTheMarkdown) {
  Scratch s;
  for (const auto& [language, severity_title] : {std::pair{"en", "Severity"}, std::pair{"zh-CN", "严重程度"}}) {
    const fs::path out = reports_of_seed(s, language);
    const auto json = nlohmann::json::parse(slurp(out / "jxaudit-report.json"));
    const auto& findings = json.at("findings");
    const auto rows = markdown_finding_rows(slurp(out / "jxaudit-report.md"), severity_title);
    ASSERT_EQ(rows.size(), findings.size()) << language;
    // Per file and table in row order: the JSON's order (file, line, …).
    for (std::size_t i = 0; i < rows.size(); ++i) {
      ASSERT_GE(rows[i].size(), 3u);
      EXPECT_EQ(rows[i][1], findings[i].at("rule").get<std::string>()) << language << " row " << i;
      const int line = findings[i].at("location").at("line").get<int>();
      if (line > 0) EXPECT_NE(rows[i][2].find(std::to_string(line)), std::string::npos) << rows[i][2];
    }
    // Every rule that ran is named in the rules section, fired or not.
    const std::string md = slurp(out / "jxaudit-report.md");
    for (const auto& rule : json.at("rules"))
      EXPECT_NE(md.find("`" + rule.at("id").get<std::string>() + "`"), std::string::npos) << rule;
  }
}

TEST(MarkdownCsvReports, OutputDirectoryGetsOneFilePerFormat) {
  Scratch s;
  const fs::path out = s / "all";
  auto r = check_in_source_tree(s, "--format text,json,md,csv --output " + quote(out.string() + "/") + " " + kSeed);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(out)) names.insert(e.path().filename().string());
  EXPECT_EQ(names, (std::set<std::string>{"jxaudit-report.txt", "jxaudit-report.json", "jxaudit-report.md",
                                          "jxaudit-report.csv"}));
  for (const auto& name : names) EXPECT_GT(fs::file_size(out / name), 100u) << name;
}

TEST(MarkdownCsvReports, ALaterRunSkipsTheCsvReportItWrote) {
  // *.csv is a table-file glob: without its marker a CSV report left in a
  // checked directory would be read as a table on the next run.
  Scratch s;
  fs::create_directories(s / "in");
  fs::copy_file(fs::path(JXAUDIT_SOURCE_DIR) / kSeed, s / "in" / "seed.txt");
  for (const std::string language : {"zh-CN", "en"}) {
    auto first = check_in_source_tree(s, "--lang " + language + " --format csv,md --output " + quote((s / "in").string() + "/") +
                                             " " + quote((s / "in").string()));
    ASSERT_EQ(first.exit_code, 1) << first.err;
    auto again = check_in_source_tree(s, "--format json " + quote((s / "in").string()));
    const auto json = nlohmann::json::parse(again.out);
    ASSERT_EQ(json.at("inputs").size(), 1u) << again.out.substr(0, 2000);
    std::map<std::string, std::string> skipped;
    for (const auto& sk : json.at("skipped"))
      skipped[fs::path(sk.at("path").get<std::string>()).filename().string()] = sk.at("reason").get<std::string>();
    EXPECT_EQ(skipped["jxaudit-report.csv"], "own-report") << language;
    EXPECT_EQ(skipped["jxaudit-report.md"], "not-table-file") << language;
  }
}
