#include "cli/host_flags.hpp"

#include <cstdlib>
#include <string_view>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "config/did_you_mean.hpp"
#include "plugins/plugin_discovery.hpp"
#include "report_writer.hpp"

namespace jxaudit::cli {

void add_host_flags(CLI::App& command, HostFlags& flags) {
  command.add_option("--config", flags.config, "jxaudit.yaml to use (default: the installed or source-tree config/)");
  // allow_extra_args(false): each flag takes one value, so a path after it stays a path.
  command.add_option("--plugin-path", flags.plugin_paths, "extra plugin directory (repeatable, ':'-separated)")
      ->allow_extra_args(false);
  command.add_option("--checks", flags.checks,
                     "rule globs, clang-tidy style: 'arithmetic.*,-arithmetic.level1-weights'")
      ->allow_extra_args(false);
  command.add_flag("-v,--verbose", flags.verbose, "more log output on stderr (-vv: debug)");
  command.add_flag("-q,--quiet", flags.quiet, "log errors only");
}

std::string language_from_environment() {
  if (const char* env = std::getenv("JXAUDIT_LANG"); env != nullptr && *env != '\0') {
    const std::string_view value(env);
    if (value.substr(0, 2) == "en") return "en";
    if (value.substr(0, 2) == "zh") return "zh-CN";
    spdlog::warn("JXAUDIT_LANG={}: not zh-CN or en, ignored", value);
  }
  return {};
}

std::string choose_language(const std::string& flag, const std::string& configured) {
  if (!flag.empty()) return flag;
  if (std::string env = language_from_environment(); !env.empty()) return env;
  return configured.empty() ? "zh-CN" : configured;
}

void add_run_flags(CLI::App& command, RunFlags& flags) {
  command.add_option("--format", flags.formats, "report formats, comma-separated: text,json")
      ->delimiter(',')
      ->allow_extra_args(false);  // one value per --format: a path after it stays a path
  command.add_option("--output", flags.output, "FILE, DIR (ends with / or exists) or - for stdout");
  command.add_option("--fail-on", flags.fail_on, "exit 1 when a finding is at or above: error|warning|info|never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  command.add_option("--lang", flags.lang, "language of the text report: zh-CN|en")
      ->check(CLI::IsMember({"zh-CN", "en"}));
  command.add_option("--jobs,-j", flags.jobs, "threads (output is the same for any number)")
      ->check(CLI::PositiveNumber);
}

std::string apply_run_flags(const RunFlags& flags, config::HostConfig& config) {
  for (const auto& f : flags.formats)
    if (!reports::make_writer(f))
      return "--format: unknown report format '" + f + "'" + config::did_you_mean(f, reports::format_names());
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
  return engine::open_session(options);
}

std::size_t log_problems(const engine::Session& session) {
  auto problems = session.problems();
  for (const auto& p : problems) spdlog::error("{}", p);
  return problems.size();
}

}  // namespace jxaudit::cli
