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
      "run exits 2 after writing the report.",
      "文件不存在、无法读取（权限、I/O 错误、失效的链接），或是无法列出内容的目录。"
      "报告中该文件的状态为 failed（原因 missing 或 unreadable），写出报告后以退出码 2 结束。"}},
    {H::input_not_regular,
     {"input-not-regular", Severity::error, "an input is not a regular file", "输入不是普通文件",
      "A FIFO, device or socket named as an input, or met under a scanned directory with a name matching "
      "inputs.include. It is refused without being opened (a FIFO would block, a device never end), listed "
      "with status failed (reason not-regular-file), and the run exits 2 after writing the report.",
      "作为输入指定的、或在扫描的目录中遇到且名称符合 inputs.include 的 FIFO、设备或套接字。"
      "不打开即拒绝（FIFO 会阻塞，设备读不完），状态为 failed（原因 not-regular-file），写出报告后以退出码 2 结束。"}},
    {H::input_over_limit,
     {"input-over-limit", Severity::error, "an input exceeds a limit", "输入超出限制",
      "The file is larger than limits.file-bytes, or while parsing it a line, a row, a table or the file "
      "exceeded limits.line-bytes, cells-per-row, rows-per-table or tables-per-file. Reading stops there; the "
      "finding names the limit, its value, the line and the key to raise in jxaudit.yaml. The tables found "
      "so far are listed but not checked, and the run exits 2 after writing the report (docs/reliability.md).",
      "文件大于 limits.file-bytes，或解析时某一行、某一表格行、某张表或整个文件超过了 limits.line-bytes、"
      "cells-per-row、rows-per-table 或 tables-per-file。读取在此停止；报告写明超出的限制、限值、所在行，"
      "以及 jxaudit.yaml 中可调高的键。已读到的表格会列出，但不检查，"
      "写出报告后以退出码 2 结束（见 docs/reliability.md）。"}},
    {H::input_damaged,
     {"input-damaged", Severity::error, "an input file cannot be read in its format", "输入文件无法按其格式读取",
      "The file was read but its content cannot be: a damaged or truncated .xlsx/.docx/.xls, a password-protected "
      "(encrypted) workbook or document, or a format jxaudit does not read (a .doc, an archive that is no office "
      "file). The message says which. It is listed with status failed (reason damaged), tables read before the "
      "damage are listed but not checked, and the run exits 2 after writing the report (docs/input-formats.md).",
      "文件读到了，但其内容无法按格式读取：损坏或不完整的 .xlsx/.docx/.xls，设有密码（加密）的工作簿或文档，"
      "或 jxaudit 不读取的格式（.doc、不是办公文件的压缩包）。消息说明属于哪一种。状态为 failed（原因 damaged），"
      "损坏处之前读到的表格会列出但不检查，写出报告后以退出码 2 结束（见 docs/input-formats.md）。"}},
    {H::plugin_failed,
     {"plugin-failed", Severity::error, "a plugin threw while checking a table", "插件在检查表格时出错",
      "A plugin's check() or finish() threw an exception. The finding names the plugin and the table; the "
      "other plugins and tables were still checked. Report it to the plugin's author.",
      "插件的 check() 或 finish() 抛出了异常。报告写明插件和表格；其他插件和表格照常检查。请将问题反馈给插件作者。"}},
    {H::undeclared_rule,
     {"undeclared-rule", Severity::error, "a plugin reported a rule it does not declare", "插件报告了未声明的规则",
      "Every rule a plugin reports must be listed in its rules(), so it can be configured and explained. "
      "The plugin's finding was replaced by this one. Report it to the plugin's author.",
      "插件报告的每条规则都必须在其 rules() 中声明，才能配置和解释。该插件的这条结果已由本条替代。"
      "请将问题反馈给插件作者。"}},
});

static_assert(kEntries.size() == static_cast<std::size_t>(HostRule::count_), "one entry per HostRule");
static_assert(in_declaration_order(kEntries), "entries in HostRule order");
static_assert(ids_unique(kEntries), "every host rule id once");

constexpr auto kRules = rules_of(kEntries);

}  // namespace

const RuleSpec& declared(HostRule rule) { return kRules[static_cast<std::size_t>(rule)]; }

std::span<const RuleSpec> host_rules() { return kRules; }

}  // namespace jxaudit::builtin_rules
