#include "finding_text.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace jxaudit::arithmetic {

std::string difference(const Decimal& a, const Decimal& b) {
  int scale = std::max(a.scale(), b.scale());
  return (a - b).abs().rounded(scale).to_string();
}

std::string shown_like(const Decimal& value, const Decimal& declared) {
  int scale = std::max(declared.scale(), value.normalized().scale());
  return value.rounded(scale).to_string();
}

std::string scale_words_zh(int scale) { return scale == 0 ? "整数" : fmt::format("{}位小数", scale); }

std::string scale_words_en(int scale) {
  if (scale == 0) return "in whole points";
  if (scale == 1) return "to one decimal";
  return fmt::format("to {} decimals", scale);
}

std::string row_label(const FundsRow& row, const std::string& fallback) {
  std::string label = row.label.text;
  for (const std::string_view colon : {":", "："})
    if (label.ends_with(colon)) label.erase(label.size() - colon.size());
  return label.empty() ? fallback : label;
}

}  // namespace jxaudit::arithmetic
