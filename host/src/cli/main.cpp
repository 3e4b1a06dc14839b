// jxaudit — command-line entry point. Each subcommand lives in its own file
// (cli/<name>_command.cpp) and registers itself here.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"jxaudit — audit checker for 项目支出绩效自评表 (project expenditure performance self-evaluation tables)"};
  app.require_subcommand(1);
  jxaudit::cli::CommandRegistry registry;
  // Subcommands register here, one line each.
  jxaudit::cli::add_check_command(app, registry);
  jxaudit::cli::add_list_plugins_command(app, registry);
  jxaudit::cli::add_list_rules_command(app, registry);
  jxaudit::cli::add_dump_config_command(app, registry);
  jxaudit::cli::add_explain_command(app, registry);
  jxaudit::cli::add_parse_command(app, registry);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    // Usage errors exit 2 (documented in README); --help exits 0.
    return code == 0 ? 0 : 2;
  }
  return registry.exit_code;
}
