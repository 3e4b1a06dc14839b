#include "engine/engine.hpp"
#include "i18n/tr.hpp"
#include "jxaudit/catalog.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <exception>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "engine/input_outcome.hpp"
#include "engine/merge.hpp"
#include "engine/parallel.hpp"
#include "engine/plugin_sink.hpp"
#include "engine/rule_precedence.hpp"
#include "engine/rules_run.hpp"
#include "engine/source_address.hpp"
#include "io/read_file.hpp"
#include "jxaudit/version.hpp"

namespace jxaudit::engine {

using report_model::Report;
using report_model::InputRecord;
using report_model::InputStatus;
using report_model::FailReason;
namespace {

std::string project_code_of(const Table& t) {
  return !t.project.code.empty() ? t.project.code.text : t.project.name.text;
}

// Runs `body`, turning an exception out of plugin code into host.plugin-failed.
// Called while the plugin's library is loaded (the registry outlives the run).
template <class Body>
void guarded(const ActivePlugin& plugin, const std::string& file, int table, int line, const std::string& code,
             std::vector<Finding>& out, Body body) {
  try {
    body();
  } catch (const std::exception& e) {
    spdlog::warn(i18n::tr_fmt("plugin {} failed on {} table {}: {}"), plugin.plugin->id, file, table, e.what());
    out.push_back(plugin_failed(plugin.plugin->id, file, table, line, code, e.what()));
  } catch (...) {
    spdlog::warn(i18n::tr_fmt("plugin {} failed on {} table {}: unknown exception"), plugin.plugin->id, file, table);
    out.push_back(plugin_failed(plugin.plugin->id, file, table, line, code, "unknown exception"));
  }
}

// Sums a table's coverage into the run's, plugin by plugin (kept by id).
void add_table_coverage(std::vector<report_model::PluginCoverage>& total,
                        const std::vector<report_model::PluginCoverage>& table) {
  for (const auto& c : table) {
    auto it = std::lower_bound(total.begin(), total.end(), c.plugin,
                               [](const report_model::PluginCoverage& a, const std::string& id) { return a.plugin < id; });
    if (it == total.end() || it->plugin != c.plugin) it = total.insert(it, report_model::PluginCoverage{c.plugin, 0, {}});
    add_coverage(*it, c);
  }
}

// Hands every checked table with its merged findings to `on_table`, in input order.
void show_tables(const Report& report, const std::vector<Document>& documents, const TableObserver& on_table) {
  std::map<std::pair<std::string, int>, std::vector<Finding>> by_table;
  for (const auto& f : report.findings)
    if (f.location.table >= 0) by_table[{f.location.file, f.location.table}].push_back(f);
  const std::vector<Finding> none;
  for (std::size_t i = 0; i < documents.size() && i < report.inputs.size(); ++i) {
    const InputRecord& in = report.inputs[i];
    if (in.status == InputStatus::failed) continue;
    for (std::size_t t = 0; t < documents[i].tables.size() && t < in.tables.size(); ++t) {
      auto it = by_table.find({in.path, in.tables[t].index});
      on_table({in, in.tables[t], documents[i].tables[t], it == by_table.end() ? none : it->second});
    }
  }
}

}  // namespace

std::vector<const ActivePlugin*> running_plugins(const Session& session) {
  std::vector<const ActivePlugin*> out;
  for (const auto& a : session.active)
    if (a.runs()) out.push_back(&a);
  return out;
}

std::vector<std::size_t> check_documents(const std::vector<const ActivePlugin*>& plugins,
                                         const std::vector<Document>& documents, int jobs, std::vector<Finding>& out,
                                         std::uint64_t findings_per_file, CoverageByTable* coverage) {
  struct Task {
    const Table* table;
    std::size_t document;
    std::size_t index;  // of the table in its document
  };
  std::vector<Task> tasks;
  for (std::size_t d = 0; d < documents.size(); ++d)
    for (std::size_t t = 0; t < documents[d].tables.size(); ++t) tasks.push_back({&documents[d].tables[t], d, t});
  if (coverage != nullptr) {
    coverage->assign(documents.size(), {});
    for (std::size_t d = 0; d < documents.size(); ++d)
      (*coverage)[d].assign(documents[d].tables.size(), std::vector<report_model::PluginCoverage>(plugins.size()));
  }
  // Findings so far per document, parse diagnostics included. Once a count
  // passes the limit it stays past it, so "over" is the same for any jobs
  // even though which tables were checked before the stop is not.
  std::vector<std::atomic<std::uint64_t>> counts(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) counts[d] = documents[d].diagnostics.size();
  auto over = [&](std::size_t d) { return counts[d].load(std::memory_order_relaxed) > findings_per_file; };

  // One result slot per table (and per plugin for finish): threads never share a vector.
  std::vector<std::vector<Finding>> per_table(tasks.size());
  parallel_for(tasks.size(), jobs, [&](std::size_t i) {
    const Task& task = tasks[i];
    if (over(task.document)) return;
    const Table& table = *task.table;
    for (std::size_t p = 0; p < plugins.size(); ++p) {
      const ActivePlugin* plugin = plugins[p];
      const std::size_t begin = per_table[i].size();
      // Each task writes only its own table's slots: no two threads share one.
      report_model::PluginCoverage* covered =
          coverage != nullptr ? &(*coverage)[task.document][task.index][p] : nullptr;
      PluginSink sink(plugin->plugin->id, plugin->policy, per_table[i], covered);
      guarded(*plugin, table.file, table.index, table.line, project_code_of(table), per_table[i],
              [&] { plugin->plugin->check->check(table, sink); });
      apply_rule_precedence(*plugin->plugin, per_table[i], begin);
    }
    for (Finding& f : per_table[i]) add_source_address(f.location, documents[task.document].source, table.sheet);
    counts[task.document].fetch_add(per_table[i].size(), std::memory_order_relaxed);
    if (over(task.document)) std::vector<Finding>().swap(per_table[i]);  // free it now: the file fails
  });
  std::vector<std::size_t> over_limit;
  for (std::size_t d = 0; d < documents.size(); ++d)
    if (over(d)) over_limit.push_back(d);

  std::vector<const Table*> checked_tables;
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    if (over(tasks[i].document)) {
      std::vector<Finding>().swap(per_table[i]);
      continue;
    }
    checked_tables.push_back(tasks[i].table);
  }
  std::vector<std::vector<Finding>> per_plugin(plugins.size());
  parallel_for(plugins.size(), jobs, [&](std::size_t i) {
    const ActivePlugin* plugin = plugins[i];
    PluginSink sink(plugin->plugin->id, plugin->policy, per_plugin[i]);
    guarded(*plugin, "", -1, 0, "", per_plugin[i],
            [&] { plugin->plugin->check->finish(std::span<const Table* const>(checked_tables), sink); });
    apply_rule_precedence(*plugin->plugin, per_plugin[i], 0);
  });
  for (auto& v : per_table) out.insert(out.end(), std::make_move_iterator(v.begin()), std::make_move_iterator(v.end()));
  for (auto& v : per_plugin) out.insert(out.end(), std::make_move_iterator(v.begin()), std::make_move_iterator(v.end()));
  return over_limit;
}

void add_parser_findings(const Document& document, const config::CheckSelection& selection,
                         std::vector<Finding>& out) {
  for (const auto& d : document.diagnostics) {
    if (!selection.enabled(std::string(builtin_rules::kParserPlugin) + "." + d.code)) continue;
    Finding f;
    f.plugin = builtin_rules::kParserPlugin;
    f.rule = d.code;
    f.severity = d.severity;
    f.location.file = d.at.file.empty() ? document.source.path : d.at.file;
    f.location.line = d.at.line;
    f.location.column = d.at.column;
    f.location.table = d.table;
    if (d.table >= 0 && static_cast<std::size_t>(d.table) < document.tables.size())
      f.location.project_code = project_code_of(document.tables[static_cast<std::size_t>(d.table)]);
    f.message = d.message;
    f.message_en = d.message_en;
    add_source_address(f.location, document.source, d.at.sheet);
    out.push_back(std::move(f));
  }
}

Report make_report(std::vector<InputRecord> inputs, const std::vector<const ActivePlugin*>& plugins,
                   std::vector<Finding> findings) {
  Report report;
  report.tool_name = kToolName;
  report.tool_version = kToolVersion;
  for (const ActivePlugin* p : plugins)
    report.plugins.push_back({p->plugin->id, p->plugin->version, p->plugin->file, p->plugin->sha256,
                              p->plugin->api_version});
  report.summary.files = inputs.size();
  for (const auto& in : inputs) {
    // Tables of a failed input are listed under it but were not checked.
    if (in.status == InputStatus::failed) {
      ++report.summary.failed;
      continue;
    }
    report.summary.tables += in.tables.size();
    for (const auto& t : in.tables) add_table_coverage(report.summary.coverage, t.coverage);
  }
  report.inputs = std::move(inputs);
  merge_findings(findings);
  count_findings(findings, report.summary);
  report.findings = std::move(findings);
  return report;
}

namespace {

// Reads and parses one input into `in` and `document`; a failure is recorded
// in `in` and leaves `document` with nothing to check.
void read_input(const InputEntry& entry, const config::Limits& limits, const ParseFn& parse, InputRecord& in,
                Document& document) {
  in.path = entry.path;
  document.source.path = entry.path;
  if (entry.failure != FailReason::none) {
    mark_failed(in, entry.failure, entry.error);
    return;
  }
  io::ReadResult bytes = io::read_file(entry.path, limits.file_bytes);
  if (!bytes.bytes) {
    in.size = bytes.size;
    std::optional<config::LimitHit> limit;
    if (bytes.failure == io::ReadFailure::over_limit)
      limit = config::LimitHit{config::Limit::file_bytes, limits.file_bytes, 0, bytes.size};
    mark_failed(in, fail_reason(bytes.failure), i18n::Bilingual{bytes.error_zh, bytes.error}, limit);
    return;
  }
  in.sha256 = io::sha256_hex(*bytes.bytes);
  in.size = bytes.bytes->size();
  parse::ParseOutcome parsed = parse(*bytes.bytes, entry.path, limits);
  in.encoding = parsed.document.source.encoding;
  in.format = parsed.document.source.format;
  for (const auto& t : parsed.document.tables)
    in.tables.push_back({t.index, t.line, t.project.code.text, t.project.name.text, t.sheet});
  if (parsed.unreadable && !parsed.limit) {
    // A damaged, encrypted or unsupported file: failed, its one message the reader's.
    mark_failed(in, FailReason::damaged, i18n::Bilingual{parsed.unreadable->message, parsed.unreadable->message_en});
    document.source = std::move(parsed.document.source);
    return;
  }
  if (parsed.limit) {
    // Half a file is not checked: its tables are listed, no plugin sees them,
    // and its parse diagnostics are dropped (the one finding is the limit).
    mark_failed(in, FailReason::over_limit, {}, parsed.limit);
    document.source = std::move(parsed.document.source);
    return;
  }
  document = std::move(parsed.document);
  in.status = in.tables.empty() ? InputStatus::no_tables : InputStatus::ok;
  spdlog::info(i18n::tr_fmt("{}: {} table(s), {} diagnostic(s)"), entry.path, in.tables.size(), document.diagnostics.size());
}

}  // namespace

Report run_checks(const Session& session, const RunInputs& run, const ParseFn& parse, const TableObserver& on_table) {
  ExpandedInputs expanded = expand_inputs(run.paths, run.selection);
  // Missing paths stay in command-line order: they are listed as failed inputs.
  const std::vector<InputEntry>& entries = expanded.all;

  std::vector<Document> documents(entries.size());
  std::vector<InputRecord> inputs(entries.size());
  parallel_for(entries.size(), run.jobs,
               [&](std::size_t i) { read_input(entries[i], run.limits, parse, inputs[i], documents[i]); });

  std::vector<const ActivePlugin*> plugins = running_plugins(session);
  std::vector<Finding> findings;
  CoverageByTable coverage;
  const std::vector<std::size_t> over =
      check_documents(plugins, documents, run.jobs, findings, run.limits.findings_per_file, &coverage);
  for (std::size_t d : over) {
    // Too many findings to be a table a person filled in: failed like any
    // other limit, its findings not listed (check_documents dropped them).
    mark_failed(inputs[d], FailReason::over_limit, {},
                config::LimitHit{config::Limit::findings_per_file, run.limits.findings_per_file, 0, 0});
  }
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (inputs[i].status == InputStatus::failed) {
      spdlog::warn(i18n::tr_fmt("{}: failed ({}): {}"), inputs[i].path,
                   i18n::trc("input-status", to_string(inputs[i].reason), user_language()),
                   user_language() == MessageLanguage::en || inputs[i].error_zh.empty() ? inputs[i].error
                                                                                         : inputs[i].error_zh);
      findings.push_back(input_failed(inputs[i]));
      continue;
    }
    add_parser_findings(documents[i], session.selection, findings);
    for (std::size_t t = 0; t < inputs[i].tables.size() && t < coverage[i].size(); ++t)
      inputs[i].tables[t].coverage = std::move(coverage[i][t]);
  }
  for (const auto& s : expanded.skipped) spdlog::info(i18n::tr_fmt("{}: skipped ({})"), s.path, to_string(s.reason));
  Report report = make_report(std::move(inputs), plugins, std::move(findings));
  report.skipped = std::move(expanded.skipped);
  report.summary.skipped = report.skipped.size();
  report.rules = rules_run(session);
  if (on_table) show_tables(report, documents, on_table);
  return report;
}

}  // namespace jxaudit::engine
