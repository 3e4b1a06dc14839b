#include "cli/exit_status.hpp"
#include "i18n/tr.hpp"

#include <fmt/format.h>

#include "cli/commands.hpp"

namespace jxaudit::cli {

ExitStatus exit_status(const report_model::Report& report, const ExitPolicy& policy) {
  const report_model::Summary& s = report.summary;
  // An input that could not be read to the end is a failed run, whatever --fail-on says.
  if (s.failed > 0) return {kExitUsage, fmt::format(i18n::tr_fmt("{0} of {1} inputs failed"), s.failed, s.files)};
  if (s.files == 0 && !policy.allow_empty)
    return {kExitUsage, s.skipped > 0 ? fmt::format(i18n::tr_fmt("no input file to check: all {} files found were skipped "
                                                    "(see the report; --allow-empty accepts an empty run)"),
                                                    s.skipped)
                                      : std::string(i18n::tr("no input file to check (--allow-empty accepts an empty run)"))};
  for (const auto& f : report.findings)
    if (config::fails(policy.fail_on, f.severity))
      return {kExitFindings, fmt::format(i18n::tr_fmt("findings at or above --fail-on {}"), config::to_string(policy.fail_on))};
  if (policy.max_warnings && s.warning > *policy.max_warnings)
    return {kExitFindings, fmt::format(i18n::tr_fmt("{} warnings, more than --max-warnings {}"), s.warning, *policy.max_warnings)};
  return {kExitClean, {}};
}

}  // namespace jxaudit::cli
