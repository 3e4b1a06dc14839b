// A shared library that exports what libjxaudit_sdk.so must not, for the
// ctest sdk_exports_check_refuses: check_exports.cmake has to refuse each.
#include <string>
#include <vector>

namespace jxaudit {
int listed_function() { return 1; }
int unlisted_function() { return 2; }
namespace text {
int public_namespace_function() { return 3; }  // jxaudit::text is public (text.hpp)
}  // namespace text
namespace measure {
int internal_helper() { return 4; }
}  // namespace measure
namespace detail {
struct Leaked {
  virtual ~Leaked();
};
Leaked::~Leaked() = default;  // vtable and typeinfo of an internal type
}  // namespace detail
}  // namespace jxaudit

namespace YAML {
int re_exported() { return 5; }
}

// std:: instantiations the library emits are tolerated.
std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    if (c == ' ') {
      out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  out.push_back(word);
  return out;
}
