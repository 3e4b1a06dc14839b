// jxaudit check [PATHS]: parse, run every enabled check, write the reports.
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "cli/config_dump.hpp"
#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "cli/exit_status.hpp"
#include "cli/host_flags.hpp"
#include "config/did_you_mean.hpp"
#include "engine/engine.hpp"
#include "engine/rules_run.hpp"
#include "output_file.hpp"
#include "report_writer.hpp"

namespace fs = std::filesystem;

namespace jxaudit::cli {
namespace {

struct CheckFlags {
  HostFlags host;
  RunFlags run;
  std::vector<std::string> paths;
  int max_warnings = -1;  // -1: no limit
  bool allow_empty = false;
  bool allow_no_checks = false;
  bool timestamp = false;  // --timestamp: reports that have a place for it say when and where
};

// When and where the run happened, for --timestamp: UTC without a zone
// ("2026-01-31T08:00:00", the form the JUnit schema takes) and the host name
// ("localhost" when it cannot be read, as that schema asks).
void stamp(reports::WriteOptions& options) {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  ::gmtime_r(&now, &utc);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &utc);
  options.timestamp = when;
  char host[256] = {};
  options.hostname = ::gethostname(host, sizeof host - 1) == 0 && host[0] != '\0' ? host : "localhost";
}

// The input file `path` is, by identity (device and inode: `./a.txt`, `a.txt`,
// a symlink or a hard link to it all match), or "" when it is none of them.
std::string same_file_as_input(const std::string& path, const report_model::Report& report) {
  struct stat target {};
  if (::stat(path.c_str(), &target) != 0) return {};  // does not exist yet: cannot be an input
  for (const auto& in : report.inputs) {
    struct stat st {};
    if (::stat(in.path.c_str(), &st) == 0 && st.st_dev == target.st_dev && st.st_ino == target.st_ino)
      return in.path;
  }
  return {};
}

struct ReportTarget {
  std::unique_ptr<reports::ReportWriter> writer;
  std::string path;  // "" for stdout
};

// The writers of the run, made before it so those that show table rows
// see each table as it is checked; "" on success, else the reason (exit 2).
std::string make_targets(const std::vector<std::string>& formats, const std::string& output,
                         std::vector<ReportTarget>& targets) {
  const bool to_stdout = output.empty() || output == "-";
  std::error_code ec;
  const bool to_dir = !to_stdout && (output.back() == '/' || fs::is_directory(output, ec));
  if (to_stdout && formats.size() > 1) return std::string(i18n::tr("several formats need --output DIR (a directory), not stdout"));
  if (!to_dir && formats.size() > 1)
    return fmt::format(i18n::tr_fmt("several formats need --output DIR (a directory), not '{}'"), output);
  for (const auto& format : formats) {
    ReportTarget t{reports::make_writer(format), {}};
    if (!to_stdout)
      t.path = to_dir ? (fs::path(output) / ("jxaudit-report." + t.writer->extension())).string() : output;
    targets.push_back(std::move(t));
  }
  return {};
}

// Writes every report; "" on success, else the reason (exit 2). Every path is
// checked against the inputs before anything is written.
std::string write_reports(const report_model::Report& report, const std::vector<ReportTarget>& targets,
                          const std::string& output, const reports::WriteOptions& common) {
  const bool to_stdout = output.empty() || output == "-";
  std::error_code ec;
  const bool to_dir = !to_stdout && (output.back() == '/' || fs::is_directory(output, ec));
  for (const ReportTarget& t : targets) {
    if (t.path.empty()) continue;
    if (std::string input = same_file_as_input(t.path, report); !input.empty())
      return fmt::format(i18n::tr_fmt("refusing to write the report to {}: it is the input file {} (choose another --output)"),
                         t.path, input);
  }
  if (to_dir) {
    fs::create_directories(output, ec);
    if (ec) return fmt::format(i18n::tr_fmt("cannot create {}: {}"), output, i18n::system_error_text(ec.value()));
  }
  // Every file is written beside its target first and all are renamed at the
  // end: a failure while writing one leaves the previous run's reports whole.
  std::vector<reports::StagedOutput> staged(targets.size());
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const ReportTarget& t = targets[i];
    reports::WriteOptions options = common;
    options.colour = to_stdout && t.writer->format() == "text" && ::isatty(STDOUT_FILENO) != 0 &&
                     std::getenv("NO_COLOR") == nullptr;
    const std::string bytes = t.writer->write(report, options);
    if (to_stdout) {
      if (std::string error = reports::write_stdout(bytes); !error.empty()) return error;
      continue;
    }
    if (std::string error = reports::stage_output(t.path, bytes, staged[i]); !error.empty()) return error;
  }
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (to_stdout) break;
    if (std::string error = staged[i].commit(); !error.empty()) return error;
    spdlog::info(i18n::tr_fmt("wrote {}"), targets[i].path);
  }
  return {};
}

int run_check(CheckFlags& flags) {
  setup_logging(flags.host);
  auto session = open_session(flags.host);
  if (log_problems(*session) > 0) return kExitUsage;
  // The flags override the config as dump-config shows it (one place decides).
  if (std::string error = apply_run_flags(flags.run, session->config); !error.empty()) {
    spdlog::error("{}", error);
    return kExitUsage;
  }
  const config::HostConfig& cfg = session->config;

  const std::vector<std::string>& formats = cfg.formats;
  ExitPolicy exit_policy{.fail_on = cfg.fail_on, .allow_empty = flags.allow_empty};
  if (flags.max_warnings >= 0) exit_policy.max_warnings = static_cast<std::size_t>(flags.max_warnings);
  const std::string language = choose_language(flags.host.lang, configured_language(cfg));
  const std::string& output = cfg.output;
  const int jobs = cfg.jobs;

  if ((output.empty() || output == "-") && formats.size() > 1) {
    spdlog::error(i18n::tr_fmt("--format {}: several formats need --output DIR/ (stdout takes one)"), fmt::join(formats, ","));
    return kExitUsage;
  }
  if (flags.paths.empty()) {
    spdlog::error(i18n::tr_fmt("no input: give files or directories to check"));
    return kExitUsage;
  }
  // A selection that matches nothing (`--checks '-*,arithmetc.*'`) would
  // check nothing and exit 0: refused unless asked for.
  if (engine::rules_run(*session).empty() && !flags.allow_no_checks) {
    spdlog::error(i18n::tr_fmt("no rule selected: --checks / `checks:` / the plugins' `rules:` turn every rule off "
                  "(jxaudit list-rules shows each rule's effect; --allow-no-checks runs anyway)"));
    return kExitUsage;
  }
  std::vector<ConfigError> errors;
  engine::ParseFn parse = engine::make_parser(cfg.vocabulary, cfg.templates, errors, cfg.limits.yaml());
  for (const auto& e : errors) spdlog::error("{}", e.to_string());
  if (!parse) return kExitUsage;

  engine::RunInputs run;
  run.paths = flags.paths;
  run.selection.include = cfg.include;
  run.selection.exclude = cfg.exclude;
  run.jobs = jobs;
  run.limits = cfg.limits;
  std::vector<ReportTarget> targets;
  if (std::string error = make_targets(formats, output, targets); !error.empty()) {
    spdlog::error("{}", error);
    return kExitUsage;
  }
  reports::WriteOptions options;
  options.language = language;
  if (flags.timestamp) stamp(options);
  auto show_table = [&](const report_model::TableView& view) {
    for (ReportTarget& t : targets)
      if (t.writer->wants_tables()) t.writer->table(view, options);
  };
  // The hash is of the configuration dump-config prints, --plugin-path and
  // --checks folded in (so a run from flags and one from its dump agree);
  // the session itself keeps the config as it was.
  const config::HostConfig as_loaded = session->config;
  fold_command_line(*session, flags.host.plugin_paths);
  const std::string config_sha256 = effective_config_sha256(*session);
  session->config = as_loaded;
  report_model::Report report = engine::run_checks(*session, run, parse, show_table);
  report.config_sha256 = config_sha256;

  // The exit code is decided before writing, so a report that records it (SARIF) says the truth.
  const ExitStatus status = exit_status(report, exit_policy);
  options.exit_code = status.code;
  if (std::string error = write_reports(report, targets, output, options); !error.empty()) {
    spdlog::error("{}", error);
    return kExitUsage;
  }
  if (status.code == kExitUsage) spdlog::error("{}", status.reason);
  else if (status.code != kExitClean) spdlog::info(i18n::tr_fmt("exit {}: {}"), status.code, status.reason);
  return status.code;
}

}  // namespace

void add_check_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand("check", std::string(i18n::tr("check tables and write the audit report")));
  cmd->add_option("paths", flags->paths, std::string(i18n::tr("input files and directories (searched recursively)")));
  add_host_flags(*cmd, flags->host);
  add_run_flags(*cmd, flags->run);
  cmd->add_option("--max-warnings", flags->max_warnings, std::string(i18n::tr("exit 1 when there are more than N warnings")))
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--allow-empty", flags->allow_empty, std::string(i18n::tr("exit 0, not 2, when no input file is found")));
  cmd->add_flag("--allow-no-checks", flags->allow_no_checks, std::string(i18n::tr("run even when the selection turns every rule off")));
  cmd->add_flag("--timestamp", flags->timestamp,
                std::string(i18n::tr("record the run's time (UTC) and host name in the report (JUnit); "
                                     "without it the output is the same run to run")));
  cmd->callback([flags, &registry] {
    flags->run.lang = flags->host.lang;  // --lang is a host flag; apply_run_flags records it as a setting
    registry.exit_code = run_check(*flags);
  });
}

}  // namespace jxaudit::cli
