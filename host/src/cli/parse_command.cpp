// `jxaudit parse PATH… [--format json|yaml] [--vocabulary FILE] [--templates PATH]…`:
// prints the canonical form of the parsed tables (docs/table-format.md);
// --templates adds template families (docs/templates.md). PATHs are files or
// directories, expanded as `jxaudit check` expands them (engine/input_files.hpp,
// the default inputs.include). The output has one shape whatever the number
// of files: a JSON array of documents (one file: an array of one), in YAML a
// stream of `---` documents; the canonical reader reads both back
// (parse/canonical_reader.hpp).
// Exit code: 0 when every file parsed, 1 when a file had an error diagnostic
// (unreadable, no table), 2 for usage or vocabulary errors, when no input
// file is found, or when stdout cannot be written.
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "i18n/tr.hpp"
#include "engine/document_source.hpp"
#include "engine/input_files.hpp"
#include "output_file.hpp"
#include "parse/canonical_json.hpp"
#include "parse/diagnostics.hpp"
#include "parse/parser.hpp"
#include "text/encoding.hpp"
#include "io/read_file.hpp"

namespace jxaudit::cli {

namespace {

struct ParseOptions {
  std::vector<std::string> paths;  // files and directories
  std::string format = "json";
  std::string vocabulary;
  std::vector<std::string> templates;  // files or directories of template families
  bool explain = false;                // per row: the block and the cell roles, instead of the tree
};

// `--explain`: one line per row the parser read (blank lines are not
// listed), with the block it went to and the role of each cell, then per
// table how many rows each block took — so a user sees why a field came out
// empty and what a template YAML must describe.
std::string explain_text(const std::string& file, const Document& doc, const std::vector<parse::RowTrace>& trace) {
  std::string out = "== " + file + " (" + doc.source.format + "): " + std::to_string(doc.tables.size()) + " table(s)\n";
  for (const auto& t : doc.tables)
    out += "   table " + std::to_string(t.index) + " at " + (t.sheet.empty() ? "" : t.sheet + " ") + "line " +
           std::to_string(t.line) + ": family " + (t.template_id.empty() ? "?" : t.template_id) + ", " +
           std::to_string(t.indicators.size()) + " indicators, " + std::to_string(t.slots.size()) + " slots" +
           (t.cut_off() ? ", cut off after line " + std::to_string(t.cut_off_after) : "") + "\n";
  std::map<int, std::map<std::string, int>> coverage;  // table → block → rows
  for (const auto& r : trace) {
    ++coverage[r.table][r.block];
    out += (r.sheet.empty() ? "" : r.sheet + "!") + "L" + std::to_string(r.line) + " [" + r.block + "]";
    for (const auto& [col, role] : r.cells) {
      const std::string cell =
          col >= 0 && static_cast<std::size_t>(col) < r.texts.size() ? r.texts[static_cast<std::size_t>(col)] : "";
      out += " " + std::to_string(col) + ":" + role + "=\"" + cell + "\"";
    }
    out += "\n";
  }
  for (const auto& [table, blocks] : coverage) {
    int rows = 0;
    std::string list;
    for (const auto& [block, n] : blocks) {
      rows += n;
      list += (list.empty() ? "" : ", ") + block + " " + std::to_string(n);
    }
    out += "   " + (table < 0 ? std::string("outside tables") : "table " + std::to_string(table)) + ": " +
           std::to_string(rows) + " rows — " + list + "\n";
  }
  for (const auto& d : doc.diagnostics)
    out += "   " + std::string(to_string(d.severity)) + " " + d.code + " " + (d.at.sheet.empty() ? "" : d.at.sheet + "!") +
           "L" + std::to_string(d.at.line) + ": " + d.message_en + "\n";
  return out;
}

int run_parse(const ParseOptions& options) {
  std::vector<ConfigError> errors, notes;
  const std::shared_ptr<const parse::Vocabulary> vocabulary =
      engine::load_parser_data(options.vocabulary, options.templates, errors, notes);
  for (const auto& e : errors) std::cerr << e.to_string() << '\n';
  // On stderr, so the tree on stdout stays clean: which user family replaced a built-in one.
  for (const auto& n : notes) std::cerr << fmt::format(i18n::tr_fmt("jxaudit: info: {}"), n.to_string()) << '\n';
  if (!vocabulary) {
    if (errors.empty()) std::cerr << i18n::tr("jxaudit: the built-in vocabulary does not load (build defect)") << '\n';
    return kExitUsage;
  }
  // Named paths that do not exist stay in the list: parsing them gives the
  // "unreadable" document, as before directories were taken.
  const engine::ExpandedInputs inputs = engine::expand_inputs(options.paths, engine::InputSelection{});
  if (inputs.all.empty()) {
    std::cerr << fmt::format(i18n::tr_fmt("jxaudit: error: no input file found in {}"),
                             options.paths.front() + (options.paths.size() > 1 ? " …" : ""))
              << '\n';
    return kExitUsage;
  }
  int exit_code = kExitClean;
  std::vector<parse::Value> documents;
  std::string explained;
  for (const auto& input : inputs.all) {
    const std::string& file = input.path;
    std::vector<parse::RowTrace> trace;
    const Document doc =
        options.explain ? parse::parse_file_explained(file, *vocabulary, trace) : parse::parse_file(file, *vocabulary);
    if (options.explain) explained += explain_text(file, doc, trace);
    for (const auto& d : doc.diagnostics) {
      if (d.severity != Severity::error) continue;
      std::cerr << file << ": error: " << d.message << " / " << d.message_en << '\n';
      exit_code = kExitFindings;
    }
    documents.push_back(parse::canonical_tree(doc));
  }
  std::string out;
  if (options.explain) {
    out = explained;
  } else if (options.format == "yaml") {
    for (const auto& d : documents) out += "---\n" + parse::to_yaml(d) + '\n';
  } else {
    parse::Value all = parse::Value::array();
    for (auto& d : documents) all.push(std::move(d));
    out = parse::to_json(all) + '\n';
  }
  // A tree that did not reach stdout is a failed run, not a clean one.
  if (std::string error = reports::write_stdout(out); !error.empty()) {
    std::cerr << fmt::format(i18n::tr_fmt("jxaudit: error: {}"), error) << '\n';
    return kExitUsage;
  }
  return exit_code;
}

}  // namespace

void add_parse_command(CLI::App& app, CommandRegistry& registry) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* cmd = app.add_subcommand("parse", std::string(i18n::tr("Parse table files and print their canonical form (jxaudit/tables@2)")));
  cmd->add_option("paths", options->paths,
                  std::string(i18n::tr("Table files or directories (searched recursively, as check does): text exports, "
                  ".xlsx/.xls/.docx, or a canonical form (JSON/YAML) read back")))->required();
  cmd->add_option("--format", options->format, std::string(i18n::tr("Output format")))->check(CLI::IsMember({"json", "yaml"}))->capture_default_str();
  cmd->add_option("--vocabulary", options->vocabulary, std::string(i18n::tr("Vocabulary YAML replacing the built-in config/vocabulary.yaml")))
      ->check(CLI::ExistingFile);
  cmd->add_option("--templates", options->templates,
                  std::string(i18n::tr("template family YAML file or directory, added to the built-in config/templates/ (repeatable)")))
      ->allow_extra_args(false);
  cmd->add_flag("--explain", options->explain,
                std::string(i18n::tr("print, per row, the block the parser assigned it and the role of each cell read (not the tree)")));
  cmd->callback([options, &registry] { registry.exit_code = run_parse(*options); });
}

}  // namespace jxaudit::cli
