#include "text_writer.hpp"

#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "location_text.hpp"

namespace jxaudit::reports {
namespace {

// The few words the text report needs, in both languages.
struct Words {
  const char* error;
  const char* warning;
  const char* info;
  const char* tables;      // "{} tables"
  const char* table;       // "table {}"
  const char* line;        // "line {}"
  const char* whole_file;
  const char* run_wide;
  const char* expected;
  const char* actual;
  const char* fix;
  const char* summary;     // files, tables, findings, errors, warnings, infos
  const char* no_findings;
  const char* not_checked;  // a table of a failed input
  const char* skipped;      // heading of the skipped files
  const char* failed_line;   // "{} failed"
  const char* skipped_line;  // "{} skipped"
  const char* rules_line;    // "{} rules checked ({} per plugin)"
  const char* no_rules;      // no rule ran
};

constexpr Words kZh{"错误", "警告", "提示", "{} 张表", "表 {}", "第 {} 行", "（整个文件）", "（跨表检查）",
                    "应为", "实为", "建议",
                    "汇总：{} 个文件，{} 张表，{} 条问题（{} 个错误，{} 个警告，{} 个提示）", "未发现问题",
                    "未检查（文件未读完）", "跳过的文件（未读取）：",
                    "{} 个输入失败（退出码 2）", "{} 个文件跳过", "已检查规则 {} 条（{}）", "未运行任何规则"};
constexpr Words kEn{"error", "warning", "info", "{} tables", "table {}", "line {}", "(whole file)",
                    "(across tables)", "expected", "actual", "fix",
                    "Summary: {} files, {} tables, {} findings ({} errors, {} warnings, {} info)", "no findings",
                    "not checked (file not read to the end)", "Skipped (not read):",
                    "{} inputs failed (exit code 2)", "{} files skipped", "{} rules checked ({})", "no rule was run"};

struct Style {
  bool colour;
  std::string paint(std::string_view text, const char* code) const {
    return colour ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
};

const char* severity_colour(Severity s) {
  switch (s) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;33";
    case Severity::info: return "1;36";
  }
  return "0";
}

std::string pick(bool en, const std::string& zh, const std::string& english) {
  if (en) return english.empty() ? zh : english;
  return zh.empty() ? english : zh;
}

// "no findings" means something only beside what was checked: the rules
// that ran, counted per plugin (report.rules is sorted, so plugins are too).
std::string rules_line(const std::vector<report_model::RuleRun>& rules, const Words& w, bool en) {
  if (rules.empty()) return w.no_rules;
  std::vector<std::pair<std::string_view, std::size_t>> per_plugin;
  for (const auto& r : rules) {
    const std::string_view plugin = std::string_view(r.id).substr(0, r.id.find('.'));
    if (per_plugin.empty() || per_plugin.back().first != plugin) per_plugin.emplace_back(plugin, 0);
    ++per_plugin.back().second;
  }
  std::vector<std::string> parts;
  for (const auto& [plugin, count] : per_plugin) parts.push_back(fmt::format("{} {}", plugin, count));
  return fmt::format(fmt::runtime(w.rules_line), rules.size(), fmt::join(parts, en ? ", " : "、"));
}

void write_finding(std::string& out, const Finding& f, const Words& w, bool en, const Style& style) {
  const char* sev = f.severity == Severity::error ? w.error : f.severity == Severity::warning ? w.warning : w.info;
  const std::string where = reports::where(f.location, en);
  out += fmt::format("    {}  {}  {}  {}\n", where, style.paint(sev, severity_colour(f.severity)),
                     style.paint(f.full_rule_id(), "1"), pick(en, f.message, f.message_en));
  if (!f.location.indicator.empty() || !f.location.field.empty()) {
    std::string what = f.location.indicator;
    if (!f.location.field.empty()) what += (what.empty() ? "" : " / ") + f.location.field;
    out += fmt::format("        [{}]\n", what);
  }
  if (!f.expected.empty() || !f.actual.empty())
    out += fmt::format("        {}: {}    {}: {}\n", w.expected, f.expected.empty() ? "-" : f.expected, w.actual,
                       f.actual.empty() ? "-" : f.actual);
  std::string fix = pick(en, f.fix, f.fix_en);
  if (!fix.empty()) out += fmt::format("        {}: {}\n", w.fix, fix);
}

}  // namespace

std::string TextWriter::write(const report_model::Report& report, const WriteOptions& options) const {
  const bool en = options.language == "en";
  const Words& w = en ? kEn : kZh;
  const Style style{options.colour};

  // file -> table index (-1: the file itself) -> findings, in report order.
  std::map<std::string, std::map<int, std::vector<const Finding*>>> grouped;
  for (const auto& f : report.findings) grouped[f.location.file][f.location.table].push_back(&f);

  std::string out;
  // The first line is the report marker a later run recognises (engine/input_files.hpp).
  out += fmt::format("{} {} ({})\n", report.tool_name, report.tool_version, report_model::kReportSchema);
  for (const auto& in : report.inputs) {
    out += "\n";
    out += style.paint(in.path, "1");
    const bool failed = in.status == report_model::InputStatus::failed;
    out += fmt::format("  [{}{}{}, {}{}]\n", report_model::to_string(in.status),
                       failed ? std::string(": ") + report_model::to_string(in.reason) : std::string(),
                       in.format.empty() || in.format == "text" ? std::string() : ", " + in.format,
                       fmt::format(fmt::runtime(w.tables), in.tables.size()),
                       in.sha256.empty() ? "" : ", sha256 " + in.sha256.substr(0, 12));
    // Every table is listed, clean ones too: an auditor must see that a table
    // was read and checked, not only the ones with problems.
    auto file_it = grouped.find(in.path);
    std::map<int, std::vector<const Finding*>> none;
    auto& by_table = file_it == grouped.end() ? none : file_it->second;
    if (auto it = by_table.find(-1); it != by_table.end()) {
      out += fmt::format("  {}\n", w.whole_file);
      for (const Finding* f : it->second) write_finding(out, *f, w, en, style);
    }
    for (const auto& t : in.tables) {
      std::string project = t.project_code;
      if (!t.project_name.empty()) project += (project.empty() ? "" : " ") + t.project_name;
      auto it = by_table.find(t.index);
      Location at;
      at.line = t.line;
      at.sheet = t.sheet;
      out += fmt::format("  {}  {}  ({}){}\n", fmt::format(fmt::runtime(w.table), t.index + 1), project,
                         reports::where(at, en),
                         failed                   ? std::string("  ") + w.not_checked
                         : it == by_table.end()   ? std::string("  ") + w.no_findings
                                                  : std::string());
      if (it == by_table.end()) continue;
      for (const Finding* f : it->second) write_finding(out, *f, w, en, style);
    }
    if (file_it != grouped.end()) grouped.erase(file_it);
  }
  // Findings not tied to an input file (cross-table checks, plugin failures in finish()).
  for (const auto& [file, by_table] : grouped) {
    out += fmt::format("\n{}\n", file.empty() ? w.run_wide : file);
    for (const auto& [table, findings] : by_table)
      for (const Finding* f : findings) write_finding(out, *f, w, en, style);
  }
  if (!report.skipped.empty()) {
    out += fmt::format("\n{}\n", w.skipped);
    for (const auto& sk : report.skipped)
      out += fmt::format("  {}  [{}]  {}\n", sk.path, report_model::to_string(sk.reason), pick(en, sk.message, sk.message_en));
  }
  const report_model::Summary& s = report.summary;
  out += "\n";
  if (s.findings == 0) out += std::string(w.no_findings) + "\n";
  out += fmt::format(fmt::runtime(w.summary), s.files, s.tables, s.findings, s.error, s.warning, s.info) + "\n";
  out += rules_line(report.rules, w, en) + "\n";
  // Inputs not read to the end are said once more at the end, where a reader looks.
  std::vector<std::string> not_read;
  if (s.failed > 0) not_read.push_back(fmt::format(fmt::runtime(w.failed_line), s.failed));
  if (s.skipped > 0) not_read.push_back(fmt::format(fmt::runtime(w.skipped_line), s.skipped));
  if (!not_read.empty()) out += fmt::format("{}\n", fmt::join(not_read, en ? ", " : "，"));
  return out;
}

}  // namespace jxaudit::reports
