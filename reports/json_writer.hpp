// JSON report, schema jxaudit/report@1 (docs/report-format.md,
// docs/report-schema.json). Keys in a fixed order, both languages always
// present, so the bytes depend on the Report only.
#pragma once

#include "report_writer.hpp"

namespace jxaudit::reports {

class JsonWriter : public ReportWriter {
 public:
  std::string format() const override { return "json"; }
  std::string extension() const override { return "json"; }
  std::string write(const report_model::Report& report, const WriteOptions& options) const override;
};

}  // namespace jxaudit::reports
