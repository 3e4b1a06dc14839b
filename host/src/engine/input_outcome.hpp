// How an input that was not read to the end is reported: the reason kinds,
// and the one host error finding each failed input gives
// (docs/reliability.md, "Inputs: skipped and failed").
#pragma once

#include "i18n/tr.hpp"
#include "report_model/report.hpp"
#include "config/limits.hpp"
#include "io/read_file.hpp"
#include "jxaudit/finding.hpp"

namespace jxaudit::engine {

report_model::FailReason fail_reason(io::ReadFailure failure);

// Marks `input` failed; `limit` for over-limit inputs.
void mark_failed(report_model::InputRecord& input, report_model::FailReason reason, i18n::Bilingual error,
                 std::optional<config::LimitHit> limit = std::nullopt);

// The host error finding of a failed input: rule by reason, bilingual
// message, the line where a limit was hit.
Finding input_failed(const report_model::InputRecord& input);

}  // namespace jxaudit::engine
