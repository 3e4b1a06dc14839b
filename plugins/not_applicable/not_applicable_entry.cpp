// The plugin's only export: the not_applicable check, through the SDK's macro.
#include "jxaudit/plugin.hpp"
#include "not_applicable_plugin.hpp"

JXAUDIT_PLUGIN(jxaudit::not_applicable::NotApplicableCheck)
