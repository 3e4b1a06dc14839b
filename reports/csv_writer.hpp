// One row per finding with every field the JSON report gives it, for a
// spreadsheet: UTF-8 with a BOM (Excel then reads Chinese correctly), RFC
// 4180 quoting, CRLF line ends, a header row in the report's language
// (the English one is the stable column keys, docs/report-format.md).
#pragma once

#include <string>
#include <vector>

#include "report_writer.hpp"

namespace jxaudit::reports {

class CsvWriter : public ReportWriter {
 public:
  std::string format() const override { return "csv"; }
  std::string extension() const override { return "csv"; }
  std::string write(const report_model::Report& report, const WriteOptions& options) const override;
};

// The column keys, in order: the header of an English report.
std::vector<std::string> csv_columns();

}  // namespace jxaudit::reports
