#include "text_writer.hpp"

#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "field_label.hpp"
#include "location_text.hpp"
#include "coverage_text.hpp"
#include "report_words.hpp"

namespace jxaudit::reports {
namespace {

// The keywords of report_model::to_string (InputStatus, FailReason, SkipReason).
[[maybe_unused]] constexpr const char* kStatusWords[] = {
    NC_("input-status", "ok"),          NC_("input-status", "failed"),           NC_("input-status", "no-tables"),
    NC_("input-status", "missing"),     NC_("input-status", "unreadable"),       NC_("input-status", "not-regular-file"),
    NC_("input-status", "over-limit"),  NC_("input-status", "damaged"),          NC_("input-status", "not-table-file"),
    NC_("input-status", "excluded"),    NC_("input-status", "hidden"),           NC_("input-status", "own-report"),
    NC_("input-status", "directory-link"),
};

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

// "no findings" means something only beside what was checked: the rules
// that ran, counted per plugin (report.rules is sorted, so plugins are too).
std::string rules_line(const std::vector<report_model::RuleRun>& rules, const ReportWords& w, bool en) {
  if (rules.empty()) return std::string(w.say("no rule was run"));
  std::vector<std::pair<std::string_view, std::size_t>> per_plugin;
  for (const auto& r : rules) {
    const std::string_view plugin = std::string_view(r.id).substr(0, r.id.find('.'));
    if (per_plugin.empty() || per_plugin.back().first != plugin) per_plugin.emplace_back(plugin, 0);
    ++per_plugin.back().second;
  }
  std::vector<std::string> parts;
  for (const auto& [plugin, count] : per_plugin) parts.push_back(fmt::format("{} {}", plugin, count));
  return fmt::format(w.say_fmt("{} rules checked ({})"), rules.size(), fmt::join(parts, en ? ", " : "、"));
}

void write_finding(std::string& out, const Finding& f, const ReportWords& w, bool en, const Style& style) {
  const std::string_view sev = w.severity(f.severity);
  const std::string where = reports::where(f.location, en);
  out += fmt::format("    {}  {}  {}  {}\n", where, style.paint(sev, severity_colour(f.severity)),
                     style.paint(f.full_rule_id(), "1"), pick(en, f.message, f.message_en));
  if (!f.location.indicator.empty() || !f.location.field.empty()) {
    std::string what = f.location.indicator;
    if (!f.location.field.empty()) what += (what.empty() ? "" : " / ") + field_label(f.location.field, w.language());
    out += fmt::format("        [{}]\n", what);
  }
  if (!f.expected.empty() || !f.actual.empty())
    out += fmt::format("        {}: {}    {}: {}\n", w.say("expected"),
                       f.expected.empty() ? "-" : en && !f.expected_en.empty() ? f.expected_en : f.expected, w.say("actual"),
                       f.actual.empty() ? "-" : f.actual);
  std::string fix = pick(en, f.fix, f.fix_en);
  if (!fix.empty()) out += fmt::format("        {}: {}\n", w.say("fix"), fix);
}

}  // namespace

std::string TextWriter::write(const report_model::Report& report, const WriteOptions& options) const {
  const bool en = options.language == "en";
  const ReportWords w(en ? MessageLanguage::en : MessageLanguage::zh_cn);
  const Style style{options.colour};

  // file -> table index (-1: the file itself) -> findings, in report order.
  std::map<std::string, std::map<int, std::vector<const Finding*>>> grouped;
  for (const auto& f : report.findings) grouped[f.location.file][f.location.table].push_back(&f);

  std::string out;
  // The first line is the report marker a later run recognises (engine/input_files.hpp).
  out += fmt::format("{} {} ({})\n", report.tool_name, report.tool_version, report_model::kReportSchema);
  // Provenance: which plugin builds made these findings.
  if (!report.plugins.empty()) {
    std::vector<std::string> plugins;
    for (const auto& p : report.plugins)
      plugins.push_back(fmt::format("{} {}{}", p.id, p.version, p.sha256.empty() ? "" : " sha256 " + p.sha256.substr(0, 12)));
    out += fmt::format(w.say_fmt("Plugins: {}"), fmt::join(plugins, ", ")) + "\n";
  }
  if (!options.timestamp.empty()) out += fmt::format(w.say_fmt("Run at {} UTC on {}"), options.timestamp, options.hostname) + "\n";
  for (const auto& in : report.inputs) {
    out += "\n";
    out += style.paint(in.path, "1");
    const bool failed = in.status == report_model::InputStatus::failed;
    out += fmt::format("  [{}{}{}, {}{}]\n", w.status(report_model::to_string(in.status)),
                       failed ? std::string(en ? ": " : "：") + std::string(w.status(report_model::to_string(in.reason)))
                              : std::string(),
                       in.format.empty() || in.format == "text" ? std::string() : ", " + in.format,
                       fmt::format(w.say_fmt("{} tables"), in.tables.size()),
                       in.sha256.empty() ? "" : ", sha256 " + in.sha256.substr(0, 12));
    // Every table is listed, clean ones too: an auditor must see that a table
    // was read and checked, not only the ones with problems.
    auto file_it = grouped.find(in.path);
    std::map<int, std::vector<const Finding*>> none;
    auto& by_table = file_it == grouped.end() ? none : file_it->second;
    if (auto it = by_table.find(-1); it != by_table.end()) {
      out += fmt::format("  {}\n", w.say("(whole file)"));
      for (const Finding* f : it->second) write_finding(out, *f, w, en, style);
    }
    for (const auto& t : in.tables) {
      std::string project = t.project_code;
      if (!t.project_name.empty()) project += (project.empty() ? "" : " ") + t.project_name;
      auto it = by_table.find(t.index);
      Location at;
      at.line = t.line;
      at.sheet = t.sheet;
      out += fmt::format("  {}  {}  ({}){}\n", fmt::format(w.say_fmt("table {}"), t.index + 1), project,
                         reports::where(at, en),
                         failed                   ? "  " + std::string(w.say("not checked (file not read to the end)"))
                         : it == by_table.end()   ? "  " + std::string(w.say("no findings"))
                                                  : std::string());
      if (!t.coverage.empty())
        out += fmt::format("    {}\n", fmt::format(w.say_fmt("coverage: {}"), coverage_phrases(t.coverage, w)));
      if (it == by_table.end()) continue;
      for (const Finding* f : it->second) write_finding(out, *f, w, en, style);
    }
    if (file_it != grouped.end()) grouped.erase(file_it);
  }
  // Findings not tied to an input file (cross-table checks, plugin failures in finish()).
  for (const auto& [file, by_table] : grouped) {
    out += fmt::format("\n{}\n", file.empty() ? std::string(w.say("(across tables)")) : file);
    for (const auto& [table, findings] : by_table)
      for (const Finding* f : findings) write_finding(out, *f, w, en, style);
  }
  if (!report.skipped.empty()) {
    out += fmt::format("\n{}\n", w.say("Skipped (not read):"));
    for (const auto& sk : report.skipped)
      out += fmt::format("  {}  [{}]  {}\n", sk.path, w.status(report_model::to_string(sk.reason)), pick(en, sk.message, sk.message_en));
  }
  const report_model::Summary& s = report.summary;
  out += "\n";
  if (s.findings == 0) out += std::string(w.say("no findings")) + "\n";
  out += fmt::format(w.say_fmt("Summary: {} files, {} tables, {} findings ({} errors, {} warnings, {} info)"), s.files,
                     s.tables, s.findings, s.error, s.warning, s.info) +
         "\n";
  out += rules_line(report.rules, w, en) + "\n";
  if (!s.coverage.empty()) out += fmt::format(w.say_fmt("Coverage: {}"), coverage_phrases(s.coverage, w)) + "\n";
  if (!report.config_sha256.empty()) out += fmt::format(w.say_fmt("Configuration sha256 {}"), report.config_sha256) + "\n";
  // Inputs not read to the end are said once more at the end, where a reader looks.
  std::vector<std::string> not_read;
  if (s.failed > 0) not_read.push_back(fmt::format(w.say_fmt("{} inputs failed (exit code 2)"), s.failed));
  if (s.skipped > 0) not_read.push_back(fmt::format(w.say_fmt("{} files skipped"), s.skipped));
  if (!not_read.empty()) out += fmt::format("{}\n", fmt::join(not_read, en ? ", " : "，"));
  return out;
}

}  // namespace jxaudit::reports
