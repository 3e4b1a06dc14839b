// Every office copy in tests/fixtures/office (README there) parses to the
// same model as its text original, field by field: the canonical trees
// (parse/canonical_json.hpp) compared member by member with locations
// ("line") left out, so a difference names its field
// (tables[3].indicators[5].actual). Then the locations an office file adds:
// the worksheet and its row/column in a workbook, the Word table and row in
// a .docx.
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "parse/canonical_json.hpp"
#include "parse_test_support.hpp"

namespace jxaudit::parse::testing {
namespace {

// How numbers compare: as written (12000.00 is not 12000: the decimals a
// unit typed set the table's precision), or by value.
enum class Numbers { as_written, by_value };

// A number's text as written: "1,380,357.22" in a workbook cell formatted
// #,##0.00 is "1380357.22" in a text export — the same number as the unit saw it.
std::string without_grouping(std::string s) {
  std::erase(s, ',');
  return s;
}

bool same_scalar(const Value& want, const Value& got, Numbers numbers, bool number_text) {
  if (number_text) return without_grouping(want.text) == without_grouping(got.text);
  if (want.kind == Value::Kind::number && numbers == Numbers::by_value) {
    const std::optional<Decimal> a = Decimal::parse(want.text), b = Decimal::parse(got.text);
    return a && b && *a == *b;
  }
  return want.text == got.text;
}

// Every difference between two canonical trees, "path: expected | got";
// members named in `skip` (at any depth) are left out.
void diff(const Value& want, const Value& got, const std::string& path, const std::set<std::string>& skip,
          std::vector<std::string>& out, Numbers numbers = Numbers::as_written) {
  const auto show = [](const Value& v) { return v.kind == Value::Kind::null ? std::string("null") : to_json(v, -1); };
  if (want.kind != got.kind || ((want.kind == Value::Kind::string || want.kind == Value::Kind::number ||
                                 want.kind == Value::Kind::boolean) &&
                                !same_scalar(want, got, numbers, path.find(".number_text.") != std::string::npos))) {
    out.push_back(path + ": " + show(want) + " | " + show(got));
    return;
  }
  if (want.kind == Value::Kind::array) {
    if (want.items.size() != got.items.size())
      out.push_back(path + ": " + std::to_string(want.items.size()) + " items | " + std::to_string(got.items.size()));
    for (std::size_t i = 0; i < std::min(want.items.size(), got.items.size()); ++i)
      diff(want.items[i], got.items[i], path + "[" + std::to_string(i) + "]", skip, out, numbers);
  } else if (want.kind == Value::Kind::object) {
    std::vector<std::string> want_keys, got_keys;
    for (const auto& [k, v] : want.members)
      if (!skip.count(k)) want_keys.push_back(k);
    for (const auto& [k, v] : got.members)
      if (!skip.count(k)) got_keys.push_back(k);
    if (want_keys != got_keys) out.push_back(path + ": other members");
    for (const auto& [k, v] : want.members) {
      if (skip.count(k)) continue;
      for (const auto& [gk, gv] : got.members)
        if (gk == k) diff(v, gv, path + "." + k, skip, out, numbers);
    }
  }
}

const Value& member(const Value& object, const std::string& key) {
  static const Value null;
  for (const auto& [k, v] : object.members)
    if (k == key) return v;
  return null;
}

// What only the layout decides, not the unit: where a row is (line, sheet),
// and whether a blank cell exists in the row or the row stops before it
// (absent: a grid row always has its cells, a text export's row may end early).
const std::set<std::string> kLayoutOnly = {"line", "sheet", "absent"};

// number_text holds the texts that differ from their number; a grouped amount
// ("1,380,357.22" in a cell formatted #,##0.00) is one only in the workbook.
// Those entries are dropped from both trees before they are compared.
void drop_grouped_number_texts(Value& v) {
  for (auto& [k, child] : v.members) {
    if (k == "number_text") {
      std::erase_if(child.members, [](const auto& m) {
        const std::string& t = m.second.text;
        return t.find(',') != std::string::npos && t.find_first_not_of("0123456789.,-") == std::string::npos;
      });
    } else {
      drop_grouped_number_texts(child);
    }
  }
  std::erase_if(v.members, [](const auto& m) { return m.first == "number_text" && m.second.members.empty(); });
  for (auto& item : v.items) drop_grouped_number_texts(item);
}

std::vector<std::string> table_differences(const Document& text, const Document& office,
                                           const std::set<std::string>& skip = kLayoutOnly,
                                           Numbers numbers = Numbers::as_written) {
  std::vector<std::string> out;
  Value want = canonical_tree(text), got = canonical_tree(office);
  drop_grouped_number_texts(want);
  drop_grouped_number_texts(got);
  diff(member(want, "tables"), member(got, "tables"), "tables", skip, out, numbers);
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + "\n";
  return s;
}

// Diagnostics as (severity, code, table), the ones a text export's scrambled
// grid causes left out (README "Known differences").
std::multiset<std::tuple<int, std::string, int>> diagnostics_of(const Document& doc) {
  std::multiset<std::tuple<int, std::string, int>> out;
  for (const auto& d : doc.diagnostics)
    if (d.code != "shifted-total-row" && d.code != "extra-actual-column")
      out.insert({static_cast<int>(d.severity), d.code, d.table});
  return out;
}

struct Copy {
  std::string text;    // the text original, under tests/fixtures
  std::string office;  // its office copy
  std::size_t tables;
  // Fields the copy reads otherwise, one line each (none today: the .xls
  // formats are read from its FORMAT/XF records, biff_formats.cpp, so a rate
  // stored 0.99 with format 0% reads 99 as in the text).
  Numbers numbers = Numbers::as_written;
  std::vector<std::string> known = {};
};

void PrintTo(const Copy& c, std::ostream* os) { *os << c.office; }

class OfficeFixtures : public ::testing::TestWithParam<Copy> {};

TEST_P(OfficeFixtures, SameModelAsTheTextOriginalFieldByField) {
  const Copy& c = GetParam();
  const Document text = parse_fixture(c.text);
  const Document office = parse_fixture(c.office);
  ASSERT_EQ(text.tables.size(), c.tables);
  ASSERT_EQ(office.tables.size(), c.tables);
  const std::vector<std::string> differences = table_differences(text, office, kLayoutOnly, c.numbers);
  EXPECT_EQ(differences, c.known) << c.office << " differs from " << c.text << " (expected | got):\n"
                                  << joined(differences);
  EXPECT_EQ(diagnostics_of(office), diagnostics_of(text));
  for (const auto& d : office.diagnostics) EXPECT_NE(d.severity, Severity::error) << d.code << ": " << d.message_en;
  const std::string ext = c.office.substr(c.office.rfind('.') + 1);
  EXPECT_EQ(office.source.format, ext);
}

// The comparison is not vacuous: a changed cell is named by its field.
TEST(OfficeFixturesDiff, AChangedFieldIsNamed) {
  const Document text = parse_fixture("variants/shanxi-jishan-2020-jiandang.txt");
  Document office = parse_fixture("office/shanxi-jishan-2020-jiandang.xlsx");
  ASSERT_EQ(office.tables.size(), 1u);
  office.tables[0].indicators[2].actual.text = "8675";
  office.tables[0].funds->rows[0].executed.number = Decimal::parse("65.08");
  office.tables[0].funds->rows[0].executed.text = "65.08";
  const std::vector<std::string> d = table_differences(text, office);
  ASSERT_EQ(d.size(), 2u) << joined(d);
  EXPECT_EQ(d[0].rfind("tables[0].funds.rows[0].executed: 65.07 | 65.08", 0), 0u) << d[0];
  EXPECT_EQ(d[1].rfind("tables[0].indicators[2].actual:", 0), 0u) << d[1];
}

INSTANTIATE_TEST_SUITE_P(
    Copies, OfficeFixtures,
    ::testing::Values(Copy{"futian-2022-selfeval.txt", "office/futian-2022-selfeval.xlsx", 11},
                      Copy{"futian-2022-selfeval.txt", "office/futian-2022-selfeval.docx", 11},
                      Copy{"futian-2022-selfeval.txt", "office/futian-2022-selfeval.xls", 11},
                      Copy{"variants/anhui-chizhou-2022-weituo.txt", "office/anhui-chizhou-2022-weituo.xlsx", 1},
                      Copy{"variants/anhui-chizhou-2022-weituo.txt", "office/anhui-chizhou-2022-weituo.docx", 1},
                      Copy{"variants/shanxi-jishan-2020-jiandang.txt", "office/shanxi-jishan-2020-jiandang.xlsx", 1},
                      Copy{"variants/shanxi-jishan-2020-jiandang.txt", "office/shanxi-jishan-2020-jiandang.docx", 1},
                      Copy{"variants/shanxi-jishan-2020-jiandang.txt", "office/shanxi-jishan-2020-jiandang.xls", 1},
                      Copy{"variants/sichuan-zhongjiang-2022-shuibiaochi.txt",
                           "office/sichuan-zhongjiang-2022-shuibiaochi.xlsx", 1},
                      Copy{"variants/sichuan-zhongjiang-2022-shuibiaochi.txt",
                           "office/sichuan-zhongjiang-2022-shuibiaochi.docx", 1}),
    [](const ::testing::TestParamInfo<Copy>& info) {
      std::string name = info.param.office.substr(info.param.office.find('/') + 1);
      for (char& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return name;
    });

// Workbooks: each table names its worksheet; a cell's location is its sheet
// row (1-based) and column (0-based: 4 is E). Seed table 1 as the fixture
// script lays it out: title A1:I1, 项目编码: A2 | B2:C2, 项目名称: D2 | E2:F2,
// 绩效自评年度: G2 | H2:I2; 资金使用情况 A4; funds header row 5; 年度资金总额 B6,
// its 全年预算数 D6.
void expect_seed_workbook_locations(const Document& doc, const std::string& path, const std::string& amount) {
  ASSERT_EQ(doc.tables.size(), 11u);
  for (const Table& t : doc.tables) {
    SCOPED_TRACE(t.index);
    EXPECT_EQ(t.sheet.rfind("表" + std::to_string(t.index + 1) + " ", 0), 0u) << t.sheet;
    EXPECT_EQ(t.line, 1);  // the title is row 1 of every sheet
    EXPECT_EQ(t.file, path);
  }
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.sheet, "表1 离退休干部节日慰问金(科级及以下)");
  EXPECT_EQ(t.project.name.text, "离退休干部节日慰问金(科级及以下)");
  EXPECT_EQ(t.project.name.at.line, 2);
  EXPECT_EQ(t.project.name.at.column, 4);  // E2
  EXPECT_EQ(t.project.name.at.file, path);
  EXPECT_EQ(t.project.code.at.line, 2);
  EXPECT_EQ(t.project.code.at.column, 1);  // B2
  EXPECT_EQ(t.project.year.at.column, 7);  // H2
  ASSERT_TRUE(t.funds);
  const FundsRow& total = t.funds->rows[0];
  EXPECT_EQ(total.kind, FundsKind::total);
  EXPECT_EQ(total.line, 6);
  EXPECT_EQ(total.label.at.column, 1);  // B6
  EXPECT_EQ(num(total.full_year_budget), amount);
  EXPECT_EQ(total.full_year_budget.at.line, 6);
  EXPECT_EQ(total.full_year_budget.at.column, 3);  // D6
  EXPECT_EQ(doc.tables[10].sheet, "表11 民意速办");
}

TEST(OfficeLocations, XlsxTablesNameTheirWorksheetAndCells) {
  const Document doc = parse_fixture("office/futian-2022-selfeval.xlsx");
  expect_seed_workbook_locations(doc, "office/futian-2022-selfeval.xlsx", "12000.00");
  EXPECT_TRUE(doc.source.word_tables.empty());
}

TEST(OfficeLocations, XlsTablesNameTheirWorksheetAndCellsAsTheXlsx) {
  const Document xls = parse_fixture("office/futian-2022-selfeval.xls");
  expect_seed_workbook_locations(xls, "office/futian-2022-selfeval.xls", "12000.00");  // its own format, #,##0.00
  // Same layout, same rows and columns: the trees agree with their lines too.
  const Document xlsx = parse_fixture("office/futian-2022-selfeval.xlsx");
  const std::vector<std::string> d = table_differences(xlsx, xls, {"absent"});
  EXPECT_TRUE(d.empty()) << joined(d);
  for (std::size_t i = 0; i < xls.tables.size(); ++i) EXPECT_EQ(xls.tables[i].sheet, xlsx.tables[i].sheet);
}

TEST(OfficeLocations, DocxRowsMapToWordTablesAndRows) {
  const Document doc = parse_fixture("office/futian-2022-selfeval.docx");
  ASSERT_EQ(doc.tables.size(), 11u);
  // One run of rows per Word table (none is nested), in order.
  ASSERT_EQ(doc.source.word_tables.size(), 11u);
  for (const Table& t : doc.tables) {
    SCOPED_TRACE(t.index);
    EXPECT_TRUE(t.sheet.empty());
    const WordTableLines& run = doc.source.word_tables[static_cast<std::size_t>(t.index)];
    EXPECT_EQ(run.number, t.index + 1);
    EXPECT_EQ(run.first_row, 1);
    // The title is a paragraph before the table, not one of its rows.
    EXPECT_EQ(doc.source.word_table_at(t.line), nullptr);
    // The project row is the Word table's first row; 总分 its last.
    const WordTableLines* name_row = doc.source.word_table_at(t.project.name.at.line);
    ASSERT_NE(name_row, nullptr);
    EXPECT_EQ(name_row->number, t.index + 1);
    EXPECT_EQ(t.project.name.at.line - name_row->first_line + name_row->first_row, 1);
    ASSERT_TRUE(t.total);
    const WordTableLines* total_row = doc.source.word_table_at(t.total->line);
    ASSERT_NE(total_row, nullptr);
    EXPECT_EQ(total_row->number, t.index + 1);
    EXPECT_EQ(t.total->line, run.first_line + run.rows - 1);
    for (const Indicator& ind : t.indicators) {
      const WordTableLines* row = doc.source.word_table_at(ind.line);
      ASSERT_NE(row, nullptr) << ind.line;
      EXPECT_EQ(row->number, t.index + 1);
    }
  }
  // Seed table 1: 项目名称's value in grid column E of the Word table's first row.
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.project.name.text, "离退休干部节日慰问金(科级及以下)");
  EXPECT_EQ(t.project.name.at.column, 4);
}

}  // namespace
}  // namespace jxaudit::parse::testing
