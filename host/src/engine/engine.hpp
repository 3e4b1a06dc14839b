// A run: inputs -> Documents -> every enabled check on every table, then
// finish() -> merged Report. Output does not depend on --jobs.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/document_source.hpp"
#include "engine/input_files.hpp"
#include "report_model/report.hpp"
#include "engine/session.hpp"

namespace jxaudit::engine {

struct RunInputs {
  std::vector<std::string> paths;  // files and directories
  InputSelection selection;
  int jobs = 1;
  config::Limits limits;
};

// Reads, parses and checks every input; never throws for bad inputs or
// failing plugins (they become findings). An input that cannot be read, is
// not a regular file or exceeds a limit is failed: listed with the reason,
// one host error finding, its tables (if any) listed but not checked.
// Files under scanned directories that are not read are Report::skipped.
//
// `on_table`, when set, sees every checked table once with its merged
// findings, in input order whatever `jobs` is (the writers that show table
// rows: HTML, XLSX). Today it is called once the run is merged, before the
// documents are released; a streaming engine calls it as each file is done.
using TableObserver = std::function<void(const report_model::TableView&)>;
report_model::Report run_checks(const Session& session, const RunInputs& inputs, const ParseFn& parse,
                                const TableObserver& on_table = {});

// What each plugin verified on each table: [document][table][plugin], the
// plugins in the order check_documents was given them.
using CoverageByTable = std::vector<std::vector<std::vector<report_model::PluginCoverage>>>;

// The check phase alone, on Documents already built (tests use it with
// hand-made tables). Appends raw (unmerged) findings to `out`.
// A document whose findings (its parse diagnostics counted in) pass
// `findings_per_file` stops being checked: its findings are dropped, its
// tables left out of finish(), and its index is in the returned list, sorted.
// Whether a document passes the limit does not depend on `jobs`.
std::vector<std::size_t> check_documents(const std::vector<const ActivePlugin*>& plugins,
                                         const std::vector<Document>& documents, int jobs, std::vector<Finding>& out,
                                         std::uint64_t findings_per_file = UINT64_MAX,
                                         CoverageByTable* coverage = nullptr);

// Parse diagnostics as findings of plugin "parser" (rule = diagnostic code),
// filtered by the --checks selection ("-parser.*" silences them).
void add_parser_findings(const Document& document, const config::CheckSelection& selection,
                         std::vector<Finding>& out);

// Builds the Report from merged pieces: sorts, dedupes, fingerprints, counts.
report_model::Report make_report(std::vector<report_model::InputRecord> inputs, const std::vector<const ActivePlugin*>& plugins,
                   std::vector<Finding> findings);

// The plugins of the session that run (enabled, with at least one rule on), by id.
std::vector<const ActivePlugin*> running_plugins(const Session& session);

}  // namespace jxaudit::engine
