// The report as GitHub-flavoured Markdown, for a wiki page, an issue or an
// e-mail: a summary with tables by plugin and rule, what was checked, failed
// and skipped inputs, then per file and per table its findings in row order.
// zh-CN by default, English with --lang en. Every text that comes from a
// table goes through markdown_escape.hpp.
#pragma once

#include "report_writer.hpp"

namespace jxaudit::reports {

class MarkdownWriter : public ReportWriter {
 public:
  std::string format() const override { return "md"; }
  std::string extension() const override { return "md"; }
  std::string write(const report_model::Report& report, const WriteOptions& options) const override;
};

}  // namespace jxaudit::reports
