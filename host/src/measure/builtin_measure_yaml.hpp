// The text of config/measure.yaml as of the build (generated source).
#pragma once

#include <string_view>

namespace jxaudit::measure {

std::string_view builtin_measure_yaml();

}  // namespace jxaudit::measure
