#include "config/check_selection.hpp"

namespace jxaudit::config {

bool glob_match(std::string_view pattern, std::string_view text) {
  // Iterative matcher with one backtrack point per '*': linear enough for ids.
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

CheckSelection::CheckSelection(const std::vector<std::string>& globs) {
  for (const auto& entry : globs) {
    std::size_t start = 0;
    while (start <= entry.size()) {
      std::size_t end = entry.find(',', start);
      if (end == std::string::npos) end = entry.size();
      std::string glob = entry.substr(start, end - start);
      auto first = glob.find_first_not_of(" \t");
      auto last = glob.find_last_not_of(" \t");
      if (first != std::string::npos) globs_.push_back(glob.substr(first, last - first + 1));
      start = end + 1;
    }
  }
}

bool CheckSelection::enabled(std::string_view full_rule_id) const {
  bool on = false;
  for (const auto& g : globs_) {
    bool negative = !g.empty() && g[0] == '-';
    std::string_view pattern = negative ? std::string_view(g).substr(1) : std::string_view(g);
    if (glob_match(pattern, full_rule_id)) on = !negative;
  }
  return on;
}

}  // namespace jxaudit::config
