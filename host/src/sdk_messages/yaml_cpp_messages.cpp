// yaml-cpp's parser messages (yaml-cpp/exceptions.h, namespace ErrorMsg), the
// ones a syntax error in a YAML file can carry, and those of reading a
// loaded tree. The test YamlCppMessages
// holds this list to yaml-cpp's constants, so an upgrade that rewords one
// shows up as a failing test, not as English in a Chinese message.
#include <string>

#include "sdk_messages/sdk_tr.hpp"

namespace jxaudit::sdk_messages {
namespace {

constexpr const char* kYamlCppMessages[] = {
    SDK_N_("YAML directives must have exactly one argument"),
    SDK_N_("bad YAML version: "),
    SDK_N_("YAML major version too large"),
    SDK_N_("repeated YAML directive"),
    SDK_N_("TAG directives must have exactly two arguments"),
    SDK_N_("repeated TAG directive"),
    SDK_N_("illegal character found while scanning tag handle"),
    SDK_N_("tag handle with no suffix"),
    SDK_N_("end of verbatim tag not found"),
    SDK_N_("end of map not found"),
    SDK_N_("end of map flow not found"),
    SDK_N_("end of sequence not found"),
    SDK_N_("end of sequence flow not found"),
    SDK_N_("cannot assign multiple tags to the same node"),
    SDK_N_("cannot assign multiple anchors to the same node"),
    SDK_N_("cannot assign multiple aliases to the same node"),
    SDK_N_("aliases can't have any content, *including* tags"),
    SDK_N_("bad character found while scanning hex number"),
    SDK_N_("invalid unicode: "),
    SDK_N_("unknown escape character: "),
    SDK_N_("unknown token"),
    SDK_N_("illegal document indicator in scalar"),
    SDK_N_("illegal EOF in scalar"),
    SDK_N_("illegal character in scalar"),
    SDK_N_("illegal tab when looking for indentation"),
    SDK_N_("illegal flow end"),
    SDK_N_("illegal block entry"),
    SDK_N_("illegal map key"),
    SDK_N_("illegal map value"),
    SDK_N_("alias not found after *"),
    SDK_N_("anchor not found after &"),
    SDK_N_("illegal character found while scanning alias"),
    SDK_N_("illegal character found while scanning anchor"),
    SDK_N_("cannot set zero indentation for a block scalar"),
    SDK_N_("unexpected character in block scalar"),
    SDK_N_("cannot assign the same alias to multiple nodes"),
    SDK_N_("the referenced anchor is not defined"),
    SDK_N_("unmatched group tag"),
    SDK_N_("unexpected end sequence token"),
    SDK_N_("unexpected end map token"),
    SDK_N_("invalid character in single-quoted string"),
    SDK_N_("invalid anchor"),
    SDK_N_("invalid alias"),
    SDK_N_("invalid tag"),
    // Raised while a loaded tree is read (a value of the wrong shape).
    SDK_N_("invalid scalar"),
    SDK_N_("key not found: "),
    SDK_N_("invalid node; first invalid key: "),
    SDK_N_("bad conversion"),
    SDK_N_("bad dereference"),
    SDK_N_("operator[] call on a scalar"),
    SDK_N_("appending to a non-sequence"),
    SDK_N_("inserting in a non-convertible-to-map"),
};

}  // namespace

std::string yaml_cpp_message(std::string_view message) {
  for (const std::string_view known : kYamlCppMessages) {
    // "bad YAML version: " and the like are followed by what yaml-cpp found;
    // "operator[] call on a scalar (key: \"x\")" by the key.
    const bool followed = message.size() > known.size() && (known.ends_with(": ") || message[known.size()] == ' ');
    if (message == known || (followed && message.starts_with(known)))
      return std::string(sdk_tr(known)) + std::string(message.substr(known.size()));
  }
  return std::string(message);
}

}  // namespace jxaudit::sdk_messages
