// Merging the findings of every plugin into report order: exact duplicates
// dropped, a total order (file, line, severity, rule, then every other field)
// so the report does not depend on thread scheduling, fingerprints, counts.
#pragma once

#include <vector>

#include "report_model/report.hpp"

namespace jxaudit::engine {

// Sorts, drops exact duplicates and fingerprints `findings` in place.
void merge_findings(std::vector<Finding>& findings);

// Counts findings by severity, plugin and rule (the rest of Summary is left alone).
void count_findings(const std::vector<Finding>& findings, report_model::Summary& summary);

// True when a sorts before b in a report.
bool report_order(const Finding& a, const Finding& b);

}  // namespace jxaudit::engine
