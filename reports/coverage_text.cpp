#include "coverage_text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace jxaudit::reports {

std::string coverage_phrase(const report_model::PluginCoverage& c, const ReportWords& w) {
  // A plugin that counted nothing (a third-party plugin that does not report
  // coverage, or a table with no item for it) is said so, not shown as 0 of 0.
  if (c.examined() == 0) return fmt::format(w.say_fmt("{}: no items counted"), c.plugin);
  std::string out = fmt::format(w.say_fmt("{}: {} of {} verified"), c.plugin, c.verified, c.examined());
  if (c.unverifiable.empty()) return out;
  std::vector<std::string> reasons;
  for (const auto& u : c.unverifiable) reasons.push_back(fmt::format("{} {}", w.pick(u.text_zh, u.text), u.count));
  out += fmt::format(w.say_fmt(", {} not verified ({})"), c.unverified(), fmt::join(reasons, w.en() ? "; " : "；"));
  return out;
}

std::string coverage_phrases(const std::vector<report_model::PluginCoverage>& coverage, const ReportWords& w) {
  std::vector<std::string> parts;
  for (const auto& c : coverage) parts.push_back(coverage_phrase(c, w));
  return fmt::format("{}", fmt::join(parts, w.en() ? "; " : "；"));
}

}  // namespace jxaudit::reports
