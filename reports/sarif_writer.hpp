// SARIF 2.1.0 (docs/report-format.md, "SARIF"): for code-scanning
// dashboards. The driver is jxaudit; every plugin, the parser and the host are
// tool extensions carrying the rules the run applied; each finding is a
// result pointing at its input file (line, or sheet and cell) and at its
// project and indicator. Keys in a fixed order, texts in the report's
// language, so the bytes depend on the Report and the options only.
#pragma once

#include <string>

#include "report_writer.hpp"

namespace jxaudit::reports {

class SarifWriter : public ReportWriter {
 public:
  std::string format() const override { return "sarif"; }
  std::string extension() const override { return "sarif"; }
  std::string write(const report_model::Report& report, const WriteOptions& options) const override;
};

// An input path as a SARIF artifact URI: a relative path stays a relative
// reference ("tests/a%20b.txt"), an absolute one becomes "file:///…"; every
// byte outside RFC 3986's unreserved set and '/' is percent-encoded (so
// Chinese file names are UTF-8 percent-escapes).
std::string path_to_uri(const std::string& path);

}  // namespace jxaudit::reports
