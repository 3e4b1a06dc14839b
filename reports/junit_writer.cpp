#include "junit_writer.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "field_label.hpp"
#include "location_text.hpp"
#include "report_words.hpp"
#include "xml_escape.hpp"

namespace jxaudit::reports {
namespace {

// The words of the JUnit report, as msgids (host/po/zh_CN.po translates them).
// One <testcase>: a table, the whole file, or an input that was not read.
struct Case {
  std::string name;
  std::vector<const Finding*> findings;
  std::string error_message;  // set: the case errored (an input not read to the end)
  std::string error_type;
  std::string skipped_message;  // set: the case was skipped (a file a scan did not read)
};

struct Suite {
  std::string name;
  std::string classname;
  std::vector<std::pair<std::string, std::string>> properties;
  std::vector<Case> cases;
};

// One finding, on one line: where, rule, message, then what was expected.
std::string finding_line(const Finding& f, const ReportWords& w, bool with_severity) {
  std::string line = reports::where(f.location, w.en()) + "  ";
  if (with_severity) line += std::string(i18n::severity_word(f.severity, w.language())) + "  ";
  line += f.full_rule_id() + "  " + w.pick(f.message, f.message_en);
  std::string what = f.location.indicator;
  if (!f.location.field.empty()) what += (what.empty() ? "" : " / ") + field_label(f.location.field, w.language());
  if (!what.empty()) line += "  [" + what + "]";
  const std::string expected = w.en() && !f.expected_en.empty() ? f.expected_en : f.expected;
  if (!expected.empty() || !f.actual.empty())
    line += fmt::format("  {}: {}  {}: {}", w.say("expected"), expected.empty() ? "-" : expected, w.say("actual"),
                        f.actual.empty() ? "-" : f.actual);
  if (const std::string fix = w.pick(f.fix, f.fix_en); !fix.empty()) line += fmt::format("  {}: {}", w.say("fix"), fix);
  return line;
}

std::string table_name(const report_model::TableInfo& t, const ReportWords& w) {
  std::string name = t.project_code;
  if (!t.project_name.empty()) name += (name.empty() ? "" : " ") + t.project_name;
  return name.empty() ? fmt::format(w.say_fmt("table {}"), t.index + 1) : name;
}

std::vector<std::pair<std::string, std::string>> input_properties(const report_model::Report& report,
                                                                  const report_model::InputRecord& in) {
  std::vector<std::pair<std::string, std::string>> p;
  p.emplace_back("jxaudit.version", report.tool_version);
  p.emplace_back("input.sha256", in.sha256);
  p.emplace_back("input.size", std::to_string(in.size));
  p.emplace_back("input.encoding", in.encoding);
  p.emplace_back("input.format", in.format.empty() ? "text" : in.format);
  p.emplace_back("input.tables", std::to_string(in.tables.size()));
  p.emplace_back("input.status", report_model::to_string(in.status));
  if (in.status == report_model::InputStatus::failed) p.emplace_back("input.reason", report_model::to_string(in.reason));
  if (!report.config_sha256.empty()) p.emplace_back("config.sha256", report.config_sha256);
  // Provenance: which build of each plugin checked the file.
  for (const auto& plugin : report.plugins) {
    p.emplace_back("plugin." + plugin.id + ".version", plugin.version);
    p.emplace_back("plugin." + plugin.id + ".sha256", plugin.sha256);
  }
  // Coverage, per table and plugin: "verified/examined", then the reason ids
  // of what was not verified with their counts (the JSON report has the words).
  for (const auto& t : in.tables)
    for (const auto& c : t.coverage) {
      std::string value = fmt::format("{}/{}", c.verified, c.examined());
      for (const auto& u : c.unverifiable) value += fmt::format(" {}={}", u.reason, u.count);
      p.emplace_back(fmt::format("table.{}.coverage.{}", t.index + 1, c.plugin), std::move(value));
    }
  return p;
}

// The suite of one input: its tables, or the one case that says it was not read.
Suite input_suite(const report_model::Report& report, const report_model::InputRecord& in,
                  std::map<int, std::vector<const Finding*>> by_table, const ReportWords& w) {
  Suite s{in.path, in.path, input_properties(report, in), {}};
  if (in.status == report_model::InputStatus::failed) {
    Case c{std::string(w.say("read the input file")), {}, {}, {}, {}};
    for (auto& [table, findings] : by_table) c.findings.insert(c.findings.end(), findings.begin(), findings.end());
    c.error_message = fmt::format(w.say_fmt("input not read to the end ({}): {}"),
                                  w.status(report_model::to_string(in.reason)), w.pick(in.error_zh, in.error));
    c.error_type = c.findings.empty() ? "host.input-" + std::string(report_model::to_string(in.reason))
                                      : c.findings.front()->full_rule_id();
    s.cases.push_back(std::move(c));
    return s;
  }
  if (auto it = by_table.find(-1); it != by_table.end() || in.tables.empty()) {
    Case c{std::string(in.tables.empty() ? w.say("no table found") : w.say("(whole file)")), {}, {}, {}, {}};
    if (it != by_table.end()) c.findings = it->second;
    s.cases.push_back(std::move(c));
    by_table.erase(-1);
  }
  for (const auto& t : in.tables) {
    Case c{table_name(t, w), {}, {}, {}, {}};
    if (auto it = by_table.find(t.index); it != by_table.end()) {
      c.findings = it->second;
      by_table.erase(it);
    }
    s.cases.push_back(std::move(c));
  }
  // A finding on a table index the input does not list still gets a case.
  for (const auto& [table, findings] : by_table)
    s.cases.push_back({fmt::format(w.say_fmt("table {}"), table + 1), findings, {}, {}, {}});
  return s;
}

void write_suite(std::string& out, const Suite& s, std::size_t id, const WriteOptions& options, const ReportWords& w) {
  std::size_t failures = 0;
  std::size_t errors = 0;
  std::size_t skipped = 0;
  for (const auto& c : s.cases) {
    if (!c.error_message.empty()) ++errors;
    else if (!c.skipped_message.empty()) ++skipped;
    else
      for (const Finding* f : c.findings)
        if (f->severity == Severity::error) {
          ++failures;
          break;
        }
  }
  out += fmt::format("  <testsuite package=\"jxaudit\" id=\"{}\" name=\"{}\"", id, xml_attribute(s.name));
  if (!options.timestamp.empty()) out += fmt::format(" timestamp=\"{}\"", xml_attribute(options.timestamp));
  if (!options.hostname.empty()) out += fmt::format(" hostname=\"{}\"", xml_attribute(options.hostname));
  out += fmt::format(" tests=\"{}\" failures=\"{}\" errors=\"{}\"", s.cases.size(), failures, errors);
  if (skipped > 0) out += fmt::format(" skipped=\"{}\"", skipped);
  // No clock is read: a check's time is not measured, so it is 0.
  out += " time=\"0\">\n";
  out += "    <properties>\n";
  for (const auto& [name, value] : s.properties)
    out += fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", xml_attribute(name), xml_attribute(value));
  out += "    </properties>\n";
  std::string system_out;
  for (const auto& c : s.cases) {
    out += fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"0\"", xml_attribute(c.name), xml_attribute(s.classname));
    std::vector<const Finding*> failed;
    for (const Finding* f : c.findings) {
      if (f->severity == Severity::error) failed.push_back(f);
      else system_out += fmt::format("[{}] {}\n", c.name, finding_line(*f, w, true));
    }
    std::string body;
    for (const Finding* f : failed) body += finding_line(*f, w, false) + "\n";
    if (!c.error_message.empty()) {
      out += fmt::format(">\n      <error message=\"{}\" type=\"{}\">{}</error>\n    </testcase>\n", xml_attribute(c.error_message),
                         xml_attribute(c.error_type), xml_text(body));
    } else if (!c.skipped_message.empty()) {
      out += fmt::format(">\n      <skipped message=\"{}\"/>\n    </testcase>\n", xml_attribute(c.skipped_message));
    } else if (!failed.empty()) {
      // One <failure> per case (the schema allows one): every error of the table in its body.
      std::vector<std::string> types;
      for (const Finding* f : failed)
        if (std::find(types.begin(), types.end(), f->full_rule_id()) == types.end()) types.push_back(f->full_rule_id());
      const std::string first = w.pick(failed.front()->message, failed.front()->message_en);
      const std::string message = failed.size() == 1 ? first : fmt::format(w.say_fmt("{} errors; the first: {}"), failed.size(), first);
      out += fmt::format(">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n", xml_attribute(message),
                         xml_attribute(fmt::format("{}", fmt::join(types, ","))), xml_text(body));
    } else {
      out += "/>\n";
    }
  }
  // Warnings and notes do not fail a case; the schema has room for them only here.
  out += "    <system-out>" + xml_text(system_out) + "</system-out>\n";
  out += "    <system-err></system-err>\n";
  out += "  </testsuite>\n";
}

}  // namespace

std::string JunitWriter::write(const report_model::Report& report, const WriteOptions& options) const {
  const ReportWords w(options.language == "en");
  // file -> table index (-1: the file itself) -> findings, in report order.
  std::map<std::string, std::map<int, std::vector<const Finding*>>> grouped;
  for (const auto& f : report.findings) grouped[f.location.file][f.location.table].push_back(&f);

  std::vector<Suite> suites;
  for (const auto& in : report.inputs) {
    auto it = grouped.find(in.path);
    suites.push_back(input_suite(report, in, it == grouped.end() ? decltype(it->second){} : it->second, w));
    if (it != grouped.end()) grouped.erase(it);
  }
  // Findings tied to no input (cross-table checks, a plugin's finish()).
  if (!grouped.empty()) {
    const std::string across(w.say("(across tables)"));
    Suite s{across, across, {{"jxaudit.version", report.tool_version}}, {}};
    for (const auto& [file, by_table] : grouped) {
      Case c{file.empty() ? across : file, {}, {}, {}, {}};
      for (const auto& [table, findings] : by_table) c.findings.insert(c.findings.end(), findings.begin(), findings.end());
      s.cases.push_back(std::move(c));
    }
    suites.push_back(std::move(s));
  }
  // Files a directory scan did not read: skipped cases, so the CI page shows them.
  if (!report.skipped.empty()) {
    const std::string name(w.say("skipped files (not read)"));
    Suite s{name, name, {{"jxaudit.version", report.tool_version}}, {}};
    for (const auto& sk : report.skipped) {
      Case c{sk.path, {}, {}, {}, {}};
      c.skipped_message = fmt::format("{}: {}", w.status(report_model::to_string(sk.reason)), w.pick(sk.message, sk.message_en));
      s.cases.push_back(std::move(c));
    }
    suites.push_back(std::move(s));
  }

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  for (std::size_t i = 0; i < suites.size(); ++i) write_suite(out, suites[i], i, options, w);
  out += "</testsuites>\n";
  return out;
}

}  // namespace jxaudit::reports
