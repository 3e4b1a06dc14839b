// How values are shown in findings, shared by the rules so every finding
// shows values and differences the same way. Facts only: the sentences around
// them are each rule's messages.
#pragma once

#include <string>

#include "jxaudit/decimal.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit::arithmetic {

// |a − b| with the larger of the two precisions: "10.00".
std::string difference(const Decimal& a, const Decimal& b);

// `value` written with at least the declared value's decimals, and never
// fewer than its own (a sum is exact and keeps its digits): shown_like(89.88,
// 100) is "89.88", shown_like(90, 100.0) is "90.0".
std::string shown_like(const Decimal& value, const Decimal& declared);

// A funds row's label as a message shows it, without the colon some templates
// print after it ("年度资金总额:" → "年度资金总额"); `fallback` (a label too:
// "年度资金总额", a FundsKind name) when it has none.
std::string row_label(const FundsRow& row, const std::string& fallback);

}  // namespace jxaudit::arithmetic
