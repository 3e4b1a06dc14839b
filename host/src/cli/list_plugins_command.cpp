// jxaudit list-plugins: every plugin found, with version, file and API
// version; refused files with the reason.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "cli/host_flags.hpp"
#include "output_file.hpp"

namespace jxaudit::cli {
namespace {

int run_list_plugins(const HostFlags& flags) {
  setup_logging(flags);
  auto session = open_session(flags);
  std::string out = fmt::format("{:<20} {:<10} {:<4} {:<8} {}\n", "ID", "VERSION", "API", "STATE", "FILE");
  for (const auto& a : session->active) {
    const char* state = !a.enabled ? "disabled" : a.runs() ? "enabled" : "no-rules";
    out += fmt::format("{:<20} {:<10} {:<4} {:<8} {}\n", a.plugin->id, a.plugin->version, a.plugin->api_version,
                       state, a.plugin->file);
  }
  for (const auto& e : session->registry.ignored())
    out += fmt::format("{:<20} {:<10} {:<4} {:<8} {}\n  {}\n", "-", "-", "-", "ignored", e.file, e.message);
  for (const auto& e : session->registry.errors())
    out += fmt::format("{:<20} {:<10} {:<4} {:<8} {}\n  {}\n", "-", "-", "-", "refused", e.file, e.message);
  const std::string error = reports::write_stdout(out);
  const bool problems = log_problems(*session) > 0;
  if (!error.empty()) spdlog::error("{}", error);  // a listing that did not reach stdout is a failure
  return problems || !error.empty() ? kExitUsage : kExitClean;
}

}  // namespace

void add_list_plugins_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<HostFlags>();
  CLI::App* cmd = app.add_subcommand("list-plugins", "list the plugins found (id, version, API version, file)");
  add_host_flags(*cmd, *flags);
  cmd->callback([flags, &registry] { registry.exit_code = run_list_plugins(*flags); });
}

}  // namespace jxaudit::cli
