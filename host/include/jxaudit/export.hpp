// jxaudit SDK — what libjxaudit_sdk.so exports.
//
// The SDK is built with hidden visibility (CXX_VISIBILITY_PRESET hidden,
// VISIBILITY_INLINES_HIDDEN in host/CMakeLists.txt): a symbol leaves the
// library only when a public header marks it with JXAUDIT_SDK_API. What the
// headers of host/include/jxaudit/ declare is the API; the helpers behind it
// (host/src/sdk, host/src/measure, yaml_guard) stay inside, so a plugin cannot
// come to depend on them and they can change without an API bump. The ctest
// `sdk_exports` holds the exported symbols to tests/sdk/exported_symbols.txt.
//
// Mark, in a public header:
//   - a function the SDK defines out of line:       JXAUDIT_SDK_API std::string f();
//   - a class with out-of-line members, or whose vtable and typeinfo must be one
//     across the boundary (thrown, caught, derived from, dynamic_cast):
//                                                   class JXAUDIT_SDK_API Options { … };
//   - a class defined inline in the headers whose typeinfo crosses the boundary
//     (an interface the host calls through, such as Check):
//                                                   class JXAUDIT_SDK_VISIBLE Check { … };
// Plain structs (the model, Finding, RuleSpec …) need no mark: they have no
// code in the library and no typeinfo anyone compares.
//
// JXAUDIT_SDK_BUILDING is defined only while the SDK itself is compiled
// (host/CMakeLists.txt, PRIVATE). On ELF exporting and importing are the same
// attribute — default visibility — and it matters on the importing side too:
// a plugin is compiled with hidden visibility, and an undefined reference to
// a hidden symbol cannot bind to the SDK. On Windows the two differ.
#pragma once

#if defined(_WIN32)
#if defined(JXAUDIT_SDK_BUILDING)
#define JXAUDIT_SDK_API __declspec(dllexport)
#else
#define JXAUDIT_SDK_API __declspec(dllimport)
#endif
#define JXAUDIT_SDK_VISIBLE
#else
#if defined(JXAUDIT_SDK_BUILDING)
#define JXAUDIT_SDK_API __attribute__((visibility("default")))  // export
#else
#define JXAUDIT_SDK_API __attribute__((visibility("default")))  // import: see above
#endif
#define JXAUDIT_SDK_VISIBLE __attribute__((visibility("default")))
#endif
