// The target_actual plugin's only exported symbols (see jxaudit/plugin.hpp).
#include "jxaudit/plugin.hpp"
#include "target_actual_plugin.hpp"

JXAUDIT_PLUGIN(jxaudit::target_actual::TargetActualCheck)
