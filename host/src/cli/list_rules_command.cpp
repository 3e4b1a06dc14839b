// jxaudit list-rules: every rule with its default and effective severity and summary.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/columns.hpp"
#include "cli/commands.hpp"
#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "jxaudit/catalog.hpp"
#include "cli/host_flags.hpp"
#include "cli/rule_listing.hpp"
#include "output_file.hpp"

namespace jxaudit::cli {
namespace {

struct ListRulesFlags {
  HostFlags host;
};

std::string row(std::string_view id, std::string_view def, std::string_view effective, std::string_view summary) {
  return fmt::format("{} {} {} {}\n", pad(id, 40), pad(def, 8), pad(effective, 8), summary);
}

int run_list_rules(const ListRulesFlags& flags) {
  setup_logging(flags.host);
  auto session = open_session(flags.host);
  const MessageLanguage language = user_language();  // open_session chose it
  const bool en = language == MessageLanguage::en;
  std::string out = row(i18n::tr("RULE"), i18n::tr("DEFAULT"), i18n::tr("EFFECT"), i18n::tr("SUMMARY"));
  for (const ListedRule& r : every_rule(*session))
    out += row(r.full_id, i18n::severity_word(r.info.severity, language), i18n::effect_word(r.effective, language),
               en ? r.info.summary : r.info.summary_zh);
  const std::string error = reports::write_stdout(out);
  const bool problems = log_problems(*session) > 0;
  if (!error.empty()) spdlog::error("{}", error);  // a listing that did not reach stdout is a failure
  return problems || !error.empty() ? kExitUsage : kExitClean;
}

}  // namespace

void add_list_rules_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<ListRulesFlags>();
  CLI::App* cmd = app.add_subcommand("list-rules", std::string(i18n::tr("list every rule with default severity and summary")));
  add_host_flags(*cmd, flags->host);
  cmd->callback([flags, &registry] { registry.exit_code = run_list_rules(*flags); });
}

}  // namespace jxaudit::cli
