// The canonical reader's assembly (canonical_reader.hpp): receives the trees
// the front ends stream (canonical_input_tree.hpp), reads each table as it
// comes (canonical_table_reader.hpp), each document's schema, source and
// diagnostics at its end, and turns problems into diagnostics.
#include "parse/canonical_reader.hpp"

#include <algorithm>
#include <map>

#include "parse/canonical_json.hpp"
#include "parse/canonical_table_reader.hpp"
#include "parse/diagnostics.hpp"
#include "text/encoding.hpp"

namespace jxaudit::parse {

using canonical::Fields;
using canonical::InputNode;
using canonical::Problem;
using Kind = InputNode::Kind;

namespace {

// A file from a system that writes the schema wrongly throughout would list
// the same problem thousands of times: the first ones say it.
constexpr std::size_t kListedProblems = 50;

struct PendingDocument {
  Document doc;
  std::vector<std::pair<int, Problem>> problems;  // (table index within the document or -1, problem)
  bool rejected = false;       // unknown schema: nothing of it is read
  bool schema_checked = false;
  bool ended = false;
};

class Assembler : public canonical::TreeSink {
 public:
  Assembler(const std::string& path, const config::Limits& limits) : path_(path), limits_(limits) {}

  bool table(std::size_t document, std::size_t position, InputNode node) override {
    PendingDocument& d = pending(document);
    if (d.rejected) return true;
    if (++tables_ > limits_.tables_per_file) {
      hit(config::Limit::tables_per_file, limits_.tables_per_file, node.line, 0);
      return false;
    }
    std::vector<Problem> problems;
    canonical::ReadContext context{path_, problems, nullptr};
    const int index = static_cast<int>(d.doc.tables.size());
    d.doc.tables.push_back(canonical::read_table(node, index, context));
    for (Problem& p : problems) {
      p.path = "tables[" + std::to_string(position) + "]." + p.path;
      d.problems.emplace_back(index, std::move(p));
    }
    if (const std::size_t rows = canonical::table_rows(d.doc.tables.back()); rows > limits_.rows_per_table) {
      hit(config::Limit::rows_per_table, limits_.rows_per_table, node.line, rows);
      return false;
    }
    return true;
  }

  void document_head(std::size_t document, const InputNode& head) override {
    PendingDocument& d = pending(document);
    if (head.find("schema") != nullptr) check_schema(d, head);
  }

  void document(std::size_t document, InputNode node) override {
    PendingDocument& d = pending(document);
    d.ended = true;
    std::vector<Problem> problems;
    canonical::ReadContext context{path_, problems, nullptr};
    Fields f(node, "", context);
    f.node("schema");
    if (!d.schema_checked) check_schema(d, node);
    if (d.rejected) {
      d.doc.tables.clear();
      std::erase_if(d.problems, [](const auto& p) { return p.first >= 0; });
      return;
    }
    if (const InputNode* source = f.node_of("source", Kind::object)) {
      Fields s(*source, "source.", context);
      d.doc.source.path = s.string("path").value_or("");
      d.doc.source.format = s.string("format").value_or("text");  // written only for files other than text
      d.doc.source.encoding = s.string("encoding").value_or("");
      d.doc.source.sha256 = s.string("sha256").value_or("");
      s.finish();
    }
    // Left in `tables` by the front end: the items that are no table object.
    if (const InputNode* tables = f.node_of("tables", Kind::array))
      for (const InputNode& item : tables->items)
        f.problem(item, "tables",
                  i18n::both("the items of tables are objects (tables), not {}", canonical::kind_words(item.kind)));
    if (const InputNode* list = f.node_of("diagnostics", Kind::array))
      for (std::size_t k = 0; k < list->items.size(); ++k) read_diagnostic(d, list->items[k], k, context);
    f.finish();
    for (Problem& p : problems) d.problems.emplace_back(-1, std::move(p));
  }

  void syntax_problem(int line, i18n::Bilingual message) override {
    file_problems_.push_back({line, "", std::move(message)});
  }

  void limit(config::Limit limit, std::uint64_t value, int line, std::uint64_t actual) override {
    hit(limit, value, line, actual);
  }

  CanonicalRead finish() {
    CanonicalRead out;
    out.limit = limit_;
    const bool several = pending_.size() > 1;
    for (auto& [index, d] : pending_) {
      for (auto& [table, p] : d.problems) {
        if (several) p.path = "[" + std::to_string(index) + "]." + p.path;
        if (Diagnostic diag; as_diagnostic(p, table, diag)) d.doc.diagnostics.push_back(std::move(diag));
      }
      for (Table& t : d.doc.tables) t.file = path_;
      out.documents.push_back(std::move(d.doc));
    }
    for (const Problem& p : file_problems_)
      if (Diagnostic diag; as_diagnostic(p, -1, diag)) out.problems.push_back(std::move(diag));
    if (problems_ > kListedProblems) {
      Problem summary{0, "", i18n::both("{} further problems are not listed", problems_ - kListedProblems)};
      problems_ = 0;  // the summary itself is always listed
      Diagnostic diag;
      as_diagnostic(summary, -1, diag);
      out.problems.push_back(std::move(diag));
    }
    return out;
  }

 private:
  PendingDocument& pending(std::size_t document) { return pending_[document]; }

  void hit(config::Limit limit, std::uint64_t value, int line, std::uint64_t actual) {
    if (!limit_) limit_ = config::LimitHit{limit, value, line, actual};
  }

  void check_schema(PendingDocument& d, const InputNode& doc) {
    d.schema_checked = true;
    const InputNode* schema = doc.find("schema");
    const bool known = schema != nullptr && schema->kind == Kind::string &&
                       (schema->text == kTablesSchema || schema->text == kTablesSchemaV1);
    if (known) return;
    d.rejected = true;
    const std::string written = schema == nullptr ? "" : schema->text;
    Problem p{schema ? schema->line : doc.line, "schema",
              schema == nullptr ? i18n::both("no schema (expected {}); this document is not read", kTablesSchema)
                                : i18n::both("unknown schema '{}' (read: {}, {}); this document is not read", written,
                                             kTablesSchemaV1, kTablesSchema)};
    d.problems.emplace_back(-1, std::move(p));
  }

  void read_diagnostic(PendingDocument& d, const InputNode& item, std::size_t k, canonical::ReadContext& context) {
    const std::string path = "diagnostics[" + std::to_string(k) + "].";
    if (item.kind != Kind::object) {
      context.problems.push_back({item.line, path.substr(0, path.size() - 1),
                                  i18n::both("expects {}, not {}", canonical::kind_words(Kind::object),
                                             canonical::kind_words(item.kind))});
      return;
    }
    Fields f(item, path, context);
    Diagnostic diag;
    if (auto s = f.choice("severity", {"error", "warning", "info"}))
      diag.severity = *s == "error" ? Severity::error : *s == "warning" ? Severity::warning : Severity::info;
    diag.at = SourceRef{path_, f.line("line"), -1, f.string("sheet").value_or("")};
    diag.message = f.string("message").value_or("");
    diag.code = f.string("code").value_or("");
    diag.message_en = f.string("message_en").value_or("");
    diag.table = static_cast<int>(f.integer("table", 0).value_or(-1));
    // Only declared codes enter the report (list-rules lists every rule a
    // report can hold): any other is a defect of the file, not a rule.
    const bool declared = builtin_rules::find_parser_rule(diag.code).has_value();
    if (diag.code.empty())
      f.problem(item, "code", i18n::both("the diagnostic has no code"));
    else if (!declared)
      f.problem(*item.find("code"), "code",
                i18n::both("undeclared diagnostic code '{}' (jxaudit list-rules lists every parser.* rule)", diag.code));
    f.finish();
    if (declared) d.doc.diagnostics.push_back(std::move(diag));
  }

  // The problem as a canonical-invalid diagnostic; false past the listed count.
  bool as_diagnostic(const Problem& p, int table, Diagnostic& diag) {
    if (++problems_ > kListedProblems) return false;
    // Where, then what: the line and the path of the value when known.
    const i18n::Bilingual message =
        p.line > 0 ? (p.path.empty() ? i18n::both("canonical form line {}: {}", p.line, p.message)
                                     : i18n::both("canonical form line {}, {}: {}", p.line, p.path, p.message))
                   : (p.path.empty() ? i18n::both("canonical form: {}", p.message)
                                     : i18n::both("canonical form, {}: {}", p.path, p.message));
    diag.severity = builtin_rules::severity(ParserRule::canonical_invalid);
    diag.code = builtin_rules::id(ParserRule::canonical_invalid);
    diag.at = SourceRef{path_, p.line, -1, ""};
    diag.table = table;
    diag.message = message.zh;
    diag.message_en = message.en;
    return true;
  }

  const std::string& path_;
  const config::Limits& limits_;
  std::map<std::size_t, PendingDocument> pending_;
  std::vector<Problem> file_problems_;
  std::optional<config::LimitHit> limit_;
  std::uint64_t tables_ = 0;
  std::size_t problems_ = 0;
};

}  // namespace

CanonicalRead read_canonical(std::string_view text, CanonicalSyntax syntax, const std::string& path,
                             const config::Limits& limits) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Assembler assembler(path, limits);
  const canonical::TreeLimits tree = canonical::tree_limits(limits);
  if (syntax == CanonicalSyntax::json) {
    canonical::read_json_tree(text, tree, assembler);  // nlohmann refuses text that is not UTF-8
  } else if (!text::is_valid_utf8(text)) {
    assembler.syntax_problem(0, i18n::both("the YAML is not UTF-8; not read"));
  } else {
    canonical::read_yaml_tree(text, path, tree, assembler);
  }
  return assembler.finish();
}

std::optional<config::LimitHit> read_canonical_into(std::string_view bytes, CanonicalSyntax syntax, Document& doc,
                                                    const config::Limits& limits) {
  doc.source.encoding = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? "utf-8-bom" : "utf-8";
  CanonicalRead read = read_canonical(bytes, syntax, doc.source.path, limits);
  for (Document& d : read.documents) {
    const int offset = static_cast<int>(doc.tables.size());
    for (Table& t : d.tables) {
      t.index += offset;
      doc.tables.push_back(std::move(t));
    }
    for (Diagnostic& diag : d.diagnostics) {
      if (diag.table >= 0) diag.table += offset;
      doc.diagnostics.push_back(std::move(diag));
    }
  }
  for (Diagnostic& diag : read.problems) doc.diagnostics.push_back(std::move(diag));
  const bool any_error = std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(),
                                     [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (doc.tables.empty() && !any_error && !read.limit)
    Diagnostics(doc, doc.source.path).add(ParserRule::no_table, 0, -1, i18n::both("the canonical file holds no table"));
  return read.limit;
}

}  // namespace jxaudit::parse
