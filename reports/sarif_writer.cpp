#include "sarif_writer.hpp"

#include <map>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "i18n/tr.hpp"
#include "location_text.hpp"
#include "report_words.hpp"

namespace jxaudit::reports {
namespace {

// Ordered: keys come out in the order written, so the bytes are fixed.
using Json = nlohmann::ordered_json;

constexpr const char* kSarifSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* kFingerprintKey = "jxauditFingerprint/v1";

const char* level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "none";
}

// Where each rule's descriptor is: tool.extensions[component].rules[rule].
struct RuleIndex {
  std::size_t component = 0;
  std::size_t rule = 0;
};

// The tool components (plugins, parser, host) and their rules, built once so
// that every result's `rule` reference points at the descriptor it names.
class Components {
 public:
  explicit Components(const report_model::Report& report, bool en) : en_(en) {
    for (const auto& p : report.plugins) component(p.id);
    for (const auto& r : report.rules) add_rule(r.plugin.empty() ? r.id.substr(0, r.id.find('.')) : r.plugin, r);
    // host.* rules are not in report.rules (they always apply): a descriptor
    // with the id and level of the finding, so every result has its rule.
    for (const auto& f : report.findings) {
      if (index_.count(f.full_rule_id()) > 0) continue;
      report_model::RuleRun run;
      run.id = f.full_rule_id();
      run.severity = f.severity;
      run.plugin = f.plugin;
      add_rule(f.plugin, run);
    }
    for (auto& c : list_) {
      if (c.name == "parser" || c.name == "host") c.version = report.tool_version;
      for (const auto& p : report.plugins)
        if (p.id == c.name) c.plugin = &p;
    }
  }

  const RuleIndex* find(const std::string& rule) const {
    auto it = index_.find(rule);
    return it == index_.end() ? nullptr : &it->second;
  }

  Json json() const {
    Json out = Json::array();
    for (const auto& c : list_) {
      Json j = Json::object();
      j["name"] = c.name;
      const std::string version = c.plugin ? c.plugin->version : c.version;
      if (!version.empty()) j["version"] = version;
      j["rules"] = c.rules;
      if (c.plugin) {
        // Provenance an auditor signs: which build of the plugin ran.
        j["properties"] = Json::object(
            {{"file", c.plugin->file}, {"sha256", c.plugin->sha256}, {"apiVersion", c.plugin->api_version}});
      }
      out.push_back(std::move(j));
    }
    return out;
  }

 private:
  struct Component {
    std::string name;
    std::string version;
    const report_model::PluginRecord* plugin = nullptr;
    Json rules = Json::array();
  };

  std::size_t component(const std::string& name) {
    for (std::size_t i = 0; i < list_.size(); ++i)
      if (list_[i].name == name) return i;
    list_.push_back({name, {}, nullptr, Json::array()});
    return list_.size() - 1;
  }

  void add_rule(const std::string& plugin, const report_model::RuleRun& r) {
    if (index_.count(r.id) > 0) return;
    const std::size_t c = component(plugin);
    Json d = Json::object();
    d["id"] = r.id;
    const std::string summary = pick(en_, r.summary_zh, r.summary);
    const std::string doc = pick(en_, r.doc_zh, r.doc);
    if (!summary.empty()) d["shortDescription"] = Json::object({{"text", summary}});
    if (!doc.empty()) {
      d["fullDescription"] = Json::object({{"text", doc}});
      d["help"] = Json::object({{"text", doc}});
    }
    d["defaultConfiguration"] = Json::object({{"level", level(r.severity)}});
    index_[r.id] = {c, list_[c].rules.size()};
    list_[c].rules.push_back(std::move(d));
  }

  bool en_;
  std::vector<Component> list_;
  std::map<std::string, RuleIndex> index_;
};

Json rule_reference(const std::string& id, const Components& components) {
  Json j = Json::object();
  j["id"] = id;
  if (const RuleIndex* at = components.find(id)) {
    j["index"] = at->rule;
    j["toolComponent"] = Json::object({{"index", at->component}});
  }
  return j;
}

Json artifact_location(const std::string& path, const std::map<std::string, std::size_t>& artifacts) {
  Json j = Json::object();
  j["uri"] = path_to_uri(path);
  if (auto it = artifacts.find(path); it != artifacts.end()) j["index"] = it->second;
  return j;
}

bool office(const Location& l) { return !l.sheet.empty() || l.word_table > 0 || l.word_paragraph > 0; }

// A finding's place: the file and line (a text export) or the sheet and cell,
// Word table and row (an office file, whose "line" is no line of the file),
// and the project › indicator it concerns.
Json location(const Location& l, const std::map<std::string, std::size_t>& artifacts) {
  Json loc = Json::object();
  if (!l.file.empty()) {
    Json physical = Json::object();
    physical["artifactLocation"] = artifact_location(l.file, artifacts);
    if (office(l)) {
      Json props = Json::object();
      if (!l.sheet.empty()) {
        props["sheet"] = l.sheet;
        if (l.line > 0) props["row"] = l.line;
        if (const std::string cell = cell_address(l); !cell.empty()) props["cell"] = cell;
      }
      if (l.word_table > 0) {
        props["wordTable"] = l.word_table;
        props["wordRow"] = l.word_row;
        if (l.column >= 0) props["wordCell"] = l.column + 1;
      }
      if (l.word_paragraph > 0) props["wordParagraph"] = l.word_paragraph;
      // A region needs a line or an offset of the file; a sheet row is neither,
      // so the place is said in the physical location's properties.
      physical["properties"] = std::move(props);
    } else if (l.line > 0) {
      physical["region"] = Json::object({{"startLine", l.line}});
    }
    loc["physicalLocation"] = std::move(physical);
  }
  Json logical = Json::array();
  if (!l.project_code.empty()) {
    if (l.indicator.empty())
      logical.push_back(Json::object({{"name", l.project_code}, {"fullyQualifiedName", l.project_code}, {"kind", "module"}}));
    else
      logical.push_back(Json::object({{"name", l.indicator},
                                      {"fullyQualifiedName", l.project_code + "/" + l.indicator},
                                      {"kind", "member"}}));
  }
  if (!l.sheet.empty() && l.line > 0) {
    const std::string cell = cell_address(l);
    const std::string name = quoted_sheet(l.sheet) + "!" + (cell.empty() ? std::to_string(l.line) + ":" + std::to_string(l.line) : cell);
    logical.push_back(Json::object({{"name", name}, {"fullyQualifiedName", name}, {"kind", "element"}}));
  }
  if (!logical.empty()) loc["logicalLocations"] = std::move(logical);
  return loc;
}

Json result(const Finding& f, bool en, const Components& components, const std::map<std::string, std::size_t>& artifacts) {
  Json j = Json::object();
  j["ruleId"] = f.full_rule_id();
  j["rule"] = rule_reference(f.full_rule_id(), components);
  j["level"] = level(f.severity);
  j["message"] = Json::object({{"text", pick(en, f.message, f.message_en)}});
  Json loc = location(f.location, artifacts);
  if (!loc.empty()) j["locations"] = Json::array({std::move(loc)});
  j["partialFingerprints"] = Json::object({{kFingerprintKey, f.fingerprint}});
  // The facts beside the sentence, as the JSON report has them.
  Json props = Json::object();
  props["plugin"] = f.plugin;
  if (f.location.table >= 0) props["table"] = f.location.table;
  if (!f.location.level2.empty()) props["level2"] = f.location.level2;
  if (!f.location.field.empty()) props["field"] = f.location.field;
  if (f.location.column >= 0) props["column"] = f.location.column;
  const std::string expected = en && !f.expected_en.empty() ? f.expected_en : f.expected;
  if (!expected.empty()) props["expected"] = expected;
  if (!f.actual.empty()) props["actual"] = f.actual;
  if (const std::string fix = pick(en, f.fix, f.fix_en); !fix.empty()) props["fix"] = fix;
  j["properties"] = std::move(props);
  return j;
}

std::string status_word(std::string_view keyword, bool en) { return std::string(ReportWords(en).status(keyword)); }

// What went wrong in the run itself, beside the results: inputs not read to
// the end, plugins that failed, and the files a directory scan skipped.
Json notifications(const report_model::Report& report, bool en, const Components& components,
                   const std::map<std::string, std::size_t>& artifacts) {
  const MessageLanguage language = en ? MessageLanguage::en : MessageLanguage::zh_cn;
  Json out = Json::array();
  for (const auto& in : report.inputs) {
    if (in.status != report_model::InputStatus::failed) continue;
    Json n = Json::object();
    n["level"] = "error";
    n["message"] = Json::object(
        {{"text", fmt::format(i18n::tr_fmt("input not read to the end ({}): {}", language),
                              status_word(report_model::to_string(in.reason), en), pick(en, in.error_zh, in.error))}});
    n["locations"] = Json::array({Json::object({{"physicalLocation",
                                                 Json::object({{"artifactLocation", artifact_location(in.path, artifacts)}})}})});
    n["properties"] = Json::object({{"reason", report_model::to_string(in.reason)}});
    out.push_back(std::move(n));
  }
  for (const auto& f : report.findings) {
    if (f.plugin != "host" || (f.rule != "plugin-failed" && f.rule != "undeclared-rule")) continue;
    Json n = Json::object();
    n["level"] = level(f.severity);
    n["message"] = Json::object({{"text", pick(en, f.message, f.message_en)}});
    Json loc = location(f.location, artifacts);
    if (!loc.empty()) n["locations"] = Json::array({std::move(loc)});
    n["associatedRule"] = rule_reference(f.full_rule_id(), components);
    out.push_back(std::move(n));
  }
  for (const auto& sk : report.skipped) {
    Json n = Json::object();
    n["level"] = "note";
    n["message"] = Json::object({{"text", pick(en, sk.message, sk.message_en)}});
    n["locations"] = Json::array(
        {Json::object({{"physicalLocation", Json::object({{"artifactLocation", artifact_location(sk.path, artifacts)}})}})});
    n["properties"] = Json::object({{"skipped", report_model::to_string(sk.reason)}});
    out.push_back(std::move(n));
  }
  return out;
}

// Coverage in SARIF property bags, by plugin id: verified, examined and the
// reasons not verified (id, count, the reason in the report's language).
Json coverage(const std::vector<report_model::PluginCoverage>& plugins, bool en) {
  Json j = Json::object();
  for (const auto& c : plugins) {
    Json reasons = Json::array();
    for (const auto& u : c.unverifiable)
      reasons.push_back(Json::object({{"reason", u.reason}, {"count", u.count}, {"text", pick(en, u.text_zh, u.text)}}));
    j[c.plugin] = Json::object({{"verified", c.verified}, {"examined", c.examined()}, {"unverifiable", std::move(reasons)}});
  }
  return j;
}

Json artifact(const report_model::InputRecord& in, bool en) {
  Json j = Json::object();
  j["location"] = Json::object({{"uri", path_to_uri(in.path)}});
  // A file that could not be read has no known length (SARIF's -1, left out).
  if (!in.sha256.empty()) {
    j["length"] = in.size;
    j["hashes"] = Json::object({{"sha-256", in.sha256}});
  }
  if (!in.encoding.empty()) j["encoding"] = in.encoding;
  Json props = Json::object();
  props["format"] = in.format.empty() ? std::string("text") : in.format;
  props["tables"] = in.tables.size();
  props["status"] = report_model::to_string(in.status);
  if (in.status == report_model::InputStatus::failed) props["reason"] = report_model::to_string(in.reason);
  Json tables = Json::array();
  for (const auto& t : in.tables)
    if (!t.coverage.empty())
      tables.push_back(Json::object({{"table", t.index}, {"projectCode", t.project_code}, {"coverage", coverage(t.coverage, en)}}));
  if (!tables.empty()) props["tableCoverage"] = std::move(tables);
  j["properties"] = std::move(props);
  return j;
}

}  // namespace

std::string path_to_uri(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (const unsigned char c : path) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    }
  }
  return out;
}

std::string SarifWriter::write(const report_model::Report& report, const WriteOptions& options) const {
  const bool en = options.language == "en";
  const Components components(report, en);
  std::map<std::string, std::size_t> artifacts;
  for (std::size_t i = 0; i < report.inputs.size(); ++i) artifacts.emplace(report.inputs[i].path, i);

  Json driver = Json::object();
  driver["name"] = report.tool_name;
  driver["version"] = report.tool_version;
  Json tool = Json::object({{"driver", std::move(driver)}, {"extensions", components.json()}});

  Json invocation = Json::object();
  // Exit 1 (findings) is a successful audit; 2 means something was not checked.
  invocation["executionSuccessful"] = options.exit_code != 2;
  invocation["exitCode"] = options.exit_code;
  Json notes = notifications(report, en, components, artifacts);
  if (!notes.empty()) invocation["toolExecutionNotifications"] = std::move(notes);

  Json artifact_list = Json::array();
  for (const auto& in : report.inputs) artifact_list.push_back(artifact(in, en));
  Json results = Json::array();
  for (const auto& f : report.findings) results.push_back(result(f, en, components, artifacts));

  Json run = Json::object();
  run["tool"] = std::move(tool);
  run["invocations"] = Json::array({std::move(invocation)});
  run["language"] = en ? "en" : "zh-CN";
  run["artifacts"] = std::move(artifact_list);
  run["results"] = std::move(results);
  Json properties = Json::object({{"reportSchema", report_model::kReportSchema}});
  if (!report.config_sha256.empty()) properties["configSha256"] = report.config_sha256;
  properties["coverage"] = coverage(report.summary.coverage, en);
  run["properties"] = std::move(properties);

  Json root = Json::object();
  root["$schema"] = kSarifSchema;
  root["version"] = "2.1.0";
  root["runs"] = Json::array({std::move(run)});
  // Invalid UTF-8 from an odd input is replaced rather than aborting the report.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace jxaudit::reports
