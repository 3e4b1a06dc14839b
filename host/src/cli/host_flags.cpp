#include "cli/host_flags.hpp"

#include <cstdlib>
#include <string_view>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/cli_language.hpp"
#include "i18n/tr.hpp"
#include "jxaudit/catalog.hpp"
#include "plugins/plugin_discovery.hpp"
#include "report_writer.hpp"

namespace jxaudit::cli {

using i18n::tr;

void add_host_flags(CLI::App& command, HostFlags& flags) {
  command.add_option("--config", flags.config,
                     std::string(tr("jxaudit.yaml to use (default: the installed or source-tree config/)")));
  // allow_extra_args(false): each flag takes one value, so a path after it stays a path.
  command.add_option("--plugin-path", flags.plugin_paths, std::string(tr("extra plugin directory (repeatable, ':'-separated)")))
      ->allow_extra_args(false);
  command.add_option("--checks", flags.checks,
                     std::string(tr("rule globs, clang-tidy style: 'arithmetic.*,-arithmetic.level1-weights'")))
      ->allow_extra_args(false);
  command.add_option("--lang", flags.lang, std::string(tr("language of what jxaudit writes: zh-CN|en")))
      ->check(CLI::IsMember({"zh-CN", "en"}));
  command.add_flag("-v,--verbose", flags.verbose, std::string(tr("more log output on stderr (-vv: debug)")));
  command.add_flag("-q,--quiet", flags.quiet, std::string(tr("log errors only")));
}

namespace {

std::string language_from_environment(const std::string& configured) {
  if (const char* env = std::getenv("JXAUDIT_LANG"); env != nullptr && *env != '\0') {
    if (std::string tag = language_tag(env); !tag.empty()) return tag;
    spdlog::warn(i18n::tr_fmt("JXAUDIT_LANG={}: not zh-CN or en, ignored"), env);
  }
  if (!configured.empty()) return configured;
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value == nullptr || *value == '\0') continue;
    if (std::string tag = language_tag(value); !tag.empty()) return tag;
  }
  return "zh-CN";
}

}  // namespace

std::string choose_language(const std::string& flag, const std::string& configured) {
  std::string chosen = flag.empty() ? language_from_environment(configured) : flag;
  set_user_language(i18n::language_of(chosen));
  return chosen;
}

void setup_logging(const HostFlags& flags) {
  // A fresh logger each time: commands may be run more than once in one process (tests).
  auto logger = std::make_shared<spdlog::logger>("jxaudit", std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
  logger->set_pattern("jxaudit: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  if (flags.quiet) spdlog::set_level(spdlog::level::err);
  else if (flags.verbose >= 2) spdlog::set_level(spdlog::level::debug);
  else if (flags.verbose == 1) spdlog::set_level(spdlog::level::info);
  else spdlog::set_level(spdlog::level::warn);
}

std::unique_ptr<engine::Session> open_session(const HostFlags& flags) {
  engine::SessionOptions options;
  options.config_file = flags.config;
  options.plugin_paths = flags.plugin_paths;
  options.checks = flags.checks;
  options.known_formats = reports::format_names();
  options.executable_dir = plugins::executable_dir();
  auto session = engine::open_session(options);
  // The config may name the language: what is said from here on follows it.
  choose_language(flags.lang, session->config.language);
  return session;
}

std::size_t log_problems(const engine::Session& session) {
  auto problems = session.problems();
  for (const auto& p : problems) spdlog::error("{}", p);
  return problems.size();
}

}  // namespace jxaudit::cli
