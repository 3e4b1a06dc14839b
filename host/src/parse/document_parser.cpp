// parse_bounded / parse_file / parse_bytes: bytes -> decoded text -> lines,
// streamed: a title line starts a table, the rows after it are buffered up to
// the next title and read by one TableReader, then dropped. Only the current
// table's rows are ever held, and the limits (config/limits.hpp) are applied
// as the lines go by, so a hostile file stops early instead of growing.
#include <spdlog/spdlog.h>

#include "io/read_file.hpp"
#include "parse/diagnostics.hpp"
#include "parse/parser.hpp"
#include "parse/table_reader.hpp"
#include "parse/vocabulary.hpp"
#include "text/encoding.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

namespace {

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

bool is_title(const Vocabulary& v, const text::Row& row) {
  if (row.filled_count() != 1) return false;
  const auto& key = row.cells[static_cast<std::size_t>(row.first_filled())].key;
  if (code_points(key) > v.title_max_length) return false;
  for (const auto& suffix : v.title_suffixes)
    if (key.size() >= suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
  return false;
}

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
    if (!doc.tables.empty()) TableReader(vocabulary, diagnostics, doc.tables.back()).read(rows.rows());
    rows.clear();
  };
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
    if (is_title(vocabulary, row)) {
      if (doc.tables.size() >= limits.tables_per_file) {
        rows.pop_back();
        stop(config::Limit::tables_per_file, number, 0);
        break;
      }
      std::string title(row.cells[static_cast<std::size_t>(row.first_filled())].text);
      rows.pop_back();
      if (doc.tables.empty()) preamble.report(diagnostics);
      read_current();
      Table& table = doc.tables.emplace_back();
      table.index = static_cast<int>(doc.tables.size() - 1);
      table.line = number;
      table.file = path;
      table.title = std::move(title);
      continue;
    }
    if (doc.tables.empty()) {  // before the first title: never buffered
      preamble.add(row);
      rows.pop_back();
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
