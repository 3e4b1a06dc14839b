// One writer per report format behind one small interface. A writer turns a
// merged Report into bytes; it never re-checks, never reads the clock, so the
// same Report always gives the same bytes.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "report_model/report.hpp"

namespace jxaudit::reports {

struct WriteOptions {
  std::string language = "zh-CN";  // "zh-CN" or "en": which message a human format shows
  bool colour = false;             // ANSI colour (text on a terminal only)
  // What `jxaudit check` will exit with (cli/exit_status.hpp), decided before
  // any report is written, for formats that record it (SARIF's invocation).
  int exit_code = 0;
  // Filled only with `check --timestamp` (the caller reads the clock and the
  // host name, never a writer): UTC "2026-01-31T08:00:00", and the host name.
  // Empty by default, so the same report gives the same bytes.
  std::string timestamp;
  std::string hostname;
};

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual std::string format() const = 0;     // "text"
  virtual std::string extension() const = 0;  // "txt"
  // Formats that show table rows (HTML, XLSX) say so, and then get every
  // checked table once, in input order, before write(): they render its
  // section then, so no writer holds every table. write() adds the rest.
  // The options are those of write() but exit_code, not known yet (0).
  virtual bool wants_tables() const { return false; }
  virtual void table(const report_model::TableView& view, const WriteOptions& options) {
    (void)view;
    (void)options;
  }
  virtual std::string write(const report_model::Report& report, const WriteOptions& options) const = 0;
};

// Every format this build can write, in a fixed order.
std::vector<std::string> format_names();
// nullptr for an unknown format.
std::unique_ptr<ReportWriter> make_writer(std::string_view format);

// Where the bytes go (stdout, a file, a device) is output_file.hpp's job.

}  // namespace jxaudit::reports
