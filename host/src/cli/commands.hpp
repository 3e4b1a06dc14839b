// The subcommands of jxaudit. Each add_*_command registers its options and a
// callback that stores its exit code in the registry.
#pragma once

#include <CLI/CLI.hpp>

namespace jxaudit::cli {

struct CommandRegistry {
  int exit_code = 0;
};

// void add_<name>_command(CLI::App& app, CommandRegistry& registry);

}  // namespace jxaudit::cli
