// The plugin's entry points: exactly one JXAUDIT_PLUGIN per plugin.
#include <jxaudit/plugin.hpp>

#include "completeness_check.hpp"

JXAUDIT_PLUGIN(completeness::CompletenessCheck)
