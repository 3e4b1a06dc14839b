// jxaudit SDK — the one macro a plugin needs to export its check.
//
//   #include <jxaudit/plugin.hpp>
//   class MyCheck : public jxaudit::DeclaredCheck<MyCheck> {
//    public:
//     static jxaudit::PluginManifest manifest();  // id, version, its RuleSpecs
//     ...
//   };
//   JXAUDIT_PLUGIN(MyCheck)
//
// It exports, through Boost.DLL aliases in the "boostdll" section (so the host
// can list them without running plugin code):
//   jxaudit_api_version   -> int()                          the SDK version it was built with
//   jxaudit_manifest      -> const PluginManifest&()        id, version and rules, before any Check exists
//   jxaudit_create_check  -> std::unique_ptr<Check>()      a new, unconfigured check
// The host calls jxaudit_api_version first and nothing else when it differs.
// Include it in exactly one source file of the plugin.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/dll/alias.hpp>

#include "jxaudit/check.hpp"

namespace jxaudit {

// Where a rule is declared: its RuleSpec and the source file that holds it,
// relative to the plugin project's source root ("plugins/arithmetic/total_score_rule.cpp").
struct RuleSource {
  const RuleSpec* rule = nullptr;
  std::string_view file;
};

// Where a plugin's sources were when it was built, so `jxaudit explain` can
// name the README and the file of each rule. jxaudit_add_rules() (CMake)
// generates it as <ns>::kRegisteredSources; a plugin without it leaves it empty.
struct PluginSources {
  std::string_view root;            // absolute source root of the plugin's project at build time
  std::string_view folder;          // the plugin's folder under it, holding README.md: "plugins/arithmetic"
  std::span<const RuleSource> rules;  // one per rule whose file is known
};

// What a compiled plugin says about itself before a Check is created: for
// `jxaudit list-plugins`, for tools that index plugins, and so the host can
// hold a Check to what its plugin declared.
struct PluginManifest {
  std::string_view id;       // "arithmetic": the prefix of its rule ids and the name of its YAML
  std::string_view version;  // the plugin's own version, "1.0.0"
  std::string_view summary;     // one line, English
  std::string_view summary_zh;  // one line, zh-CN
  std::span<const RuleSpec* const> rules;  // every rule it declares, in its order
  // True when the rules come from the plugin's configuration (rules written
  // in YAML): `rules` then lists only the built-in ones, and Check::rules()
  // after configure() is the full list.
  bool rules_from_config = false;
  PluginSources sources;  // where its README and rule files are (explain prints them)
};

using ManifestFn = const PluginManifest&();
inline constexpr const char* kManifestSymbol = "jxaudit_manifest";

// A Check whose id, version and rules are its manifest's, so they are
// written once: derive MyCheck from DeclaredCheck<MyCheck> and give it
// `static PluginManifest manifest();`.
template <class Derived>
class DeclaredCheck : public Check {
 public:
  std::string id() const override { return std::string(Derived::manifest().id); }
  std::string version() const override { return std::string(Derived::manifest().version); }
  std::vector<RuleInfo> rules() const override { return to_rule_infos(Derived::manifest().rules); }
};

}  // namespace jxaudit

#define JXAUDIT_PLUGIN(CheckClass)                                          \
  namespace jxaudit_plugin_entry {                                          \
  int api_version() { return JXAUDIT_API_VERSION; }                         \
  const ::jxaudit::PluginManifest& manifest() {                             \
    static const ::jxaudit::PluginManifest declared = CheckClass::manifest(); \
    return declared;                                                        \
  }                                                                         \
  std::unique_ptr<::jxaudit::Check> create_check() {                        \
    return std::make_unique<CheckClass>();                                  \
  }                                                                         \
  }                                                                         \
  BOOST_DLL_ALIAS(jxaudit_plugin_entry::api_version, jxaudit_api_version)   \
  BOOST_DLL_ALIAS(jxaudit_plugin_entry::manifest, jxaudit_manifest)         \
  BOOST_DLL_ALIAS(jxaudit_plugin_entry::create_check, jxaudit_create_check)
