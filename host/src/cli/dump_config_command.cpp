// jxaudit dump-config: the effective configuration as a jxaudit.yaml that
// loads back as it is (cli/config_dump.hpp), or with --explain-config where
// each setting came from. It takes check's flags that change settings
// (--checks, --plugin-path, --format, --output, --fail-on, --lang, --jobs), so
// it shows the configuration `jxaudit check` would run with those flags.
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "i18n/tr.hpp"
#include "cli/config_dump.hpp"
#include "cli/host_flags.hpp"
#include "output_file.hpp"

namespace jxaudit::cli {
namespace {

struct DumpConfigFlags {
  HostFlags host;
  RunFlags run;
  bool explain = false;
};

int run_dump_config(const DumpConfigFlags& flags) {
  setup_logging(flags.host);
  auto session = open_session(flags.host);
  if (std::string error = apply_run_flags(flags.run, session->config); !error.empty()) {
    spdlog::error("{}", error);
    return kExitUsage;
  }
  fold_command_line(*session, flags.host.plugin_paths);
  const std::string text = flags.explain ? explain_config(*session) : dump_config_yaml(*session);
  const std::string error = reports::write_stdout(text);
  const bool problems = log_problems(*session) > 0;
  if (!error.empty()) spdlog::error("{}", error);  // a configuration that did not reach stdout is a failure
  return problems || !error.empty() ? kExitUsage : kExitClean;
}

}  // namespace

void add_dump_config_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<DumpConfigFlags>();
  CLI::App* cmd = app.add_subcommand("dump-config", std::string(i18n::tr("print the effective configuration as YAML (it loads back as --config)")));
  add_host_flags(*cmd, flags->host);
  add_run_flags(*cmd, flags->run);
  cmd->add_flag("--explain-config", flags->explain,
                std::string(i18n::tr("print each effective setting with where it came from: default, file:line, environment or command line")));
  cmd->callback([flags, &registry] {
    flags->run.lang = flags->host.lang;  // --lang is a host flag; the dump records it as a setting
    registry.exit_code = run_dump_config(*flags);
  });
}

}  // namespace jxaudit::cli
