// What the host requires of the rules a plugin declares, before it trusts
// them: ids that can be configured and explained, messages whose English
// text takes no argument the zh-CN text does not, precedence that names real
// rules.
#pragma once

#include <string>
#include <vector>

#include "jxaudit/rule.hpp"

namespace jxaudit::plugins {

// "" when `rules` are sound; otherwise the first problem, one line, English.
std::string check_rule_declarations(const std::vector<RuleInfo>& rules);

}  // namespace jxaudit::plugins
