// The merged result of a run, as every report writer sees it: the engine
// produces it, reports/ formats it (and never re-checks anything). Plain data
// over the SDK's Finding, so the writers depend on nothing of the host.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "jxaudit/finding.hpp"

namespace jxaudit::report_model {

inline constexpr const char* kReportSchema = "jxaudit/report@1";

// Why a plugin could not verify some items of a table, and how many
// (FindingSink::unverifiable): an auditor must see what was not checked.
struct UnverifiedCount {
  std::string reason;   // stable kebab-case id: "qualitative-target"
  std::string text;     // the reason in English
  std::string text_zh;  // the same in zh-CN
  std::size_t count = 0;
};

// What one plugin verified on a table (or, summed, on the run). An item is
// what the plugin's README says it counts: an indicator compared, a sum recomputed.
struct PluginCoverage {
  std::string plugin;
  std::size_t verified = 0;
  std::vector<UnverifiedCount> unverifiable;  // sorted by reason id

  std::size_t unverified() const {
    std::size_t n = 0;
    for (const auto& u : unverifiable) n += u.count;
    return n;
  }
  std::size_t examined() const { return verified + unverified(); }
};

// A table of an input file, so reports can name it (项目编码 / 项目名称).
struct TableInfo {
  int index = 0;
  int line = 0;
  std::string project_code;
  std::string project_name;
  std::string sheet;  // the worksheet it is on (workbooks only)
  // Per running plugin (by id) once the table was checked; empty for a table
  // that was not (its input failed).
  std::vector<PluginCoverage> coverage;
};

enum class InputStatus { ok, failed, no_tables };
const char* to_string(InputStatus s);  // "ok", "failed", "no-tables"

// Why an input failed (docs/reliability.md, "Inputs: skipped and failed").
// damaged: read, but its format cannot be read (a damaged or truncated office
// file, an encrypted one, a format jxaudit does not read).
enum class FailReason { none, missing, unreadable, not_regular_file, over_limit, damaged };
const char* to_string(FailReason r);  // "", "missing", "unreadable", "not-regular-file", "over-limit", "damaged"

// The limit an over-limit input hit, as the report names it.
struct LimitRecord {
  std::string key;          // its key under `limits:` in jxaudit.yaml: "rows-per-table"
  std::uint64_t value = 0;  // the limit in force
  int line = 0;             // where it was hit, 0 for the whole file
  std::uint64_t found = 0;  // the amount found when it was counted (file and line bytes), else 0
};

struct InputRecord {
  std::string path;    // as given (relative paths stay relative: reports are portable)
  std::string sha256;  // "" when the file could not be read
  std::string encoding;
  std::string format;  // SourceInfo::format: "text", "xlsx", "docx", "xls", "html", "tables-json" …
  std::size_t size = 0;
  InputStatus status = InputStatus::ok;
  FailReason reason = FailReason::none;  // set when status is failed
  std::string error;   // why it failed (English), "" otherwise
  std::string error_zh;  // the same in Chinese when known (damaged files, over-limit), else ""
  std::optional<LimitRecord> limit;  // the limit an over-limit input hit
  // The tables found; of a failed input (over-limit) those read before the
  // limit, listed but not checked.
  std::vector<TableInfo> tables;
};

// Why a file under a scanned directory was not read.
enum class SkipReason { not_table_file, excluded, hidden, own_report, directory_link };
const char* to_string(SkipReason r);  // "not-table-file", "excluded", "hidden", "own-report", "directory-link"

// A file (or directory) under a directory given as input that was not read.
struct SkippedInput {
  std::string path;
  SkipReason reason = SkipReason::not_table_file;
  std::string message;     // zh-CN
  std::string message_en;  // English
};

struct PluginRecord {
  std::string id;
  std::string version;
  std::string file;
  std::string sha256;
  int api_version = 0;
};

// A rule the run applied, at the severity it reported at, with its declared
// text, so a format that describes its rules (SARIF) need not ask anyone.
struct RuleRun {
  std::string id;  // full id: "arithmetic.total-score", "parser.no-table"
  Severity severity = Severity::error;
  std::string plugin;      // "arithmetic", "parser", "host"
  std::string summary;     // one line, English
  std::string summary_zh;  // one line, zh-CN
  std::string doc;         // what it checks and how to fix, English
  std::string doc_zh;      // the same in zh-CN
};

struct Summary {
  std::size_t files = 0;    // inputs listed (read or failed)
  std::size_t failed = 0;   // of which failed (the run exits 2)
  std::size_t skipped = 0;  // files under scanned directories not read
  std::size_t tables = 0;
  std::size_t findings = 0;
  std::size_t error = 0;
  std::size_t warning = 0;
  std::size_t info = 0;
  std::map<std::string, std::size_t> by_plugin;
  std::map<std::string, std::size_t> by_rule;  // full rule id
  std::vector<PluginCoverage> coverage;  // summed over the checked tables, per running plugin by id
};

struct Report {
  std::string tool_name;
  std::string tool_version;
  // SHA-256 of the effective configuration as `jxaudit dump-config` prints it
  // (every file and flag folded in): two reports with the same hash were made
  // with the same settings. "" when the caller did not compute it (tests).
  std::string config_sha256;
  std::vector<InputRecord> inputs;
  std::vector<SkippedInput> skipped;  // in path order
  std::vector<PluginRecord> plugins;
  std::vector<RuleRun> rules;  // what was checked, sorted by id
  Summary summary;
  std::vector<Finding> findings;  // merged: deduplicated, sorted, fingerprinted
};

// One checked table as a writer that shows table rows sees it (HTML, XLSX):
// handed over once per table, in input order, whatever --jobs is, so such a
// writer writes the table's section then and never holds every table.
struct TableView {
  const InputRecord& input;
  const TableInfo& info;
  const Table& table;
  const std::vector<Finding>& findings;  // this table's, merged, in report order
};

}  // namespace jxaudit::report_model
