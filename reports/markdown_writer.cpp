#include "markdown_writer.hpp"

#include <map>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "field_label.hpp"
#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "location_text.hpp"
#include "markdown_escape.hpp"
#include "coverage_text.hpp"
#include "report_words.hpp"

namespace jxaudit::reports {
namespace {

// One GFM table row; the cells are already escaped.
void row(std::string& out, const std::vector<std::string>& cells) {
  out += "|";
  for (const auto& c : cells) out += " " + c + " |";
  out += "\n";
}

// A header row and its delimiter; `numeric` columns are right-aligned.
void header(std::string& out, const std::vector<std::string_view>& titles, const std::vector<bool>& numeric = {}) {
  std::vector<std::string> cells;
  for (const auto t : titles) cells.push_back(markdown_cell(t));
  row(out, cells);
  out += "|";
  for (std::size_t i = 0; i < titles.size(); ++i) out += i < numeric.size() && numeric[i] ? "---:|" : "---|";
  out += "\n";
}

void summary(std::string& out, const report_model::Report& report, const ReportWords& w) {
  const report_model::Summary& s = report.summary;
  out += fmt::format("## {}\n\n", w.say("Summary"));
  out += "- " + fmt::format(w.say_fmt("Files: {} ({} failed, {} skipped)"), s.files, s.failed, s.skipped) + "\n";
  out += "- " + fmt::format(w.say_fmt("Tables: {}"), s.tables) + "\n";
  out += "- " +
         fmt::format(w.say_fmt("Findings: {} ({} errors, {} warnings, {} info)"), s.findings, s.error, s.warning, s.info) +
         "\n\n";
  if (s.findings == 0) out += std::string(w.say("no findings")) + "\n\n";
  if (!s.by_plugin.empty()) {
    out += fmt::format("### {}\n\n", w.say("Findings by plugin"));
    header(out, {w.say("Plugin"), w.say("Findings")}, {false, true});
    for (const auto& [plugin, count] : s.by_plugin) row(out, {markdown_code(plugin), std::to_string(count)});
    out += "\n";
  }
  if (!s.by_rule.empty()) {
    out += fmt::format("### {}\n\n", w.say("Findings by rule"));
    header(out, {w.say("Rule"), w.say("Findings")}, {false, true});
    for (const auto& [rule, count] : s.by_rule) row(out, {markdown_code(rule), std::to_string(count)});
    out += "\n";
  }
  if (!s.coverage.empty()) {
    // What was not checked, beside what was found.
    out += fmt::format("### {}\n\n", w.say("Coverage"));
    header(out, {w.say("Plugin"), w.say("Verified"), w.say("Examined"), w.say("Not verified, by reason")},
           {false, true, true, false});
    for (const auto& c : s.coverage) {
      std::vector<std::string> reasons;
      for (const auto& u : c.unverifiable) reasons.push_back(fmt::format("{} {}", w.pick(u.text_zh, u.text), u.count));
      row(out, {markdown_code(c.plugin), std::to_string(c.verified), std::to_string(c.examined()),
                markdown_cell(fmt::format("{}", fmt::join(reasons, w.en() ? "; " : "；")))});
    }
    out += "\n";
  }
}

// Provenance: which plugin builds made these findings.
void plugins_run(std::string& out, const report_model::Report& report, const ReportWords& w) {
  if (report.plugins.empty()) return;
  out += fmt::format("## {}\n\n", w.say("Plugins"));
  header(out, {w.say("Plugin"), w.say("Version"), "API", "sha256"}, {false, false, true, false});
  for (const auto& p : report.plugins)
    row(out, {markdown_code(p.id), markdown_cell(p.version), std::to_string(p.api_version), markdown_code(p.sha256)});
  out += "\n";
}

// What was checked: "no findings" means something only beside it.
void rules_run(std::string& out, const report_model::Report& report, const ReportWords& w) {
  out += fmt::format("## {}\n\n", w.say("Rules checked"));
  if (report.rules.empty()) {
    out += std::string(w.say("no rule was run")) + "\n\n";
    return;
  }
  out += fmt::format(w.say_fmt("{} rules were applied; a rule with no finding found nothing to report."),
                     report.rules.size()) +
         "\n\n";
  header(out, {w.say("Rule"), w.say("Severity"), w.say("Findings"), w.say("What it checks")}, {false, false, true, false});
  for (const auto& r : report.rules) {
    const auto count = report.summary.by_rule.find(r.id);
    row(out, {markdown_code(r.id), markdown_cell(w.severity(r.severity)),
              std::to_string(count == report.summary.by_rule.end() ? 0 : count->second),
              markdown_cell(pick(w.en(), r.summary_zh, r.summary))});
  }
  out += "\n";
}

void failed_and_skipped(std::string& out, const report_model::Report& report, const ReportWords& w) {
  std::vector<const report_model::InputRecord*> failed;
  for (const auto& in : report.inputs)
    if (in.status == report_model::InputStatus::failed) failed.push_back(&in);
  if (!failed.empty()) {
    out += fmt::format("## {}\n\n", w.say("Failed inputs"));
    header(out, {w.say("File"), w.say("Reason"), w.say("Details")});
    for (const auto* in : failed)
      row(out, {markdown_cell(in->path), markdown_cell(w.status(report_model::to_string(in->reason))),
                markdown_cell(pick(w.en(), in->error_zh, in->error))});
    out += "\n";
  }
  if (!report.skipped.empty()) {
    out += fmt::format("## {}\n\n", w.say("Skipped files (not read)"));
    header(out, {w.say("File"), w.say("Reason"), w.say("Details")});
    for (const auto& sk : report.skipped)
      row(out, {markdown_cell(sk.path), markdown_cell(w.status(report_model::to_string(sk.reason))),
                markdown_cell(pick(w.en(), sk.message, sk.message_en))});
    out += "\n";
  }
}

// The findings of one table (or file), in report order, which is row order.
void findings_table(std::string& out, const std::vector<const Finding*>& findings, const ReportWords& w) {
  header(out, {w.say("Severity"), w.say("Rule"), w.say("Location"), w.say("Indicator"), w.say("Message"),
               w.say("Expected"), w.say("Declared"), w.say("Fix")});
  const bool en = w.en();
  for (const Finding* f : findings) {
    std::string what = f->location.indicator;
    if (!f->location.field.empty()) what += (what.empty() ? "" : " / ") + field_label(f->location.field, w.language());
    const std::string expected = en && !f->expected_en.empty() ? f->expected_en : f->expected;
    row(out, {markdown_cell(w.severity(f->severity)), markdown_code(f->full_rule_id()), markdown_cell(where(f->location, en)),
              markdown_cell(what), markdown_cell(pick(en, f->message, f->message_en)), markdown_cell(expected),
              markdown_cell(f->actual), markdown_cell(pick(en, f->fix, f->fix_en))});
  }
  out += "\n";
}

}  // namespace

std::string MarkdownWriter::write(const report_model::Report& report, const WriteOptions& options) const {
  const bool en = options.language == "en";
  const ReportWords w(en ? MessageLanguage::en : MessageLanguage::zh_cn);

  // file -> table index (-1: the file itself) -> findings, in report order.
  std::map<std::string, std::map<int, std::vector<const Finding*>>> grouped;
  for (const auto& f : report.findings) grouped[f.location.file][f.location.table].push_back(&f);

  std::string out;
  out += fmt::format("# {}\n\n", w.say("jxaudit audit report"));
  out += markdown_cell(fmt::format("{} {} ({})", report.tool_name, report.tool_version, report_model::kReportSchema)) +
         "\n\n";
  if (!report.config_sha256.empty())
    out += markdown_cell(fmt::format(w.say_fmt("Configuration sha256 {}"), report.config_sha256)) + "\n\n";
  if (!options.timestamp.empty())
    out += markdown_cell(fmt::format(w.say_fmt("Run at {} UTC on {}"), options.timestamp, options.hostname)) + "\n\n";
  summary(out, report, w);
  plugins_run(out, report, w);
  rules_run(out, report, w);
  failed_and_skipped(out, report, w);

  for (const auto& in : report.inputs) {
    out += fmt::format("## {}\n\n", markdown_cell(in.path));
    const bool failed = in.status == report_model::InputStatus::failed;
    std::string facts = std::string(w.status(report_model::to_string(in.status)));
    if (failed) facts += std::string(en ? ": " : "：") + std::string(w.status(report_model::to_string(in.reason)));
    if (!in.format.empty() && in.format != "text") facts += ", " + in.format;
    facts += ", " + fmt::format(w.say_fmt("{} tables"), in.tables.size());
    if (!in.sha256.empty()) facts += ", sha256 " + in.sha256;
    out += markdown_cell(facts) + "\n\n";

    auto file_it = grouped.find(in.path);
    std::map<int, std::vector<const Finding*>> none;
    auto& by_table = file_it == grouped.end() ? none : file_it->second;
    if (auto it = by_table.find(-1); it != by_table.end()) {
      out += fmt::format("### {}\n\n", markdown_cell(w.say("(whole file)")));
      findings_table(out, it->second, w);
    }
    // Every table is listed, clean ones too: a reader must see it was checked.
    for (const auto& t : in.tables) {
      std::string project = t.project_code;
      if (!t.project_name.empty()) project += (project.empty() ? "" : " ") + t.project_name;
      Location at;
      at.line = t.line;
      at.sheet = t.sheet;
      out += fmt::format("### {}\n\n", markdown_cell(fmt::format("{}  {} ({})", fmt::format(w.say_fmt("table {}"), t.index + 1),
                                                                 project, where(at, en))));
      auto it = by_table.find(t.index);
      if (!t.coverage.empty())
        out += markdown_cell(fmt::format(w.say_fmt("coverage: {}"), coverage_phrases(t.coverage, w))) + "\n\n";
      if (failed) {
        out += std::string(w.say("not checked (file not read to the end)")) + "\n\n";
      } else if (it == by_table.end()) {
        out += std::string(w.say("no findings")) + "\n\n";
      } else {
        findings_table(out, it->second, w);
      }
    }
    if (file_it != grouped.end()) grouped.erase(file_it);
  }
  // Findings not tied to an input file (cross-table checks, plugin failures in finish()).
  for (const auto& [file, by_table] : grouped) {
    out += fmt::format("## {}\n\n", markdown_cell(file.empty() ? std::string(w.say("(across tables)")) : file));
    std::vector<const Finding*> all;
    for (const auto& [table, findings] : by_table) all.insert(all.end(), findings.begin(), findings.end());
    findings_table(out, all, w);
  }
  // One newline at the end, not a blank line.
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace jxaudit::reports
