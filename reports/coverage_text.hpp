// Coverage said in words, the same in every human format: what each plugin
// verified and what it could not, by reason ("target_actual：已核对 132/157
// 项，未核对 25 项（年度指标值为定性描述 20、为空 5）"). An auditor must see
// what was not checked as plainly as what was found.
#pragma once

#include <string>
#include <vector>

#include "report_model/report.hpp"
#include "report_words.hpp"

namespace jxaudit::reports {

// One plugin's coverage.
std::string coverage_phrase(const report_model::PluginCoverage& coverage, const ReportWords& w);

// Every plugin's, joined; "" when no plugin ran.
std::string coverage_phrases(const std::vector<report_model::PluginCoverage>& coverage, const ReportWords& w);

}  // namespace jxaudit::reports
