// jxaudit SDK — the one macro a plugin needs to export its check.
//
//   #include <jxaudit/plugin.hpp>
//   class MyCheck : public jxaudit::Check { ... };
//   JXAUDIT_PLUGIN(MyCheck)
//
// It exports, through Boost.DLL aliases in the "boostdll" section (so the host
// can list them without running plugin code):
//   jxaudit_api_version   -> int()                          the SDK version it was built with
//   jxaudit_create_check  -> std::unique_ptr<Check>()      a new, unconfigured check
// Include it in exactly one source file of the plugin.
#pragma once

#include <memory>

#include <boost/dll/alias.hpp>

#include "jxaudit/check.hpp"

#define JXAUDIT_PLUGIN(CheckClass)                                          \
  namespace jxaudit_plugin_entry {                                          \
  int api_version() { return JXAUDIT_API_VERSION; }                         \
  std::unique_ptr<::jxaudit::Check> create_check() {                        \
    return std::make_unique<CheckClass>();                                  \
  }                                                                         \
  }                                                                         \
  BOOST_DLL_ALIAS(jxaudit_plugin_entry::api_version, jxaudit_api_version)   \
  BOOST_DLL_ALIAS(jxaudit_plugin_entry::create_check, jxaudit_create_check)
