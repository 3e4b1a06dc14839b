#include "not_applicable_coverage.hpp"

namespace jxaudit::not_applicable {

void count_coverage(const Table& table, FindingSink& sink) {
  for (const auto& indicator : table.indicators) {
    if (table.partial_row(indicator.line))
      sink.unverifiable("row-cut-off", "该行在文件中被截断，未检查", "the row is cut off in the file: not examined", 1);
    else sink.verified(1);
  }
}

}  // namespace jxaudit::not_applicable
