// parse_bounded / parse_file / parse_bytes: bytes -> decoded text -> lines,
// streamed: a title line starts a table (parse/table_detection.hpp: title
// lines in a row are one title; with no title, the first header row only a
// table has), the rows after it are buffered up to the next title and read by
// one TableReader, then dropped. Only the current
// table's rows are ever held, and the limits (config/limits.hpp) are applied
// as the lines go by, so a hostile file stops early instead of growing.
#include <spdlog/spdlog.h>

#include "io/read_file.hpp"
#include "parse/diagnostics.hpp"
#include "parse/parser.hpp"
#include "parse/table_detection.hpp"
#include "parse/table_reader.hpp"
#include "parse/vocabulary.hpp"
#include "text/encoding.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

namespace {

// Text before the first title: not read, reported once for the whole run of
// lines (a count and the first few excerpts), however many there are.
class Preamble {
 public:
  void add(const text::Row& row) {
    if (row.blank()) return;
    if (count_++ == 0) first_line_ = row.line;
    if (excerpts_.size() < kExcerpts)
      excerpts_.push_back(excerpt(row.cells[static_cast<std::size_t>(row.first_filled())].text));
  }

  void report(Diagnostics& diagnostics) const {
    if (count_ == 0) return;
    if (count_ == 1) {
      diagnostics.add(Severity::info, "text-before-table", first_line_, -1,
                      "第一张表之前的文字未读取:「" + excerpts_[0] + "」",
                      "text before the first table is not read: '" + excerpts_[0] + "'");
      return;
    }
    std::string zh, en;
    for (const auto& e : excerpts_) {
      zh += "「" + e + "」";
      en += (en.empty() ? "'" : ", '") + e + "'";
    }
    const bool more = count_ > excerpts_.size();
    diagnostics.add(Severity::info, "text-before-table", first_line_, -1,
                    "第一张表之前的 " + std::to_string(count_) + " 行文字未读取:" + zh + (more ? "…" : ""),
                    std::to_string(count_) + " lines of text before the first table are not read: " + en +
                        (more ? ", …" : ""));
  }

 private:
  static constexpr std::size_t kExcerpts = 3;
  std::size_t count_ = 0;
  int first_line_ = 0;
  std::vector<std::string> excerpts_;
};

}  // namespace

ParseOutcome parse_bounded(std::string_view bytes, const std::string& path, const Vocabulary& vocabulary,
                           const config::Limits& limits) {
  ParseOutcome out;
  Document& doc = out.document;
  doc.source.path = path;
  doc.source.size = bytes.size();
  doc.source.sha256 = io::sha256_hex(bytes);
  Diagnostics diagnostics(doc, path);

  const text::Decoded decoded = text::decode(bytes);
  doc.source.encoding = decoded.encoding;
  if (decoded.replaced > 0)
    diagnostics.add(Severity::warning, "undecodable-bytes", 0, -1,
                    "按 " + decoded.encoding + " 解码时有 " + std::to_string(decoded.replaced) + " 个字符无法识别",
                    std::to_string(decoded.replaced) + " characters could not be decoded as " + decoded.encoding);
  // GB18030 and UTF-8 in one file (text/encoding.hpp): decoded line by line;
  // one warning, at the first change, listing every line where it changes.
  if (!decoded.changes.empty()) {
    std::string zh, en;
    for (const text::EncodingChange& change : decoded.changes) {
      const std::string name = change.encoding == "utf-8" ? "UTF-8" : "GB18030";
      zh += (zh.empty() ? "" : "、") + ("第 " + std::to_string(change.line) + " 行起为 " + name);
      en += (en.empty() ? "" : ", ") + (name + " from line " + std::to_string(change.line));
    }
    diagnostics.add(Severity::warning, "mixed-encoding", decoded.changes.front().line, -1,
                    "文件混用 GB18030 与 UTF-8 编码,已逐行识别:" + zh,
                    "the file mixes GB18030 and UTF-8, decoded line by line: " + en);
  }

  text::LineCursor lines(decoded.utf8);
  text::RowBuffer rows;  // the current table's rows, its title excluded
  Preamble preamble;
  const auto read_current = [&] {
    if (!doc.tables.empty()) {
      const std::size_t first = doc.diagnostics.size();
      TableReader(vocabulary, diagnostics, doc.tables.back()).read(rows.rows());
      group_repeated(doc.diagnostics, first);
    }
    rows.clear();
  };
  // Starts a table at `line`; the rows buffered so far belong to the one before.
  const auto start_table = [&](int line) -> Table& {
    if (!doc.tables.empty()) read_current();  // before the first table, the buffer holds only its header row
    Table& table = doc.tables.emplace_back();
    table.index = static_cast<int>(doc.tables.size() - 1);
    table.line = line;
    table.file = path;
    return table;
  };
  // The year a title cell carries, as a cell (absent when it carries none).
  const auto title_year = [&](const text::Row& row, const TitleLine& title) {
    Cell year;
    if (title.year.empty()) return year;
    year = make_cell(row, title.column, path);
    year.text = title.year;
    return year;
  };
  bool in_title_block = false;  // since the last title line: only blank and year lines
  const auto stop = [&](config::Limit limit, int line, std::uint64_t actual) {
    out.limit = config::LimitHit{limit, limits.get(limit), line, actual};
  };
  std::string_view line;
  int number = 0;
  while (lines.next(line, number)) {
    if (line.size() > limits.line_bytes) {
      stop(config::Limit::line_bytes, number, line.size());
      break;
    }
    if (!rows.append(line, number, limits.cells_per_row)) {
      stop(config::Limit::cells_per_row, number, 0);
      break;
    }
    const text::Row& row = rows.back();
    if (form_number_line(vocabulary, row)) {  // "报表编号:…", "公开14表": numbers the form, says nothing
      rows.pop_back();
      continue;
    }
    if (std::optional<TitleLine> title = read_title_line(vocabulary, row)) {
      // A different title line right under another (only blank and year lines
      // between): the same table's subtitle, which may carry its year.
      Cell year = title_year(row, *title);
      rows.pop_back();
      // The same title again is another table (an empty one before it), not a subtitle.
      if (in_title_block && title->title != doc.tables.back().title) {
        Table& table = doc.tables.back();
        if (table.project.year.empty()) table.project.year = std::move(year);
        continue;
      }
      if (doc.tables.size() >= limits.tables_per_file) {
        stop(config::Limit::tables_per_file, number, 0);
        break;
      }
      if (doc.tables.empty()) preamble.report(diagnostics);
      Table& table = start_table(number);
      table.title = std::move(title->title);
      table.project.year = std::move(year);
      in_title_block = true;
      continue;
    }
    if (!row.blank() && !(in_title_block && row.filled_count() == 1 &&
                          year_of_line(vocabulary, row.cells[static_cast<std::size_t>(row.first_filled())].key)))
      in_title_block = false;
    if (doc.tables.empty()) {
      if (!table_header_row(vocabulary, row)) {  // before the first table: never buffered
        preamble.add(row);
        rows.pop_back();
        continue;
      }
      // No title: the table starts at its header row (a fragment, or a title lost in the export).
      preamble.report(diagnostics);
      const int header_line = row.line;
      start_table(header_line);
      diagnostics.add(Severity::warning, "title-less-table", header_line, 0,
                      "表格没有「…绩效自评表」标题行,从第 " + std::to_string(header_line) +
                          " 行的表头起读取(可能是表格片段)",
                      "the table has no '…绩效自评表' title line; read from its header row at line " +
                          std::to_string(header_line) + " (it may be a fragment of a table)");
      continue;
    }
    if (rows.size() > limits.rows_per_table) {
      rows.pop_back();
      stop(config::Limit::rows_per_table, number, 0);
      break;
    }
  }
  read_current();  // the last table, or the one a limit cut short (read as far as it went)

  if (doc.tables.empty() && !out.limit) {
    diagnostics.add(Severity::error, "no-table", 0, -1,
                    bytes.empty() ? "文件为空,没有绩效自评表" : "文件中没有找到绩效自评表(没有「…绩效自评表」标题行)",
                    bytes.empty() ? "the file is empty: no self-evaluation table"
                                  : "no self-evaluation table found (no '…绩效自评表' title line)");
    spdlog::debug("parse {}: no table in {} lines", path, lines.lines());
    return out;
  }
  spdlog::debug("parse {}: {} tables, {} diagnostics ({}){}", path, doc.tables.size(), doc.diagnostics.size(),
                doc.source.encoding, out.limit ? " — stopped at a limit" : "");
  return out;
}

Document parse_bytes(std::string_view bytes, const std::string& path, const Vocabulary& vocabulary) {
  ParseOutcome out = parse_bounded(bytes, path, vocabulary, config::Limits{});
  if (out.limit)
    Diagnostics(out.document, path)
        .add(Severity::error, "limit-exceeded", out.limit->line, -1,
             config::describe_zh(*out.limit, "之后的内容未读取"),
             config::describe_en(*out.limit, "the rest of the file is not read"));
  return std::move(out.document);
}

Document parse_file(const std::string& path, const Vocabulary& vocabulary) {
  const io::ReadResult read = io::read_file(path, config::Limits{}.file_bytes);
  if (!read.bytes) {
    Document doc;
    doc.source.path = path;
    Diagnostics(doc, path).add(Severity::error, "read-failed", 0, -1, "无法读取文件:" + read.error,
                               "cannot read the file: " + read.error);
    return doc;
  }
  return parse_bytes(*read.bytes, path, vocabulary);
}

}  // namespace jxaudit::parse
