// parse_file / parse_bytes: bytes -> decoded text -> rows -> tables found by
// their title lines -> one TableReader per table.
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

}  // namespace

Document parse_bytes(std::string_view bytes, const std::string& path, const Vocabulary& vocabulary) {
  Document doc;
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

  const text::Rows split = text::split_rows(decoded.utf8);
  const std::vector<text::Row>& rows = split.rows;
  std::vector<std::size_t> titles;
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (is_title(vocabulary, rows[r])) titles.push_back(r);

  if (titles.empty()) {
    diagnostics.add(Severity::error, "no-table", 0, -1,
                    bytes.empty() ? "文件为空,没有绩效自评表" : "文件中没有找到绩效自评表(没有「…绩效自评表」标题行)",
                    bytes.empty() ? "the file is empty: no self-evaluation table"
                                  : "no self-evaluation table found (no '…绩效自评表' title line)");
    spdlog::debug("parse {}: no table in {} lines", path, rows.size());
    return doc;
  }
  for (std::size_t r = 0; r < titles.front(); ++r) {
    if (rows[r].blank()) continue;
    const std::string what = excerpt(rows[r].cells[static_cast<std::size_t>(rows[r].first_filled())].text);
    diagnostics.add(Severity::info, "text-before-table", rows[r].line, -1, "第一张表之前的文字未读取:「" + what + "」",
                    "text before the first table is not read: '" + what + "'");
  }
  doc.tables.reserve(titles.size());
  for (std::size_t t = 0; t < titles.size(); ++t) {
    const std::size_t begin = titles[t];
    const std::size_t end = t + 1 < titles.size() ? titles[t + 1] : rows.size();
    Table table;
    table.index = static_cast<int>(t);
    table.line = rows[begin].line;
    table.file = path;
    table.title = std::string(rows[begin].cells[static_cast<std::size_t>(rows[begin].first_filled())].text);
    doc.tables.push_back(std::move(table));
    TableReader(vocabulary, diagnostics, doc.tables.back()).read(rows, begin + 1, end);
  }
  spdlog::debug("parse {}: {} tables, {} diagnostics ({})", path, doc.tables.size(), doc.diagnostics.size(),
                doc.source.encoding);
  return doc;
}

Document parse_file(const std::string& path, const Vocabulary& vocabulary) {
  const io::ReadResult read = io::read_file(path);
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
