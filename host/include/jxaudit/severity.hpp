// jxaudit SDK — how serious a finding or a parse diagnostic is.
#pragma once

#include <optional>
#include <string_view>

namespace jxaudit {

// Ordered: error > warning > info. `--fail-on` compares with this order.
enum class Severity { info = 0, warning = 1, error = 2 };

constexpr std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "info";
}

constexpr std::optional<Severity> severity_from_string(std::string_view s) {
  if (s == "error") return Severity::error;
  if (s == "warning") return Severity::warning;
  if (s == "info") return Severity::info;
  return std::nullopt;
}

}  // namespace jxaudit
