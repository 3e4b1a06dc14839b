// jxaudit explain RULE: what a rule checks, its severities, its documentation
// and where it is documented, declared and configured — in one language
// (--lang, else JXAUDIT_LANG, the config, the locale, zh-CN).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/columns.hpp"
#include "cli/commands.hpp"
#include "cli/host_flags.hpp"
#include "cli/rule_listing.hpp"
#include "cli/rule_paths.hpp"
#include "config/did_you_mean.hpp"
#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "jxaudit/catalog.hpp"
#include "output_file.hpp"

namespace jxaudit::cli {
namespace {

// Every word explain prints, as msgids of the host catalogue (host/po/zh_CN.po).
enum class W : std::uint8_t {
  plugin, plugin_line, built_in_line, default_severity, effective_severity, summary, options, list_separator, readme, source,
  config, not_found, not_recorded, defaults_apply, no_config, no_doc, doc_only_english, suppressed_by, or_,
  messages, colon, count_
};
constexpr std::array<const char*, static_cast<std::size_t>(W::count_)> kLabels = {
    N_("plugin"),
    N_("{} {} ({})"),
    N_("{} (built in)"),
    N_("default severity"),
    N_("effective severity"),
    N_("summary"),
    N_("options"),
    N_(", "),
    N_("README"),
    N_("source"),
    N_("config file"),
    N_("(not found)"),
    N_("(not recorded by the plugin)"),
    N_(" (not found: defaults apply)"),
    N_("(none: built-in defaults)"),
    N_("(no documentation)"),
    N_("(no documentation in this language; --lang en shows the English)"),
    N_("not reported on a row that {} reported"),
    N_(" or "),
    N_("messages:"),
    N_(": "),
};

struct ExplainFlags {
  HostFlags host;
  std::string rule;
};

class Words {
 public:
  explicit Words(bool en) : language_(en ? MessageLanguage::en : MessageLanguage::zh_cn) {}
  std::string_view operator[](W w) const { return i18n::tr(kLabels[static_cast<std::size_t>(w)], language_); }
  // "error", "warning", "info", "off" in this language.
  std::string_view severity(const std::string& s) const { return i18n::effect_word(s, language_); }
  bool en() const { return language_ == MessageLanguage::en; }

 private:
  MessageLanguage language_;
};

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

std::string explain(const ListedRule& r, const RulePaths& paths, const Words& w) {
  const RuleInfo& info = r.info;
  std::vector<std::pair<W, std::string>> fields;
  fields.emplace_back(W::plugin, r.active == nullptr ? fmt::format(fmt::runtime(w[W::built_in_line]), r.plugin)
                                                     : fmt::format(fmt::runtime(w[W::plugin_line]), r.plugin,
                                                                   r.active->plugin->version, r.active->plugin->file));
  fields.emplace_back(W::default_severity, std::string(w.severity(std::string(to_string(info.severity)))));
  fields.emplace_back(W::effective_severity, std::string(w.severity(r.effective)));
  fields.emplace_back(W::summary, w.en() ? info.summary : info.summary_zh);
  if (!info.options.empty()) fields.emplace_back(W::options, join(info.options, w[W::list_separator]));
  fields.emplace_back(W::readme, paths.readme.empty() ? std::string(w[W::not_found]) : paths.readme);
  fields.emplace_back(W::source, paths.source.empty() ? std::string(w[W::not_recorded]) : paths.source);
  std::string config = paths.config;
  if (config.empty()) config = w[W::no_config];
  else if (!paths.config_found) config += w[W::defaults_apply];
  fields.emplace_back(W::config, std::move(config));

  std::size_t width = 0;
  for (const auto& [label, value] : fields) width = std::max(width, display_width(w[label]));
  std::string out = r.full_id + "\n";
  for (const auto& [label, value] : fields) {
    const std::string_view text = w[label];
    out += fmt::format("  {}{}{}{}\n", text, w[W::colon], std::string(width - display_width(text), ' '), value);
  }
  if (!info.suppressed_by.empty())
    out += "  " + fmt::format(fmt::runtime(w[W::suppressed_by]), join(info.suppressed_by, w[W::or_])) + "\n";

  const std::string& doc = w.en() ? info.doc : info.doc_zh;
  std::string_view none = w[W::no_doc];
  if (doc.empty() && !w.en() && !info.doc.empty()) none = w[W::doc_only_english];
  out += fmt::format("\n{}\n", doc.empty() ? std::string(none) : doc);
  if (!info.messages.empty()) {
    out += fmt::format("\n{}\n", w[W::messages]);
    for (const auto& m : info.messages) out += fmt::format("  {}{}{}\n", m.id, w[W::colon], w.en() ? m.en : m.zh);
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
  const Words words(user_language() == MessageLanguage::en);  // open_session chose it
  std::vector<std::string> known;
  for (const ListedRule& r : every_rule(*session)) {
    if (r.full_id == flags.rule) {
      const RulePaths paths =
          r.active == nullptr ? builtin_rule_paths(r.plugin, *session) : plugin_rule_paths(*r.active, r.info.id);
      const bool printed = print(explain(r, paths, words));
      return log_problems(*session) > 0 || !printed ? kExitUsage : kExitClean;
    }
    known.push_back(r.full_id);
  }
  log_problems(*session);
  spdlog::error(i18n::tr_fmt("unknown rule '{}'{}"), flags.rule, config::did_you_mean(flags.rule, known));
  return kExitUsage;
}

}  // namespace

void add_explain_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd = app.add_subcommand("explain", std::string(i18n::tr("explain a rule: what it checks and how to fix it")));
  cmd->add_option("rule", flags->rule, std::string(i18n::tr("full rule id, e.g. arithmetic.total-score")))->required();
  add_host_flags(*cmd, flags->host);
  cmd->callback([flags, &registry] { registry.exit_code = run_explain(*flags); });
}

}  // namespace jxaudit::cli
