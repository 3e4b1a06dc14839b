#include "cell_ref/cell_ref.hpp"

#include <charconv>

namespace jxaudit::cell_ref {

bool parse_cell_ref(std::string_view ref, int& column, int& row) {
  std::size_t i = 0;
  int col = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
    col = col * 26 + (ref[i] - 'A' + 1);
    if (col > kMaxColumns) return false;
    ++i;
  }
  if (i == 0 || i == ref.size()) return false;
  int r = 0;
  const auto [ptr, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), r);
  if (ec != std::errc() || ptr != ref.data() + ref.size() || r < 1 || r > kMaxRows) return false;
  column = col - 1;
  row = r;
  return true;
}

std::string column_letters(int column) {
  std::string out;
  for (int c = column + 1; c > 0; c = (c - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
  return out;
}

}  // namespace jxaudit::cell_ref
