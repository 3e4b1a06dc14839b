// "did you mean …" for misspelt keys and rule ids: the closest candidate by
// edit distance, when it is close enough to be a plausible typo.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jxaudit::config {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The best candidate, or "" when none is within a typo's distance.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace jxaudit::config
