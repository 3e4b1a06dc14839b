// jxaudit list-rules: every rule with its default and effective severity and summary.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "cli/host_flags.hpp"
#include "cli/rule_listing.hpp"
#include "output_file.hpp"

namespace jxaudit::cli {
namespace {

struct ListRulesFlags {
  HostFlags host;
  std::string lang;  // "": JXAUDIT_LANG, the config, zh-CN (choose_language)
};

std::string row(const std::string& id, Severity def, const std::string& effective, const std::string& summary) {
  return fmt::format("{:<40} {:<8} {:<8} {}\n", id, to_string(def), effective, summary);
}

int run_list_rules(const ListRulesFlags& flags) {
  setup_logging(flags.host);
  auto session = open_session(flags.host);
  const bool en = choose_language(flags.lang, session->config.language) == "en";
  std::string out = fmt::format("{:<40} {:<8} {:<8} {}\n", "RULE", "DEFAULT", "EFFECT", "SUMMARY");
  for (const ListedRule& r : every_rule(*session))
    out += row(r.full_id, r.info.severity, r.effective, en ? r.info.summary : r.info.summary_zh);
  const std::string error = reports::write_stdout(out);
  const bool problems = log_problems(*session) > 0;
  if (!error.empty()) spdlog::error("{}", error);  // a listing that did not reach stdout is a failure
  return problems || !error.empty() ? kExitUsage : kExitClean;
}

}  // namespace

void add_list_rules_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<ListRulesFlags>();
  CLI::App* cmd = app.add_subcommand("list-rules", "list every rule with default severity and summary");
  add_host_flags(*cmd, flags->host);
  cmd->add_option("--lang", flags->lang, "language of the summaries: zh-CN|en")->check(CLI::IsMember({"zh-CN", "en"}));
  cmd->callback([flags, &registry] { registry.exit_code = run_list_rules(*flags); });
}

}  // namespace jxaudit::cli
