#include "registry.hpp"

#include <algorithm>
#include <map>

namespace jxaudit::corpus {

const std::vector<DefectKind>& defect_registry() {
  static const std::vector<DefectKind> kinds = [] {
    std::vector<DefectKind> k;
    add_arithmetic_defects(k);
    add_target_actual_defects(k);
    add_deviation_defects(k);
    add_not_applicable_defects(k);
    std::sort(k.begin(), k.end(), [](const DefectKind& a, const DefectKind& b) { return a.rule < b.rule; });
    return k;
  }();
  return kinds;
}

const DefectKind* find_defect_kind(const std::string& rule) {
  for (const auto& k : defect_registry())
    if (k.rule == rule) return &k;
  return nullptr;
}

std::vector<std::string> carried_variants(const DefectKind& kind, const FamilyTraits& family) {
  std::vector<std::string> out;
  for (const auto& v : kind.variants)
    if (kind.carries == nullptr || kind.carries(family, v)) out.push_back(v);
  return out;
}

std::string default_severity(const std::string& rule) {
  // Default severities from the plugin issues (4–7); a plugin's YAML may
  // override them, the labels keep the defaults.
  static const std::map<std::string, std::string> severities = {
      {"arithmetic.funds-breakdown", "error"},
      {"arithmetic.execution-rate", "error"},
      {"arithmetic.funds-score", "error"},
      {"arithmetic.over-execution", "warning"},
      {"arithmetic.score-range", "error"},
      {"arithmetic.level1-points", "error"},
      {"arithmetic.level1-weights", "info"},
      {"arithmetic.total-points", "error"},
      {"arithmetic.total-score", "error"},
      {"arithmetic.progress-rate", "warning"},
      {"arithmetic.cost-exceeds-executed", "warning"},
      {"arithmetic.missing-value", "error"},
      {"arithmetic.funds-result-missing", "warning"},
      {"arithmetic.funds-subrow-scored", "warning"},
      {"arithmetic.low-execution", "warning"},
      {"arithmetic.breakdown-sum", "warning"},
      {"target_actual.unmet-full-score", "error"},
      {"target_actual.met-but-deducted", "warning"},
      {"target_actual.score-not-proportional", "warning"},
      {"target_actual.unit-mismatch", "error"},
      {"target_actual.qualitative-actual", "warning"},
      {"target_actual.over-achievement", "info"},
      {"target_actual.unverifiable", "info"},
      {"target_actual.comparator-in-actual", "warning"},
      {"target_actual.target-misencoded", "warning"},
      {"target_actual.scored-but-blank", "warning"},
      {"deviation.missing", "error"},
      {"deviation.unmet-unexplained", "error"},
      {"deviation.boilerplate", "error"},
      {"deviation.incomplete", "warning"},
      {"deviation.truncated", "warning"},
      {"deviation.unneeded", "info"},
      {"deviation.adjustment-unexplained", "warning"},
      {"not_applicable.scored", "error"},
      {"not_applicable.actual-none", "error"},
      {"not_applicable.partial", "warning"},
      {"not_applicable.required-category", "error"},
      {"not_applicable.no-benefit", "error"},
      {"not_applicable.mixed-category", "warning"},
      {"not_applicable.points-on-empty-level1", "error"},
  };
  auto it = severities.find(rule);
  return it == severities.end() ? "error" : it->second;
}

}  // namespace jxaudit::corpus
