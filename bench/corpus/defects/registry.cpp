#include "registry.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "arithmetic_plugin.hpp"
#include "deviation_plugin.hpp"
#include "not_applicable_plugin.hpp"
#include "target_actual_plugin.hpp"

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
  // The labels carry the severity each rule declares (its RuleSpec, read
  // through the plugin's manifest); a plugin's YAML may override it in a run,
  // the labels keep the declared default.
  static const std::map<std::string, std::string> severities = [] {
    std::map<std::string, std::string> m;
    for (const PluginManifest& manifest :
         {arithmetic::ArithmeticCheck::manifest(), target_actual::TargetActualCheck::manifest(),
          deviation::DeviationCheck::manifest(), not_applicable::NotApplicableCheck::manifest()})
      for (const RuleSpec* spec : manifest.rules)
        m.emplace(std::string(manifest.id) + "." + std::string(spec->id), std::string(to_string(spec->severity)));
    return m;
  }();
  auto it = severities.find(rule);
  // A defect kind for a rule no bundled plugin declares is a generator bug.
  if (it == severities.end()) throw std::logic_error("corpus: no bundled plugin declares rule " + rule);
  return it->second;
}

}  // namespace jxaudit::corpus
