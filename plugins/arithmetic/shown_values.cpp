#include "shown_values.hpp"

#include <algorithm>

namespace jxaudit::arithmetic {

std::string difference(const Decimal& a, const Decimal& b) {
  int scale = std::max(a.scale(), b.scale());
  return (a - b).abs().rounded(scale).to_string();
}

std::string shown_like(const Decimal& value, const Decimal& declared) {
  int scale = std::max(declared.scale(), value.normalized().scale());
  return value.rounded(scale).to_string();
}

std::string row_label(const FundsRow& row, const std::string& fallback) {
  std::string label = row.label.text;
  for (const std::string_view colon : {":", "："})
    if (label.ends_with(colon)) label.erase(label.size() - colon.size());
  return label.empty() ? fallback : label;
}

}  // namespace jxaudit::arithmetic
