#include "engine/merge.hpp"

#include <algorithm>
#include <tuple>

#include "engine/fingerprint.hpp"

namespace jxaudit::engine {

using report_model::Summary;
bool report_order(const Finding& a, const Finding& b) {
  // Severity descending (errors first): its rank is negated.
  auto key = [](const Finding& f) {
    return std::make_tuple(std::cref(f.location.file), f.location.line, -static_cast<int>(f.severity),
                           std::cref(f.plugin), std::cref(f.rule), f.location.table, f.location.column,
                           std::cref(f.location.project_code), std::cref(f.location.level2),
                           std::cref(f.location.indicator), std::cref(f.location.field), std::cref(f.expected), std::cref(f.expected_en),
                           std::cref(f.actual), std::cref(f.message), std::cref(f.message_en), std::cref(f.fix),
                           std::cref(f.fix_en));
  };
  return key(a) < key(b);
}

void merge_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), report_order);
  // report_order compares every field, so exact duplicates are neighbours.
  auto same = [](const Finding& a, const Finding& b) { return !report_order(a, b) && !report_order(b, a); };
  findings.erase(std::unique(findings.begin(), findings.end(), same), findings.end());
  assign_fingerprints(findings);
}

void count_findings(const std::vector<Finding>& findings, Summary& summary) {
  summary.findings = findings.size();
  summary.error = summary.warning = summary.info = 0;
  summary.by_plugin.clear();
  summary.by_rule.clear();
  for (const auto& f : findings) {
    switch (f.severity) {
      case Severity::error: ++summary.error; break;
      case Severity::warning: ++summary.warning; break;
      case Severity::info: ++summary.info; break;
    }
    ++summary.by_plugin[f.plugin];
    ++summary.by_rule[f.full_rule_id()];
  }
}

}  // namespace jxaudit::engine
