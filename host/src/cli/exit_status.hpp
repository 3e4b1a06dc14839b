// The exit code of `jxaudit check`, from the report it wrote. A nightly job
// reads only this number, so a run that checked nothing must not look like a
// clean one (Soda's "nothing checked is not all good", clang-tidy's "no checks
// enabled"):
//   2  an input failed (not read to the end), or no input file was found
//      (unless --allow-empty);
//   1  a finding at or above --fail-on, or more warnings than --max-warnings;
//   0  otherwise.
// "No rule selected" is refused before the run (run_check), as it needs no report.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "config/host_config.hpp"
#include "report_model/report.hpp"

namespace jxaudit::cli {

struct ExitPolicy {
  config::FailOn fail_on = config::FailOn::error;
  std::optional<std::size_t> max_warnings;  // --max-warnings N: more than N fails
  bool allow_empty = false;                 // --allow-empty: no input file is not an error
};

struct ExitStatus {
  int code = 0;
  std::string reason;  // why the run did not exit 0, one line (English; logged)
};

ExitStatus exit_status(const report_model::Report& report, const ExitPolicy& policy);

}  // namespace jxaudit::cli
