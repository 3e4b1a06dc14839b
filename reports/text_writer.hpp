// Human-readable report: file -> table -> findings, then one summary line.
// zh-CN by default, English with --lang en; colour only when asked (a TTY).
#pragma once

#include "report_writer.hpp"

namespace jxaudit::reports {

class TextWriter : public ReportWriter {
 public:
  std::string format() const override { return "text"; }
  std::string extension() const override { return "txt"; }
  std::string write(const report_model::Report& report, const WriteOptions& options) const override;
};

}  // namespace jxaudit::reports
