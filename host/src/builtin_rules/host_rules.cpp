// The host's own findings, declared once (builtin_rules.hpp): inputs that
// could not be read and plugins that broke the contract. They are always
// reported: --checks does not turn them off, so a failed input or a failed
// plugin is never silent (docs/report-format.md).
#include <array>

#include "builtin_rules/builtin_rules.hpp"
#include "builtin_rules/declaration_order.hpp"

namespace jxaudit::builtin_rules {
namespace {

using H = HostRule;

struct Entry {
  HostRule rule;
  RuleSpec declared;
};

constexpr std::array kEntries = std::to_array<Entry>({
    {H::input_unreadable,
     {"input-unreadable", Severity::error, "an input file could not be read", "输入文件无法读取",
      "The file does not exist, cannot be read (permission, I/O error, broken link), or is a directory that "
      "cannot be listed. It is listed in the report with status failed (reason missing or unreadable) and the "
      "run exits 2 after writing the report."}},
    {H::input_not_regular,
     {"input-not-regular", Severity::error, "an input is not a regular file", "输入不是普通文件",
      "A FIFO, device or socket named as an input, or met under a scanned directory with a name matching "
      "inputs.include. It is refused without being opened (a FIFO would block, a device never end), listed "
      "with status failed (reason not-regular-file), and the run exits 2 after writing the report."}},
    {H::input_over_limit,
     {"input-over-limit", Severity::error, "an input exceeds a limit", "输入超出限制",
      "The file is larger than limits.file-bytes, or while parsing it a line, a row, a table or the file "
      "exceeded limits.line-bytes, cells-per-row, rows-per-table or tables-per-file. Reading stops there; the "
      "finding names the limit, its value, the line and the key to raise in jxaudit.yaml. The tables found "
      "so far are listed but not checked, and the run exits 2 after writing the report (docs/reliability.md)."}},
    {H::input_damaged,
     {"input-damaged", Severity::error, "an input file cannot be read in its format", "输入文件无法按其格式读取",
      "The file was read but its content cannot be: a damaged or truncated .xlsx/.docx/.xls, a password-protected "
      "(encrypted) workbook or document, or a format jxaudit does not read (a .doc, an archive that is no office "
      "file). The message says which. It is listed with status failed (reason damaged), tables read before the "
      "damage are listed but not checked, and the run exits 2 after writing the report (docs/input-formats.md)."}},
    {H::plugin_failed,
     {"plugin-failed", Severity::error, "a plugin threw while checking a table", "插件在检查表格时出错",
      "A plugin's check() or finish() threw an exception. The finding names the plugin and the table; the "
      "other plugins and tables were still checked. Report it to the plugin's author."}},
    {H::undeclared_rule,
     {"undeclared-rule", Severity::error, "a plugin reported a rule it does not declare", "插件报告了未声明的规则",
      "Every rule a plugin reports must be listed in its rules(), so it can be configured and explained. "
      "The plugin's finding was replaced by this one. Report it to the plugin's author."}},
});

static_assert(kEntries.size() == static_cast<std::size_t>(HostRule::count_), "one entry per HostRule");
static_assert(in_declaration_order(kEntries), "entries in HostRule order");
static_assert(ids_unique(kEntries), "every host rule id once");

constexpr auto kRules = rules_of(kEntries);

}  // namespace

const RuleSpec& declared(HostRule rule) { return kRules[static_cast<std::size_t>(rule)]; }

std::span<const RuleSpec> host_rules() { return kRules; }

}  // namespace jxaudit::builtin_rules
