// jxaudit explain RULE: what a rule checks, its severities, its documentation
// and where it is documented, declared and configured — in one language
// (--lang, else JXAUDIT_LANG, the config, zh-CN).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "cli/host_flags.hpp"
#include "cli/rule_listing.hpp"
#include "cli/rule_paths.hpp"
#include "config/did_you_mean.hpp"
#include "output_file.hpp"

namespace jxaudit::cli {
namespace {

// Every word explain prints, English and zh-CN, in one table (to move into
// the gettext catalogue as a whole).
enum class W : std::uint8_t {
  plugin, plugin_line, built_in_line, default_severity, effective_severity, summary, options, list_separator, readme, source,
  config, not_found, not_recorded, defaults_apply, no_config, no_doc, doc_only_english, suppressed_by, or_,
  messages, error, warning, info, off, colon, count_
};
struct Label {
  W key;
  std::string_view en;
  std::string_view zh;
};
constexpr std::array kLabels = std::to_array<Label>({
    {W::plugin, "plugin", "插件"},
    {W::plugin_line, "{} {} ({})", "{} {}（{}）"},
    {W::built_in_line, "{} (built in)", "{}（内置）"},
    {W::default_severity, "default severity", "默认级别"},
    {W::effective_severity, "effective severity", "生效级别"},
    {W::summary, "summary", "摘要"},
    {W::options, "options", "选项"},
    {W::list_separator, ", ", "、"},
    {W::readme, "README", "说明文档"},
    {W::source, "source", "源文件"},
    {W::config, "config file", "配置文件"},
    {W::not_found, "(not found)", "（未找到）"},
    {W::not_recorded, "(not recorded by the plugin)", "（插件未记录）"},
    {W::defaults_apply, " (not found: defaults apply)", "（未找到，使用默认值）"},
    {W::no_config, "(none: built-in defaults)", "（无，使用内置默认值）"},
    {W::no_doc, "(no documentation)", "（暂无说明）"},
    {W::doc_only_english, "(no documentation)", "（本规则暂无中文说明，英文说明见 --lang en）"},
    {W::suppressed_by, "not reported on a row that {} reported", "同一行已由 {} 报告时，本规则不再报告"},
    {W::or_, " or ", " 或 "},
    {W::messages, "messages:", "消息："},
    {W::error, "error", "错误"},
    {W::warning, "warning", "警告"},
    {W::info, "info", "提示"},
    {W::off, "off", "关闭"},
    {W::colon, ": ", "："},
});
static_assert(kLabels.size() == static_cast<std::size_t>(W::count_), "one label per word");
constexpr bool labels_in_order() {
  for (std::size_t i = 0; i < kLabels.size(); ++i)
    if (static_cast<std::size_t>(kLabels[i].key) != i) return false;
  return true;
}
static_assert(labels_in_order(), "labels in W order");

struct ExplainFlags {
  HostFlags host;
  std::string rule;
  std::string lang;  // "": JXAUDIT_LANG, the config, zh-CN (choose_language)
};

class Words {
 public:
  explicit Words(bool en) : en_(en) {}
  std::string_view operator[](W w) const {
    const Label& l = kLabels[static_cast<std::size_t>(w)];
    return en_ ? l.en : l.zh;
  }
  // "error", "warning", "info", "off" in this language.
  std::string_view severity(const std::string& s) const {
    if (s == "error") return (*this)[W::error];
    if (s == "warning") return (*this)[W::warning];
    if (s == "info") return (*this)[W::info];
    return (*this)[W::off];
  }
  bool en() const { return en_; }

 private:
  bool en_;
};

// Columns a label takes in a terminal: a CJK character two, others one.
std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    width += len >= 3 ? 2 : 1;
    i += len;
  }
  return width;
}

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
  const Words words(choose_language(flags.lang, session->config.language) == "en");
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
  spdlog::error("unknown rule '{}'{}", flags.rule, config::did_you_mean(flags.rule, known));
  return kExitUsage;
}

}  // namespace

void add_explain_command(CLI::App& app, CommandRegistry& registry) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd = app.add_subcommand("explain", "explain a rule: what it checks and how to fix it");
  cmd->add_option("rule", flags->rule, "full rule id, e.g. arithmetic.total-score")->required();
  add_host_flags(*cmd, flags->host);
  cmd->add_option("--lang", flags->lang, "language of the explanation: zh-CN|en")->check(CLI::IsMember({"zh-CN", "en"}));
  cmd->callback([flags, &registry] { registry.exit_code = run_explain(*flags); });
}

}  // namespace jxaudit::cli
