// The canonical form as an input: `jxaudit/tables@N` JSON or YAML — what
// `jxaudit parse` prints (parse/canonical_json.hpp), or what another system
// writes to the same schema — read back into the model, so such tables can
// be checked like any other input (docs/table-format.md, "The canonical form
// as input").
//
// Numbers become exact Decimals from the text they are written in, never
// through a double. A key the file leaves out is a part the table does not
// have. A value of the wrong type, an unknown key, an unknown schema version
// or a syntax error is an error diagnostic `canonical-invalid` at its line of
// the canonical file, and the reading goes on: the tables that could be read
// are kept (a syntax error keeps the tables before it).
//
// A file holds one document, or several: `jxaudit parse a b` prints a JSON
// array of documents (YAML: a stream of `---` documents). Checked as one
// input, their tables are the file's tables, in order.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/limits.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit::parse {

enum class CanonicalSyntax { json, yaml };

// The schema versions read: @1 (no level1 list, absent cells and number
// texts) and the current one.
inline constexpr const char* kTablesSchemaV1 = "jxaudit/tables@1";

struct CanonicalRead {
  // Each document as the form records it: its source (path, encoding,
  // sha256), its tables numbered within it, its diagnostics, then the
  // problems met in it (canonical-invalid). Cells point at `path`.
  std::vector<Document> documents;
  std::vector<Diagnostic> problems;  // about the file, not one document: syntax, shape, the count of unlisted ones
  std::optional<config::LimitHit> limit;  // tables-per-file, rows-per-table, line-bytes (one string), yaml-nodes
};

// `path` is the canonical file: problems and cells point at it.
CanonicalRead read_canonical(std::string_view text, CanonicalSyntax syntax, const std::string& path,
                             const config::Limits& limits);

// parse_bounded's part (parse/parser.hpp): the documents of the canonical
// file `doc.source.path` as that one Document — every document's tables in
// order, numbered anew, with their diagnostics (each moved to its table's new
// number) and the problems met. Sets doc.source.encoding. The limit hit, if any.
std::optional<config::LimitHit> read_canonical_into(std::string_view bytes, CanonicalSyntax syntax, Document& doc,
                                                    const config::Limits& limits);

}  // namespace jxaudit::parse
