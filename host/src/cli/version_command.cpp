// jxaudit version / jxaudit --version: the tool, the plugin API it loads, the
// report schema it writes, and every plugin found with its own version — what
// a bug report or a nightly log needs to say which code checked the tables.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "i18n/tr.hpp"
#include "cli/host_flags.hpp"
#include "jxaudit/version.hpp"
#include "output_file.hpp"
#include "report_model/report.hpp"

namespace jxaudit::cli {
namespace {

std::string version_text(const engine::Session& session) {
  std::string out = fmt::format(i18n::tr_fmt("{} {}\nplugin API {}\nreport schema {}\n"), kToolName, kToolVersion, kApiVersion,
                                report_model::kReportSchema);
  for (const auto& a : session.active)
    out += fmt::format(i18n::tr_fmt("plugin {} {} (API {}) {}\n"), a.plugin->id, a.plugin->version, a.plugin->api_version,
                       a.plugin->file);
  for (const auto& e : session.registry.errors()) out += fmt::format(i18n::tr_fmt("refused {}: {}\n"), e.file, e.message);
  return out;
}

int run_version(const HostFlags& flags) {
  setup_logging(flags);
  auto session = open_session(flags);
  const std::string error = reports::write_stdout(version_text(*session));
  if (!error.empty()) spdlog::error("{}", error);
  return log_problems(*session) > 0 || !error.empty() ? kExitUsage : kExitClean;
}

}  // namespace

void add_version_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<HostFlags>();
  CLI::App* cmd = app.add_subcommand("version", std::string(i18n::tr("print the versions of jxaudit, its plugin API and every plugin")));
  add_host_flags(*cmd, *flags);
  cmd->callback([flags, &registry] { registry.exit_code = run_version(*flags); });
  // --version is the same text for the default configuration and plugin path.
  app.set_version_flag("--version", [] {
    HostFlags defaults;
    defaults.quiet = true;
    setup_logging(defaults);
    std::string text = version_text(*open_session(defaults));
    if (!text.empty() && text.back() == '\n') text.pop_back();  // CLI11 adds the newline
    return text;
  }, std::string(i18n::tr("print the versions and exit")));
}

}  // namespace jxaudit::cli
