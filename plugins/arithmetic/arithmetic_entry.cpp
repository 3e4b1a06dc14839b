// The arithmetic plugin's only exported symbols (see jxaudit/plugin.hpp).
#include "arithmetic_plugin.hpp"
#include "jxaudit/plugin.hpp"

JXAUDIT_PLUGIN(jxaudit::arithmetic::ArithmeticCheck)
