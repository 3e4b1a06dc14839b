// The name of a finding's field (Location::field, a dotted key such as
// "funds.total.execution_rate") as a reader of the report sees it: in
// English the key itself, in Chinese the table's own words for each part
// (资金·合计·执行率). A part the catalogue does not know is kept as it is.
#pragma once

#include <string>
#include <string_view>

#include "jxaudit/rule.hpp"

namespace jxaudit::reports {

std::string field_label(std::string_view field, MessageLanguage language);

}  // namespace jxaudit::reports
