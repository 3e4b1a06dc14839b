#include "csv_writer.hpp"

#include <iterator>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>

#include "csv_escape.hpp"
#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "location_text.hpp"
#include "report_model/csv_columns.hpp"

namespace jxaudit::reports {
namespace {

// The column keys (report_model/csv_columns.hpp) as msgids under the
// context "csv-column", for the catalogue: the English header is the keys
// themselves, a zh-CN one their translation. A key without its marker here
// has no translation, which md_csv_writer_tests catches.
[[maybe_unused]] constexpr const char* kColumnMsgids[] = {
    NC_("csv-column", "severity"),       NC_("csv-column", "rule"),          NC_("csv-column", "plugin"),
    NC_("csv-column", "file"),           NC_("csv-column", "location"),      NC_("csv-column", "line"),
    NC_("csv-column", "column"),         NC_("csv-column", "sheet"),         NC_("csv-column", "cell"),
    NC_("csv-column", "word_table"),     NC_("csv-column", "word_row"),      NC_("csv-column", "word_paragraph"),
    NC_("csv-column", "table"),          NC_("csv-column", "project_code"),  NC_("csv-column", "project_name"),
    NC_("csv-column", "level2"),         NC_("csv-column", "indicator"),     NC_("csv-column", "field"),
    NC_("csv-column", "message"),        NC_("csv-column", "message_other"), NC_("csv-column", "expected"),
    NC_("csv-column", "expected_other"), NC_("csv-column", "actual"),        NC_("csv-column", "fix"),
    NC_("csv-column", "fix_other"),      NC_("csv-column", "fingerprint"),
};
static_assert(std::size(kColumnMsgids) == std::size(report_model::kCsvColumns));

constexpr std::string_view kCrlf = "\r\n";

// The first text in `language`, the second the other one; an empty one
// falls back to the other, as the text report does.
std::pair<std::string, std::string> in_language(bool en, const std::string& zh, const std::string& english) {
  if (en) return {english.empty() ? zh : english, zh};
  return {zh.empty() ? english : zh, english};
}

std::string number_or_empty(int value) { return value > 0 ? std::to_string(value) : std::string(); }

void write_row(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_cell(cells[i]);
  }
  out += kCrlf;
}

}  // namespace

std::vector<std::string> csv_columns() {
  return {std::begin(report_model::kCsvColumns), std::end(report_model::kCsvColumns)};
}

std::string CsvWriter::write(const report_model::Report& report, const WriteOptions& options) const {
  const bool en = options.language == "en";
  const MessageLanguage language = en ? MessageLanguage::en : MessageLanguage::zh_cn;

  // A finding names its table by index; the project name is the input's.
  std::map<std::pair<std::string, int>, std::string> project_names;
  for (const auto& in : report.inputs)
    for (const auto& t : in.tables) project_names[{in.path, t.index}] = t.project_name;

  std::string out = "\xEF\xBB\xBF";  // the BOM: without it Excel reads UTF-8 as the ANSI code page
  std::vector<std::string> cells;
  for (const char* column : report_model::kCsvColumns)
    cells.emplace_back(en ? std::string_view(column) : i18n::trc("csv-column", column, language));
  write_row(out, cells);

  for (const auto& f : report.findings) {
    const Location& l = f.location;
    const auto name = project_names.find({l.file, l.table});
    const auto [message, message_other] = in_language(en, f.message, f.message_en);
    const auto [fix, fix_other] = in_language(en, f.fix, f.fix_en);
    // `expected` is a value (the same in both languages) unless expected_en is set.
    std::string expected = f.expected, expected_other;
    if (!f.expected_en.empty()) std::tie(expected, expected_other) = in_language(en, f.expected, f.expected_en);
    cells = {
        std::string(i18n::severity_word(f.severity, language)),
        f.full_rule_id(),
        f.plugin,
        l.file,
        where(l, en),
        std::to_string(l.line),
        std::to_string(l.column),
        l.sheet,
        cell_address(l),
        number_or_empty(l.word_table),
        number_or_empty(l.word_row),
        number_or_empty(l.word_paragraph),
        std::to_string(l.table),
        l.project_code,
        name == project_names.end() ? std::string() : name->second,
        l.level2,
        l.indicator,
        l.field,
        message,
        message_other,
        expected,
        expected_other,
        f.actual,
        fix,
        fix_other,
        f.fingerprint,
    };
    write_row(out, cells);
  }
  return out;
}

}  // namespace jxaudit::reports
