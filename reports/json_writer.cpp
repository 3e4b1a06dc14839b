#include "json_writer.hpp"

#include <nlohmann/json.hpp>

#include "location_text.hpp"

namespace jxaudit::reports {
namespace {

using Json = nlohmann::ordered_json;

Json texts(const std::string& zh, const std::string& en) {
  Json j = Json::object();
  j["zh-CN"] = zh;
  j["en"] = en;
  return j;
}

Json location(const Location& l) {
  Json j = Json::object();
  j["file"] = l.file;
  j["line"] = l.line;
  j["column"] = l.column;
  j["table"] = l.table;
  j["project_code"] = l.project_code;
  j["level2"] = l.level2;
  j["indicator"] = l.indicator;
  j["field"] = l.field;
  // Office files only, so the report of a text export is unchanged.
  if (!l.sheet.empty()) {
    j["sheet"] = l.sheet;
    const std::string cell = cell_address(l);
    if (!cell.empty()) j["cell"] = cell;
  }
  if (l.word_table > 0) {
    j["word_table"] = l.word_table;
    j["word_row"] = l.word_row;
  }
  if (l.word_paragraph > 0) j["word_paragraph"] = l.word_paragraph;
  return j;
}

Json finding(const Finding& f) {
  Json j = Json::object();
  j["plugin"] = f.plugin;
  j["rule"] = f.full_rule_id();
  j["severity"] = std::string(to_string(f.severity));
  j["message"] = texts(f.message, f.message_en);
  j["location"] = location(f.location);
  j["expected"] = f.expected;
  if (!f.expected_en.empty()) j["expected_en"] = f.expected_en;
  j["actual"] = f.actual;
  j["fix"] = f.fix.empty() && f.fix_en.empty() ? Json(nullptr) : texts(f.fix, f.fix_en);
  j["fingerprint"] = f.fingerprint;
  return j;
}

// What each plugin verified, by plugin id: {"verified", "examined", "unverifiable": [{reason, count, text}]}.
Json coverage(const std::vector<report_model::PluginCoverage>& plugins) {
  Json j = Json::object();
  for (const auto& c : plugins) {
    Json reasons = Json::array();
    for (const auto& u : c.unverifiable)
      reasons.push_back(Json::object({{"reason", u.reason}, {"count", u.count}, {"text", texts(u.text_zh, u.text)}}));
    j[c.plugin] = Json::object({{"verified", c.verified}, {"examined", c.examined()}, {"unverifiable", std::move(reasons)}});
  }
  return j;
}

Json input(const report_model::InputRecord& in) {
  Json j = Json::object();
  j["path"] = in.path;
  j["sha256"] = in.sha256;
  j["size"] = in.size;
  j["encoding"] = in.encoding;
  if (!in.format.empty() && in.format != "text") j["format"] = in.format;
  j["tables"] = in.tables.size();
  j["status"] = report_model::to_string(in.status);
  j["reason"] = report_model::to_string(in.reason);
  j["error"] = in.error;
  if (in.limit) {
    j["limit"] = Json::object({{"key", "limits." + in.limit->key},
                               {"value", in.limit->value},
                               {"line", in.limit->line},
                               {"found", in.limit->found > 0 ? Json(in.limit->found) : Json(nullptr)}});
  } else {
    j["limit"] = nullptr;
  }
  Json projects = Json::array();
  for (const auto& t : in.tables) {
    Json p = Json::object();
    p["table"] = t.index;
    p["line"] = t.line;
    p["project_code"] = t.project_code;
    p["project_name"] = t.project_name;
    p["coverage"] = coverage(t.coverage);
    projects.push_back(std::move(p));
  }
  j["projects"] = std::move(projects);
  return j;
}

}  // namespace

std::string JsonWriter::write(const report_model::Report& report, const WriteOptions&) const {
  Json root = Json::object();
  root["schema"] = report_model::kReportSchema;
  root["tool"] = Json::object({{"name", report.tool_name}, {"version", report.tool_version}});
  root["config_sha256"] = report.config_sha256;
  Json inputs = Json::array();
  for (const auto& in : report.inputs) inputs.push_back(input(in));
  root["inputs"] = std::move(inputs);
  Json skipped = Json::array();
  for (const auto& sk : report.skipped)
    skipped.push_back(Json::object(
        {{"path", sk.path}, {"reason", report_model::to_string(sk.reason)}, {"message", texts(sk.message, sk.message_en)}}));
  root["skipped"] = std::move(skipped);
  Json plugins = Json::array();
  for (const auto& p : report.plugins) {
    Json j = Json::object();
    j["id"] = p.id;
    j["version"] = p.version;
    j["file"] = p.file;
    j["sha256"] = p.sha256;
    j["api_version"] = p.api_version;
    plugins.push_back(std::move(j));
  }
  root["plugins"] = std::move(plugins);
  // What was checked: an empty findings list means something only beside it.
  Json rules = Json::array();
  for (const auto& r : report.rules)
    rules.push_back(Json::object({{"id", r.id}, {"severity", std::string(to_string(r.severity))}}));
  root["rules"] = std::move(rules);
  const report_model::Summary& s = report.summary;
  Json summary = Json::object();
  summary["files"] = s.files;
  summary["failed"] = s.failed;
  summary["skipped"] = s.skipped;
  summary["tables"] = s.tables;
  summary["findings"] = Json::object({{"total", s.findings}, {"error", s.error}, {"warning", s.warning}, {"info", s.info}});
  Json by_plugin = Json::object();
  for (const auto& [k, v] : s.by_plugin) by_plugin[k] = v;
  Json by_rule = Json::object();
  for (const auto& [k, v] : s.by_rule) by_rule[k] = v;
  summary["by_plugin"] = std::move(by_plugin);
  summary["by_rule"] = std::move(by_rule);
  summary["coverage"] = coverage(s.coverage);
  root["summary"] = std::move(summary);
  Json findings = Json::array();
  for (const auto& f : report.findings) findings.push_back(finding(f));
  root["findings"] = std::move(findings);
  // Invalid UTF-8 from an odd input is replaced rather than aborting the report.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace jxaudit::reports
