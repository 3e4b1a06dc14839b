// What not_applicable examined on a table (FindingSink::verified /
// unverifiable). An item is one indicator row (三级指标): verified when its
// name, target, actual and points were read for 不适用 use; a row cut off in
// the file is left. README.md, "Coverage".
#pragma once

#include "jxaudit/finding.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit::not_applicable {

void count_coverage(const Table& table, FindingSink& sink);

}  // namespace jxaudit::not_applicable
