#include "engine/input_files.hpp"

#include <fnmatch.h>
#include <strings.h>

#include <algorithm>
#include <cerrno>
#include <initializer_list>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "config/check_selection.hpp"
#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "io/read_file.hpp"
#include "report_model/csv_columns.hpp"

namespace fs = std::filesystem;

namespace jxaudit::engine {

using report_model::FailReason;
using report_model::SkipReason;
using report_model::SkippedInput;
using report_model::kReportSchema;
namespace {

// The first glob that matches, or nullptr. fnmatch(3), case-insensitive (units
// name files B单位.TXT as often as b单位.txt); a glob with a '/' is matched
// against the path below the directory, '*' then not crossing a '/'.
const std::string* first_match(const std::vector<std::string>& globs, const std::string& name,
                               const std::string& relative) {
  for (const auto& g : globs) {
    const bool path_glob = g.find('/') != std::string::npos;
    const std::string& subject = path_glob ? relative : name;
    if (::fnmatch(g.c_str(), subject.c_str(), FNM_CASEFOLD | (path_glob ? FNM_PATHNAME : 0)) == 0) return &g;
  }
  return nullptr;
}

bool has_extension(const std::string& name, std::initializer_list<const char*> extensions) {
  const std::size_t dot = name.rfind('.');
  if (dot == std::string::npos) return false;
  const std::string ext = name.substr(dot + 1);
  for (const char* e : extensions)
    if (::strcasecmp(ext.c_str(), e) == 0) return true;
  return false;
}

// A JSON or YAML file is a table file only when it is the canonical form of
// `jxaudit parse` (its schema near the top); anything else (a configuration,
// another tool's data) is not read.
bool is_canonical_tables(const std::string& path) {
  const std::optional<std::string> head = io::read_head(path, 4096);
  return head && head->find("jxaudit/tables@") != std::string::npos;
}

SkippedInput skip(std::string path, SkipReason reason, i18n::Bilingual why) {
  std::string zh = std::move(why.zh);
  std::string en = std::move(why.en);
  return SkippedInput{std::move(path), reason, std::move(zh), std::move(en)};
}

// Walks one directory given as input (no recursion: a deep tree cannot
// exhaust the stack; symbolic links to directories are not followed, so
// there are no loops). Appends what to read to `found`, the rest to `skipped`.
void scan_directory(const std::string& root, const InputSelection& selection, std::vector<InputEntry>& found,
                    std::vector<SkippedInput>& skipped) {
  const std::string globs = fmt::format("{}", fmt::join(selection.include, ", "));
  std::vector<fs::path> pending{fs::path(root)};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      const std::string name = p.filename().string();
      std::string shown = p.lexically_normal().generic_string();
      std::error_code type_ec;
      const fs::file_status status = it->status(type_ec);  // follows links; not_found for a broken one
      const bool is_dir = fs::is_directory(status);
      if (!is_dir && name.rfind("~$", 0) == 0) {  // Word/Excel's lock file beside an open document
        skipped.push_back(skip(std::move(shown), SkipReason::hidden,
                               i18n::both("an Office lock file (name starts with '~$'), left while a document is open: not read")));
        continue;
      }
      if (!name.empty() && name.front() == '.') {
        skipped.push_back(is_dir ? skip(std::move(shown), SkipReason::hidden,
                                        i18n::both("hidden directory (name starts with '.'): its files are not read"))
                                 : skip(std::move(shown), SkipReason::hidden, i18n::both("hidden file (name starts with '.'): not read")));
        continue;
      }
      if (is_dir) {
        if (it->is_symlink(type_ec))
          skipped.push_back(skip(std::move(shown), SkipReason::directory_link, i18n::both("symbolic link to a directory: not followed")));
        else
          pending.push_back(p);
        continue;
      }
      if (fs::is_regular_file(status) && is_own_report(p.string())) {
        skipped.push_back(skip(std::move(shown), SkipReason::own_report, i18n::both("a report written by jxaudit: not read")));
        continue;
      }
      const std::string relative = p.lexically_relative(root).generic_string();
      if (!first_match(selection.include, name, relative)) {
        skipped.push_back(skip(std::move(shown), SkipReason::not_table_file,
                               i18n::both("not a table file: the name does not match inputs.include ({}); not read",
                                          globs)));
        continue;
      }
      if (const std::string* glob = first_match(selection.exclude, name, relative)) {
        skipped.push_back(skip(std::move(shown), SkipReason::excluded, i18n::both("excluded by '{}' in inputs.exclude; not read", *glob)));
        continue;
      }
      if (has_extension(name, {"json", "yaml", "yml"}) && fs::is_regular_file(status) && !is_canonical_tables(p.string())) {
        skipped.push_back(skip(std::move(shown), SkipReason::not_table_file,
                               i18n::both("not a table file: JSON/YAML without the jxaudit/tables schema (a "
                                          "configuration or another tool's data); not read")));
        continue;
      }
      found.push_back({std::move(shown), FailReason::none, {}});
    }
    if (ec)  // the directory could not be listed (or not to the end): what it holds is unknown
      found.push_back({dir.lexically_normal().generic_string(), FailReason::unreadable,
                       i18n::both("cannot list the directory: {}",
                                  i18n::system_error_both(ec.value()))});
  }
}

// The first line of a CSV report: the BOM, then the column keys, or their
// zh-CN headers (the header row follows the report's language).
bool is_csv_report_header(std::string_view first) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (first.substr(0, kBom.size()) != kBom) return false;
  first.remove_prefix(kBom.size());
  for (const MessageLanguage language : {MessageLanguage::en, MessageLanguage::zh_cn}) {
    std::string header;
    for (const char* key : report_model::kCsvColumns) {
      if (!header.empty()) header += ',';
      header += language == MessageLanguage::en ? std::string_view(key) : i18n::trc("csv-column", key, language);
    }
    if (first == header) return true;
  }
  return false;
}

}  // namespace

bool is_own_report(const std::string& path) {
  if (fs::path(path).filename().string().rfind("jxaudit-report.", 0) != 0) return false;
  const std::optional<std::string> head = io::read_head(path, 4096);
  if (!head) return false;
  if (head->find(std::string("\"schema\": \"") + kReportSchema + "\"") != std::string::npos) return true;
  std::string_view first(*head);
  first = first.substr(0, first.find('\n'));
  if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
  if (is_csv_report_header(first)) return true;
  const std::string marker = std::string("(") + kReportSchema + ")";
  return first.size() >= marker.size() && first.substr(first.size() - marker.size()) == marker;
}

ExpandedInputs expand_inputs(const std::vector<std::string>& paths, const InputSelection& selection) {
  ExpandedInputs out;
  std::set<std::string> seen;
  std::vector<SkippedInput> skipped;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<InputEntry> found;
      scan_directory(path, selection, found, skipped);
      std::sort(found.begin(), found.end(), [](const InputEntry& a, const InputEntry& b) { return a.path < b.path; });
      for (auto& f : found) {
        if (!seen.insert(f.path).second) continue;
        if (f.failure == FailReason::none) out.files.push_back(f.path);
        out.all.push_back(std::move(f));
      }
    } else if (fs::exists(fs::symlink_status(path, ec))) {
      // A file named explicitly is always read, whatever the globs say (a
      // broken link or a FIFO fails when it is read).
      std::string f = fs::path(path).lexically_normal().generic_string();
      if (seen.insert(f).second) {
        out.files.push_back(f);
        out.all.push_back({f, FailReason::none, {}});
      }
    } else {
      out.missing.push_back(path);
      out.all.push_back({path, FailReason::missing, i18n::system_error_both(ENOENT)});
    }
  }
  // A path skipped in one scan but read otherwise (named, or inside another
  // directory given) is not skipped; one skipped twice is listed once.
  std::sort(skipped.begin(), skipped.end(), [](const SkippedInput& a, const SkippedInput& b) { return a.path < b.path; });
  for (auto& s : skipped) {
    if (seen.count(s.path) > 0) continue;
    if (!out.skipped.empty() && out.skipped.back().path == s.path) continue;
    out.skipped.push_back(std::move(s));
  }
  return out;
}

}  // namespace jxaudit::engine
