// jxaudit SDK — version numbers.
//
// JXAUDIT_API_VERSION changes whenever a plugin built against an older SDK
// could misbehave with this host (a changed class layout, virtual table or
// exported signature). The host reads a plugin's API version before it calls
// anything else in the plugin and refuses a mismatch.
#pragma once

#define JXAUDIT_API_VERSION 1

namespace jxaudit {
inline constexpr int kApiVersion = JXAUDIT_API_VERSION;
inline constexpr const char* kToolName = "jxaudit";
inline constexpr const char* kToolVersion = "0.1.0";
}  // namespace jxaudit
