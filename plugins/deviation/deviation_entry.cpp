// The plugin's only export: the deviation check, through the SDK's macro.
#include "deviation_plugin.hpp"
#include "jxaudit/plugin.hpp"

JXAUDIT_PLUGIN(jxaudit::deviation::DeviationCheck)
