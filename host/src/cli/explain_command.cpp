// jxaudit explain RULE: what a rule checks, its severities and documentation.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "cli/host_flags.hpp"
#include "cli/rule_listing.hpp"
#include "config/did_you_mean.hpp"
#include "output_file.hpp"

namespace jxaudit::cli {
namespace {

struct ExplainFlags {
  HostFlags host;
  std::string rule;
};

std::string explain(const std::string& full_id, const RuleInfo& r, const std::string& effective,
                    const std::string& plugin_line) {
  std::string out = fmt::format("{}\n", full_id);
  out += plugin_line;
  out += fmt::format("  default severity:   {}\n", to_string(r.severity));
  out += fmt::format("  effective severity: {}\n", effective);
  out += fmt::format("  summary:   {}\n", r.summary);
  out += fmt::format("  摘要:      {}\n", r.summary_zh);
  if (!r.options.empty()) out += fmt::format("  options:   {}\n", fmt::join(r.options, ", "));
  if (!r.suppressed_by.empty())
    out += fmt::format("  not reported on a row that {} reported\n", fmt::join(r.suppressed_by, " or "));
  out += fmt::format("\n{}\n", r.doc.empty() ? "(no documentation)" : r.doc);
  if (!r.messages.empty()) {
    out += "\nmessages:\n";
    for (const auto& m : r.messages) out += fmt::format("  {}\n    zh: {}\n    en: {}\n", m.id, m.zh, m.en);
  }
  return out;
}

// Prints an explanation; false (logged) when stdout cannot take it.
bool print(const std::string& text) {
  if (std::string error = reports::write_stdout(text); !error.empty()) {
    spdlog::error("{}", error);
    return false;
  }
  return true;
}

int run_explain(const ExplainFlags& flags) {
  setup_logging(flags.host);
  auto session = open_session(flags.host);
  std::vector<std::string> known;
  for (const ListedRule& r : every_rule(*session)) {
    if (r.full_id == flags.rule) {
      const bool printed = print(explain(r.full_id, r.info, r.effective, r.origin));
      return log_problems(*session) > 0 || !printed ? kExitUsage : kExitClean;
    }
    known.push_back(r.full_id);
  }
  log_problems(*session);
  spdlog::error("unknown rule '{}'{}", flags.rule, config::did_you_mean(flags.rule, known));
  return kExitUsage;
}

}  // namespace

void add_explain_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd = app.add_subcommand("explain", "explain a rule: what it checks and how to fix it");
  cmd->add_option("rule", flags->rule, "full rule id, e.g. arithmetic.total-score")->required();
  add_host_flags(*cmd, flags->host);
  cmd->callback([flags, &registry] { registry.exit_code = run_explain(*flags); });
}

}  // namespace jxaudit::cli
