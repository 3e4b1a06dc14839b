// Which rules a run applies: every enabled rule of every running plugin, at
// its effective severity, and every parser diagnostic --checks / `checks:`
// select. The report records it, so "no findings" always says what was
// checked, and `check` refuses a run that would check nothing (exit 2).
// host.* findings are the host's own and always on: they are not checks.
#pragma once

#include <vector>

#include "engine/session.hpp"
#include "report_model/report.hpp"

namespace jxaudit::engine {

// Sorted by full id.
std::vector<report_model::RuleRun> rules_run(const Session& session);

}  // namespace jxaudit::engine
