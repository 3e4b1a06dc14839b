// Expands the paths given on the command line: files are taken as they are,
// directories are walked recursively and filtered by include/exclude globs
// on the file name (or on the path relative to the directory when the glob
// holds a '/'). The result is sorted, so a run does not depend on directory
// order.
//
// Every file under a scanned directory is accounted for: read, or listed as
// skipped with the reason (not a table file, excluded, hidden, jxaudit's own
// report, a link to a directory). Hidden entries (name starting with '.')
// are skipped and hidden directories not entered. Whether a file to read is a
// regular file is decided when it is read (io::read_file), never by opening
// it here.
#pragma once

#include <string>
#include <vector>

#include "config/host_config.hpp"
#include "i18n/tr.hpp"
#include "report_model/report.hpp"

namespace jxaudit::engine {

struct InputSelection {
  std::vector<std::string> include = config::default_include();
  std::vector<std::string> exclude;
};

// One input to read, in run order. `failure` is set when expansion already
// knows it cannot be read (a named path that does not exist, a directory
// that cannot be listed).
struct InputEntry {
  std::string path;
  report_model::FailReason failure = report_model::FailReason::none;
  i18n::Bilingual error;  // why, when failure is set
};

struct ExpandedInputs {
  std::vector<std::string> files;      // paths to read
  std::vector<std::string> missing;    // named paths that do not exist
  std::vector<InputEntry> all;         // files, missing paths and unlistable directories, in command-line order
  std::vector<report_model::SkippedInput> skipped;   // files under scanned directories not read, sorted by path
};

ExpandedInputs expand_inputs(const std::vector<std::string>& paths, const InputSelection& selection);

// True for jxaudit's own report: named jxaudit-report.* and carrying the
// report marker (JSON: "schema": "jxaudit/report@1" in its first 4 KiB; text:
// a first line ending in "(jxaudit/report@1)"; CSV: a first line that is its
// header row, report_model/csv_columns.hpp). Only regular files are opened.
bool is_own_report(const std::string& path);

}  // namespace jxaudit::engine
