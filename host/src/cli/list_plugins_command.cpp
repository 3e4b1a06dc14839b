// jxaudit list-plugins: every plugin found, with version, file and API
// version; refused files with the reason.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/columns.hpp"
#include "cli/commands.hpp"
#include "i18n/tr.hpp"
#include "cli/host_flags.hpp"
#include "output_file.hpp"

namespace jxaudit::cli {
namespace {

std::string row(std::string_view id, std::string_view version, std::string_view api, std::string_view state,
                std::string_view file) {
  return fmt::format("{} {} {} {} {}\n", pad(id, 20), pad(version, 10), pad(api, 4), pad(state, 8), file);
}

int run_list_plugins(const HostFlags& flags) {
  using i18n::tr;
  setup_logging(flags);
  auto session = open_session(flags);
  std::string out = row(tr("ID"), tr("VERSION"), tr("API"), tr("STATE"), tr("FILE"));
  for (const auto& a : session->active) {
    const char* state = !a.enabled ? N_("disabled") : a.runs() ? N_("enabled") : N_("no-rules");
    out += row(a.plugin->id, a.plugin->version, std::to_string(a.plugin->api_version), tr(state), a.plugin->file);
  }
  for (const auto& e : session->registry.ignored())
    out += row("-", "-", "-", tr("ignored"), e.file) + "  " + e.message + "\n";
  for (const auto& e : session->registry.errors())
    out += row("-", "-", "-", tr("refused"), e.file) + "  " + e.message + "\n";
  const std::string error = reports::write_stdout(out);
  const bool problems = log_problems(*session) > 0;
  if (!error.empty()) spdlog::error("{}", error);  // a listing that did not reach stdout is a failure
  return problems || !error.empty() ? kExitUsage : kExitClean;
}

}  // namespace

void add_list_plugins_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<HostFlags>();
  CLI::App* cmd = app.add_subcommand("list-plugins", std::string(i18n::tr("list the plugins found (id, version, API version, file)")));
  add_host_flags(*cmd, *flags);
  cmd->callback([flags, &registry] { registry.exit_code = run_list_plugins(*flags); });
}

}  // namespace jxaudit::cli
