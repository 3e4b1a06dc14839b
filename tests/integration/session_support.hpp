// A Session over test plugins only: a scratch jxaudit.yaml selecting every
// rule, the given plugin directories (tests/integration/plugins/<name>) and no
// JXAUDIT_PLUGIN_PATH, for tests that drive the engine without the CLI.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/session.hpp"
#include "run_support.hpp"

namespace jxaudit::testing {

inline std::unique_ptr<engine::Session> session_with(const std::vector<std::string>& dirs, Scratch& scratch) {
  spit(scratch / "jxaudit.yaml", "checks: '*'\n");
  engine::SessionOptions o;
  o.config_file = (scratch / "jxaudit.yaml").string();
  for (const auto& d : dirs) o.plugin_paths.push_back(plugin_dir(d));
  o.use_environment = false;
  return engine::open_session(o);
}

}  // namespace jxaudit::testing
