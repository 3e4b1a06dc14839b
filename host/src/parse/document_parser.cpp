// parse_bounded / parse_file / parse_bytes: the file's format is decided by
// its content (formats/file_format.hpp); a text export is decoded and split
// into lines, an office file is read by its reader (formats/office_reader.hpp)
// into rows, and either way the rows stream through one DocumentBuilder
// (parse/document_builder.hpp), which lays out the tables. The canonical form
// (`jxaudit parse` output, JSON or YAML) holds tables already laid out: it is
// read back by parse/canonical_reader.hpp, not through the builder.
#include <spdlog/spdlog.h>

#include <algorithm>

#include <sys/mman.h>
#include <unistd.h>

#include "formats/file_format.hpp"
#include "formats/office_reader.hpp"
#include "io/read_file.hpp"
#include "parse/canonical_reader.hpp"
#include "parse/diagnostics.hpp"
#include "parse/document_builder.hpp"
#include "parse/parser.hpp"
#include "parse/vocabulary.hpp"
#include "text/encoding.hpp"
#include "text/lines.hpp"

namespace jxaudit::parse {

namespace {

// Decodes text bytes (every encoding units export in), saying what could not be decoded.
text::Decoded decode_reporting(std::string_view bytes, Document& doc, Diagnostics& diagnostics) {
  text::Decoded decoded = text::decode(bytes);
  doc.source.encoding = decoded.encoding;
  if (decoded.replaced > 0)
    diagnostics.add(ParserRule::undecodable_bytes, 0, -1,
                    i18n::both("{0} characters could not be decoded as {1}", decoded.replaced, decoded.encoding));
  // GB18030 and UTF-8 in one file (text/encoding.hpp): decoded line by line;
  // one warning, at the first change, listing every line where it changes.
  if (!decoded.changes.empty()) {
    i18n::Bilingual changes;
    for (const text::EncodingChange& change : decoded.changes) {
      const std::string name = change.encoding == "utf-8" ? "UTF-8" : "GB18030";
      append_listed(changes, i18n::both("{0} from line {1}", name, change.line));
    }
    diagnostics.add(ParserRule::mixed_encoding, decoded.changes.front().line, -1,
                    i18n::both("the file mixes GB18030 and UTF-8, decoded line by line: {}", changes));
  }
  return decoded;
}

// Hands an office reader's rows to the builder.
class BuilderSink : public formats::RowSink {
 public:
  explicit BuilderSink(DocumentBuilder& builder) : builder_(builder) {}
  void begin_part(const std::string& sheet) override { builder_.begin_part(sheet); }
  bool row(int number, std::span<const std::string_view> cells) override { return builder_.add_cells(cells, number); }
  void end_part() override { builder_.end_part(); }

 private:
  DocumentBuilder& builder_;
};

// FreeXL opens files by path only: the bytes already read (and hashed) are
// handed to it through an anonymous in-memory file, so what is parsed is
// exactly what was read.
formats::ReadOutcome read_xls_bytes(std::string_view bytes, formats::RowSink& sink) {
  const int fd = memfd_create("jxaudit-xls", MFD_CLOEXEC);
  std::size_t written = 0;
  while (fd >= 0 && written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  if (fd < 0 || written != bytes.size()) {
    if (fd >= 0) ::close(fd);
    formats::ReadOutcome out;
    out.problems.push_back(
        {ParserRule::read_failed, i18n::both("cannot prepare an in-memory file to read the .xls"), "", 0});
    out.fatal = true;
    return out;
  }
  formats::ReadOutcome out = formats::read_xls("/proc/self/fd/" + std::to_string(fd), bytes, sink);
  ::close(fd);
  return out;
}

void unsupported(Diagnostics& diagnostics, formats::FileFormat format) {
  using formats::FileFormat;
  if (format == FileFormat::encrypted) {
    diagnostics.add(
        ParserRule::encrypted_file, 0, -1,
        i18n::both("the file is encrypted (password-protected) and cannot be read; hand in an unencrypted copy"));
    return;
  }
  const bool zip = format == FileFormat::zip_other;
  diagnostics.add(ParserRule::unsupported_format, 0, -1,
                  zip ? i18n::both("unsupported format: a zip archive that is neither an .xlsx workbook nor a .docx "
                                   "document")
                      : i18n::both("unsupported format: an OLE2 file that is not an .xls workbook (e.g. .doc); save it "
                                   "as .docx or .xlsx"));
}

void read_office(std::string_view bytes, formats::FileFormat format, ParseOutcome& out, DocumentBuilder& builder,
                 const config::Limits& limits) {
  using formats::FileFormat;
  Document& doc = out.document;
  BuilderSink sink(builder);
  const formats::ZipBudget budget{limits.archive_entries, limits.archive_bytes};
  formats::ReadOutcome read;
  std::string utf8;
  switch (format) {
    case FileFormat::xlsx: read = formats::read_xlsx(bytes, budget, sink); break;
    case FileFormat::docx: read = formats::read_docx(bytes, budget, sink); break;
    case FileFormat::xls: read = read_xls_bytes(bytes, sink); break;
    case FileFormat::csv: {
      utf8 = decode_reporting(bytes, doc, builder.diagnostics()).utf8;
      read = formats::read_csv(utf8, sink);
      break;
    }
    case FileFormat::html: {
      utf8 = decode_reporting(bytes, doc, builder.diagnostics()).utf8;
      read = formats::read_html_tables(utf8, sink);
      break;
    }
    default: break;
  }
  doc.source.word_tables = std::move(read.word_tables);
  Diagnostics& diagnostics = builder.diagnostics();
  for (const formats::ReadProblem& p : read.problems) {
    diagnostics.set_sheet(p.sheet);
    diagnostics.add(p.rule, p.line, -1, p.message);
  }
  diagnostics.set_sheet("");
  if (read.limit) out.limit = config::LimitHit{*read.limit, limits.get(*read.limit), 0, read.limit_actual};
}

}  // namespace

ParseOutcome parse_bounded(std::string_view bytes, const std::string& path, const Vocabulary& vocabulary,
                           const config::Limits& limits, std::vector<RowTrace>* trace) {
  using formats::FileFormat;
  ParseOutcome out;
  Document& doc = out.document;
  doc.source.path = path;
  doc.source.size = bytes.size();
  doc.source.sha256 = io::sha256_hex(bytes);
  DocumentBuilder builder(doc, path, vocabulary, limits, trace);
  const FileFormat format = formats::sniff_format(bytes, path);
  doc.source.format = formats::to_string(format);
  switch (format) {
    case FileFormat::text: {
      const text::Decoded decoded = decode_reporting(bytes, doc, builder.diagnostics());
      text::LineCursor lines(decoded.utf8);
      builder.begin_part("");
      std::string_view line;
      int number = 0;
      while (lines.next(line, number))
        if (!builder.add_line(line, number)) break;
      builder.end_part();
      break;
    }
    case FileFormat::xlsx:
    case FileFormat::docx:
    case FileFormat::xls:
    case FileFormat::csv:
    case FileFormat::html: read_office(bytes, format, out, builder, limits); break;
    case FileFormat::tables_json:
    case FileFormat::tables_yaml: {
      const auto syntax = format == FileFormat::tables_json ? CanonicalSyntax::json : CanonicalSyntax::yaml;
      out.limit = read_canonical_into(bytes, syntax, doc, limits);
      spdlog::debug("parse {} ({}): {} tables, {} diagnostics{}", path, doc.source.format, doc.tables.size(),
                    doc.diagnostics.size(), out.limit ? " — stopped at a limit" : "");
      return out;  // its tables and diagnostics are as the form records them: no builder pass
    }
    default:
      unsupported(builder.diagnostics(), format);
      break;
  }
  if (builder.limit()) out.limit = builder.limit();
  // A file that could not be read says so once (its own error), not "no table" too.
  const auto damage = std::find_if(doc.diagnostics.begin(), doc.diagnostics.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error &&
           (d.code == builtin_rules::id(ParserRule::corrupt_file) || d.code == builtin_rules::id(ParserRule::encrypted_file) ||
            d.code == builtin_rules::id(ParserRule::unsupported_format));
  });
  if (damage != doc.diagnostics.end()) out.unreadable = *damage;
  // Nor "no table" after a limit the reader hit (the limit is the one message).
  if ((!out.unreadable || !doc.tables.empty()) && (!out.limit || !doc.tables.empty())) builder.finish(bytes.empty());
  spdlog::debug("parse {} ({}): {} tables, {} diagnostics{}", path, doc.source.format, doc.tables.size(),
                doc.diagnostics.size(), out.limit ? " — stopped at a limit" : "");
  return out;
}

Document parse_bytes(std::string_view bytes, const std::string& path, const Vocabulary& vocabulary) {
  ParseOutcome out = parse_bounded(bytes, path, vocabulary, config::Limits{});
  if (out.limit)
    Diagnostics(out.document, path)
        .add(ParserRule::limit_exceeded, out.limit->line, -1,
             config::describe(*out.limit, i18n::both("the rest of the file is not read")));
  return std::move(out.document);
}

Document parse_file_explained(const std::string& path, const Vocabulary& vocabulary, std::vector<RowTrace>& trace) {
  const io::ReadResult read = io::read_file(path, config::Limits{}.file_bytes);
  if (!read.bytes) return parse_file(path, vocabulary);  // the same read-failed document
  ParseOutcome out = parse_bounded(*read.bytes, path, vocabulary, config::Limits{}, &trace);
  return std::move(out.document);
}

Document parse_file(const std::string& path, const Vocabulary& vocabulary) {
  const io::ReadResult read = io::read_file(path, config::Limits{}.file_bytes);
  if (!read.bytes) {
    Document doc;
    doc.source.path = path;
    Diagnostics(doc, path).add(ParserRule::read_failed, 0, -1,
                               i18n::both("cannot read the file: {}", i18n::Bilingual{read.error_zh, read.error}));
    return doc;
  }
  return parse_bytes(*read.bytes, path, vocabulary);
}

}  // namespace jxaudit::parse
