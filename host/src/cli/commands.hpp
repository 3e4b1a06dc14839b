// The subcommands of jxaudit. Each add_*_command registers its options and a
// callback that stores its exit code in the registry.
#pragma once

#include <CLI/CLI.hpp>

namespace jxaudit::cli {

struct CommandRegistry {
  int exit_code = 0;
};

// Exit codes (README): nothing at or above --fail-on; findings at or above it;
// usage, configuration or plugin-load error.
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;

// void add_<name>_command(CLI::App& app, CommandRegistry& registry);
void add_check_command(CLI::App& app, CommandRegistry& registry);
void add_list_plugins_command(CLI::App& app, CommandRegistry& registry);
void add_list_rules_command(CLI::App& app, CommandRegistry& registry);
void add_dump_config_command(CLI::App& app, CommandRegistry& registry);
void add_explain_command(CLI::App& app, CommandRegistry& registry);
void add_parse_command(CLI::App& app, CommandRegistry& registry);
void add_version_command(CLI::App& app, CommandRegistry& registry);

}  // namespace jxaudit::cli
