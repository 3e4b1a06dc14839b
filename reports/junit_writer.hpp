// JUnit XML (docs/report-format.md, "JUnit XML"), for CI servers (Jenkins,
// GitLab): one <testsuite> per input file, one <testcase> per table, a table
// with error findings a failed test, an input not read to the end an errored
// one. Shaped by the Ant JUnit schema (tests/fixtures/schemas/junit.xsd).
// `timestamp` and `hostname` only when the options carry them (--timestamp),
// so the default output is the same bytes run to run.
#pragma once

#include "report_writer.hpp"

namespace jxaudit::reports {

class JunitWriter : public ReportWriter {
 public:
  std::string format() const override { return "junit"; }
  std::string extension() const override { return "xml"; }
  std::string write(const report_model::Report& report, const WriteOptions& options) const override;
};

}  // namespace jxaudit::reports
