// clang-tidy style rule selection: "arithmetic.*,-arithmetic.level1-weights".
// Globs apply in order to full rule ids (<plugin>.<rule>); the last glob that
// matches decides, so later ones (the command line) refine earlier ones (the
// config file).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jxaudit::config {

// '*' matches any run of characters, '?' one character.
bool glob_match(std::string_view pattern, std::string_view text);

class CheckSelection {
 public:
  CheckSelection() = default;
  // Each entry may itself be a comma-separated list; blanks are ignored.
  explicit CheckSelection(const std::vector<std::string>& globs);

  bool enabled(std::string_view full_rule_id) const;
  const std::vector<std::string>& globs() const { return globs_; }

 private:
  std::vector<std::string> globs_;
};

}  // namespace jxaudit::config
