// Flags every host subcommand shares (--config, --plugin-path, --checks,
// -v/-q) and how they become a Session. Logging goes to stderr only, so it
// never mixes with a report written to stdout.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "engine/session.hpp"

namespace jxaudit::cli {

struct HostFlags {
  std::string config;
  std::vector<std::string> plugin_paths;
  std::vector<std::string> checks;
  std::string lang;  // "": JXAUDIT_LANG, the config, the locale, zh-CN (choose_language)
  int verbose = 0;
  bool quiet = false;
};

void add_host_flags(CLI::App& command, HostFlags& flags);

// Flags that override the config's report settings and jobs: check runs
// with them, dump-config shows (and explains) the configuration they make.
struct RunFlags {
  std::vector<std::string> formats;
  std::string output;
  std::string fail_on;
  std::string lang;
  int jobs = 0;  // 0: the config's
};

void add_run_flags(CLI::App& command, RunFlags& flags);

// Applies `flags` (and JXAUDIT_LANG) to `config`, recording each flag as the
// setting's origin. "" on success, else the message (an unknown --format).
std::string apply_run_flags(const RunFlags& flags, config::HostConfig& config);

// spdlog to stderr: warnings by default, -v info, -vv debug, -q errors only.
void setup_logging(const HostFlags& flags);

// Opens the session and logs every problem (one line each). nullptr-free:
// callers check session->ok().
std::unique_ptr<engine::Session> open_session(const HostFlags& flags);

// The language of what a user reads, "zh-CN" or "en": --lang, else
// JXAUDIT_LANG ("en", "en_US.UTF-8", "zh-CN", "zh_CN" …; anything else is
// warned about and ignored), else the config's `report: language:`, else the
// locale (LC_ALL, LC_MESSAGES, LANG: zh* or en*), else zh-CN. Also makes it
// the process's user_language(), so later messages follow it.
std::string choose_language(const std::string& flag, const std::string& configured);

// The config's `report: language:` when a file, the environment or a flag
// set it; "" when it is the built-in default (the locale comes before that).
std::string configured_language(const config::HostConfig& config);

// JXAUDIT_LANG as "zh-CN" or "en"; "" when unset or not a language (warned about once).
std::string language_from_environment();

// Logs the session's problems; returns how many there were.
std::size_t log_problems(const engine::Session& session);

}  // namespace jxaudit::cli
