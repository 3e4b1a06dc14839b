// Precedence between a plugin's rules, as the plugin declares it
// (RuleInfo::suppressed_by): a finding is dropped when a rule that
// suppresses it reported the same row of the same table. Applied after the
// rule policy, so a rule that is off suppresses nothing.
#pragma once

#include <cstddef>
#include <vector>

#include "jxaudit/finding.hpp"
#include "plugins/loaded_plugin.hpp"

namespace jxaudit::engine {

// Applies `plugin`'s precedence to findings[begin, end): what one check() or
// finish() call of that plugin reported.
void apply_rule_precedence(const plugins::LoadedPlugin& plugin, std::vector<Finding>& findings, std::size_t begin);

}  // namespace jxaudit::engine
