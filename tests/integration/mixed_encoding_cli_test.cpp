// A file pasted together from GB18030 and UTF-8 tables: read as one encoding,
// the UTF-8 table turned into unreadable text and its error was lost (exit 0).
// Decoded line by line, the error is found and a warning names the line where
// the encoding changes.
#include <algorithm>

#include <gtest/gtest.h>

#include "run_support.hpp"
#include "text/encoding.hpp"

using namespace jxaudit::testing;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Table `index` (0-based) of the seed: from its title line to the next one.
std::string seed_table(const std::string& seed, int index) {
  const std::string title = "项目支出绩效自评表\n";
  std::size_t at = 0;
  for (int i = 0; i <= index; ++i) {
    at = seed.find(title, i == 0 ? 0 : at + 1);
    if (at == std::string::npos) return {};
  }
  const std::size_t next = seed.find(title, at + 1);
  return seed.substr(at, next == std::string::npos ? std::string::npos : next - at);
}

std::size_t line_count(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST(MixedEncodingCli, ErrorInTheUtf8TableAfterThreeGb18030TablesIsFound) {
  Scratch s;
  const std::string seed = slurp(std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt");
  // Tables 1, 2 and 4 of the seed have no findings; table 5 gets a wrong 总分 score.
  std::string gb;
  std::size_t gb_lines = 0;
  for (int index : {0, 1, 3}) {
    const std::string table = seed_table(seed, index);
    ASSERT_FALSE(table.empty());
    gb += jxaudit::text::encode(table, "gb18030");
    gb_lines += line_count(table);
  }
  std::string utf8 = seed_table(seed, 4);
  const std::string total = "总分\t\t\t\t\t\t100\t100\t—";
  ASSERT_NE(utf8.find(total), std::string::npos);
  utf8.replace(utf8.find(total), total.size(), "总分\t\t\t\t\t\t100\t95\t—");
  spit(s / "mixed.txt", gb + utf8);
  const std::string switch_line = std::to_string(gb_lines + 1);

  auto r = run(JXAUDIT_EXECUTABLE, {"check", "--format", "json", "--output", "-", (s / "mixed.txt").string()}, s.path());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(contains(r.out, "\"rule\": \"arithmetic.total-score\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "\"encoding\": \"gb18030+utf-8\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "\"rule\": \"parser.mixed-encoding\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "decoded line by line: UTF-8 from line " + switch_line + "\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "第 " + switch_line + " 行起为 UTF-8")) << r.out;

  // The three GB18030 tables are read as clean tables, not as notes about unreadable text.
  auto clean = run(JXAUDIT_EXECUTABLE, {"check", (s / "mixed.txt").string()}, s.path());
  EXPECT_TRUE(contains(clean.out, "4 张表")) << clean.out;
  EXPECT_TRUE(contains(clean.out, "1 个错误")) << clean.out;
}
