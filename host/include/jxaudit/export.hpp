// jxaudit SDK — symbol visibility for the SDK library (libjxaudit_sdk.so).
#pragma once

#if defined(JXAUDIT_SDK_BUILDING)
#define JXAUDIT_SDK_API __attribute__((visibility("default")))
#else
#define JXAUDIT_SDK_API __attribute__((visibility("default")))
#endif
