#include "cli/host_flags.hpp"

#include <cstdlib>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/cli_language.hpp"
#include "cli/log_level_word.hpp"
#include "i18n/tr.hpp"
#include "jxaudit/catalog.hpp"
#include "config/did_you_mean.hpp"
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

std::string language_from_environment() {
  if (const char* env = std::getenv("JXAUDIT_LANG"); env != nullptr && *env != '\0') {
    if (std::string tag = language_tag(env); !tag.empty()) return tag;
    // Asked for more than once a run (the settings, then the language): said once.
    static bool warned = false;
    if (!warned) spdlog::warn(i18n::tr_fmt("JXAUDIT_LANG={}: not zh-CN or en, ignored"), env);
    warned = true;
  }
  return {};
}

namespace {

std::string language_from_locale() {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value == nullptr || *value == '\0') continue;
    if (std::string tag = language_tag(value); !tag.empty()) return tag;
  }
  return {};
}

}  // namespace

std::string configured_language(const config::HostConfig& config) {
  return config.origins.count("report.language") > 0 ? config.language : std::string();
}

std::string choose_language(const std::string& flag, const std::string& configured) {
  std::string chosen = flag;
  if (chosen.empty()) chosen = language_from_environment();
  if (chosen.empty()) chosen = configured;
  if (chosen.empty()) chosen = language_from_locale();
  if (chosen.empty()) chosen = "zh-CN";
  set_user_language(i18n::language_of(chosen));
  return chosen;
}

void add_run_flags(CLI::App& command, RunFlags& flags) {
  // The list is the registry's, so a new writer shows up here by itself.
  command.add_option("--format", flags.formats,
                     fmt::format(i18n::tr_fmt("report formats, comma-separated: {}"), fmt::join(reports::format_names(), ",")))
      ->delimiter(',')
      ->allow_extra_args(false);  // one value per --format: a path after it stays a path
  command.add_option("--output", flags.output, std::string(tr("FILE, DIR (ends with / or exists) or - for stdout")));
  command.add_option("--fail-on", flags.fail_on, std::string(tr("exit 1 when a finding is at or above: error|warning|info|never")))
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  // --lang is a host flag (every command speaks a language); apply_run_flags
  // takes it as RunFlags::lang, which the command copies from HostFlags.
  command.add_option("--jobs,-j", flags.jobs, std::string(tr("threads (output is the same for any number)")))
      ->check(CLI::PositiveNumber);
}

std::string apply_run_flags(const RunFlags& flags, config::HostConfig& config) {
  for (const auto& f : flags.formats)
    if (!reports::make_writer(f))
      return fmt::format(i18n::tr_fmt("--format: unknown report format '{}'{}"), f,
                         config::did_you_mean(f, reports::format_names()));
  auto set_by = [&config](const std::string& key, const std::string& flag) {
    config.origins[key] = config::SettingOrigin::flag(flag);
  };
  if (!flags.formats.empty()) {
    config.formats = flags.formats;
    set_by("report.formats", "--format");
  }
  if (!flags.output.empty()) {
    config.output = flags.output;
    set_by("report.output", "--output");
  }
  if (!flags.fail_on.empty()) {
    config.fail_on = *config::fail_on_from_string(flags.fail_on);
    set_by("report.fail-on", "--fail-on");
  }
  if (!flags.lang.empty()) {
    config.language = flags.lang;
    set_by("report.language", "--lang");
  } else if (std::string env = language_from_environment(); !env.empty()) {
    config.language = env;
    config.origins["report.language"] = config::SettingOrigin::env("JXAUDIT_LANG");
  }
  if (flags.jobs > 0) {
    config.jobs = flags.jobs;
    set_by("jobs", "--jobs");
  }
  return {};
}

void setup_logging(const HostFlags& flags) {
  // A fresh logger each time: commands may be run more than once in one process (tests).
  auto logger = std::make_shared<spdlog::logger>("jxaudit", std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
  auto formatter = std::make_unique<spdlog::pattern_formatter>();
  formatter->add_flag<LogLevelWord>('*').set_pattern("jxaudit: %^%*%$: %v");
  logger->set_formatter(std::move(formatter));
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
  choose_language(flags.lang, configured_language(session->config));
  return session;
}

std::size_t log_problems(const engine::Session& session) {
  auto problems = session.problems();
  for (const auto& p : problems) spdlog::error("{}", p);
  return problems.size();
}

}  // namespace jxaudit::cli
