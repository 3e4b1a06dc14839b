// `jxaudit parse FILE… [--format json|yaml] [--vocabulary FILE] [--templates PATH]…`:
// prints the canonical form of the parsed tables (docs/table-format.md);
// --templates adds template families (docs/templates.md). One file gives
// one JSON object; several give a JSON array (YAML: one document each).
// Exit code: 0 when every file parsed, 1 when a file had an error diagnostic
// (unreadable, no table), 2 for usage or vocabulary errors or when stdout
// cannot be written.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "engine/document_source.hpp"
#include "output_file.hpp"
#include "parse/canonical_json.hpp"
#include "parse/parser.hpp"

namespace jxaudit::cli {

namespace {

struct ParseOptions {
  std::vector<std::string> files;
  std::string format = "json";
  std::string vocabulary;
  std::vector<std::string> templates;  // files or directories of template families
};

int run_parse(const ParseOptions& options) {
  std::vector<ConfigError> errors, notes;
  const std::shared_ptr<const parse::Vocabulary> vocabulary =
      engine::load_parser_data(options.vocabulary, options.templates, errors, notes);
  for (const auto& e : errors) std::cerr << e.to_string() << '\n';
  // On stderr, so the tree on stdout stays clean: which user family replaced a built-in one.
  for (const auto& n : notes) std::cerr << "jxaudit: info: " << n.to_string() << '\n';
  if (!vocabulary) {
    if (errors.empty()) std::cerr << "jxaudit: the built-in vocabulary does not load (build defect)\n";
    return kExitUsage;
  }
  int exit_code = kExitClean;
  std::vector<parse::Value> documents;
  for (const auto& file : options.files) {
    const Document doc = parse::parse_file(file, *vocabulary);
    for (const auto& d : doc.diagnostics) {
      if (d.severity != Severity::error) continue;
      std::cerr << file << ": error: " << d.message << " / " << d.message_en << '\n';
      exit_code = kExitFindings;
    }
    documents.push_back(parse::canonical_tree(doc));
  }
  std::string out;
  if (options.format == "yaml") {
    for (std::size_t i = 0; i < documents.size(); ++i) {
      if (documents.size() > 1) out += "---\n";
      out += parse::to_yaml(documents[i]) + '\n';
    }
  } else if (documents.size() == 1) {
    out = parse::to_json(documents.front()) + '\n';
  } else {
    parse::Value all = parse::Value::array();
    for (auto& d : documents) all.push(std::move(d));
    out = parse::to_json(all) + '\n';
  }
  // A tree that did not reach stdout is a failed run, not a clean one.
  if (std::string error = reports::write_stdout(out); !error.empty()) {
    std::cerr << "jxaudit: " << error << '\n';
    return kExitUsage;
  }
  return exit_code;
}

}  // namespace

void add_parse_command(CLI::App& app, CommandRegistry& registry) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* cmd = app.add_subcommand("parse", "Parse table files and print their canonical form (jxaudit/tables@1)");
  cmd->add_option("files", options->files, "Table text files (UTF-8, UTF-16 with BOM, GB18030)")->required();
  cmd->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"json", "yaml"}))->capture_default_str();
  cmd->add_option("--vocabulary", options->vocabulary, "Vocabulary YAML replacing the built-in config/vocabulary.yaml")
      ->check(CLI::ExistingFile);
  cmd->add_option("--templates", options->templates,
                  "template family YAML file or directory, added to the built-in config/templates/ (repeatable)")
      ->allow_extra_args(false);
  cmd->callback([options, &registry] { registry.exit_code = run_parse(*options); });
}

}  // namespace jxaudit::cli
