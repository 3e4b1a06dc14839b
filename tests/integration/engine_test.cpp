// The engine with real plugins on hand-made tables: failures become findings,
// output is the same for any --jobs, fingerprints survive moved rows.
#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "engine/engine.hpp"
#include "json_writer.hpp"
#include "run_support.hpp"
#include "session_support.hpp"

using namespace jxaudit;
using jxaudit::testing::cell;
using jxaudit::testing::plugin_dir;
using jxaudit::testing::session_with;

namespace {

Table table(const std::string& file, int index, int first_line, const std::vector<std::string>& names) {
  Table t;
  t.file = file;
  t.index = index;
  t.line = first_line;
  t.project.code = cell("4403040000" + std::to_string(index));
  int line = first_line + 10;
  for (const auto& n : names) {
    Indicator ind;
    ind.level1 = "产出指标";
    ind.level2 = n == "不适用" ? "成本指标" : "数量指标";
    ind.name = cell(n, line);
    ind.points = cell("5", line, 4);
    ind.score = cell("4", line, 5);
    ind.line = line++;
    t.indicators.push_back(ind);
  }
  return t;
}

std::vector<Document> documents(int files) {
  std::vector<Document> docs;
  for (int f = 0; f < files; ++f) {
    Document d;
    d.source.path = "dir/file" + std::to_string(f) + ".txt";
    for (int t = 0; t < 3; ++t) d.tables.push_back(table(d.source.path, t, 1 + t * 40, {"人数", "不适用", "次数", "不适用"}));
    docs.push_back(std::move(d));
  }
  return docs;
}

std::string report_json(const engine::Session& s, const std::vector<Document>& docs, int jobs) {
  std::vector<Finding> findings;
  auto plugins = engine::running_plugins(s);
  engine::check_documents(plugins, docs, jobs, findings);
  return reports::JsonWriter().write(engine::make_report({}, plugins, std::move(findings)), {});
}

}  // namespace

TEST(Engine, ThrowingPluginBecomesFindingsAndTheRunGoesOn) {
  jxaudit::testing::Scratch scratch;
  auto s = session_with({"good", "throwing"}, scratch);
  ASSERT_TRUE(s->ok()) << ::testing::PrintToString(s->problems());
  auto docs = documents(1);
  std::vector<Finding> findings;
  engine::check_documents(engine::running_plugins(*s), docs, 2, findings);
  auto report = engine::make_report({}, engine::running_plugins(*s), std::move(findings));
  EXPECT_EQ(report.summary.by_rule["host.plugin-failed"], 4u);  // 3 tables + finish
  EXPECT_EQ(report.summary.by_rule["testgood.per-table"], 3u);   // the good plugin still ran
  EXPECT_EQ(report.summary.by_rule["testgood.per-indicator"], 12u);
  bool named = false;
  for (const auto& f : report.findings)
    if (f.rule == "plugin-failed" && f.location.table == 1)
      named = f.message_en.find("testthrow") != std::string::npos && f.message_en.find("table 2") != std::string::npos &&
              f.message_en.find("boom in table 1") != std::string::npos;
  EXPECT_TRUE(named);
}

TEST(Engine, UndeclaredRuleIsReportedAsHostFinding) {
  jxaudit::testing::Scratch scratch;
  jxaudit::testing::spit(scratch / "plugins/testgood.yaml", "options:\n  emit-undeclared: true\n");
  auto s = session_with({"good"}, scratch);
  ASSERT_TRUE(s->ok()) << ::testing::PrintToString(s->problems());
  std::vector<Finding> findings;
  engine::check_documents(engine::running_plugins(*s), documents(1), 1, findings);
  auto report = engine::make_report({}, engine::running_plugins(*s), std::move(findings));
  EXPECT_EQ(report.summary.by_rule["host.undeclared-rule"], 3u);
  EXPECT_EQ(report.summary.by_rule.count("testgood.not-declared"), 0u);
}

TEST(Engine, DeclaredPrecedenceDropsTheSuppressedFindingOnTheSameRowOnly) {
  jxaudit::testing::Scratch scratch;
  auto s = session_with({"declared"}, scratch);
  ASSERT_TRUE(s->ok()) << ::testing::PrintToString(s->problems());
  std::vector<Finding> findings;
  engine::check_documents(engine::running_plugins(*s), documents(1), 2, findings);
  auto report = engine::make_report({}, engine::running_plugins(*s), std::move(findings));
  // 3 tables of 4 rows: `first` on each table's first row, `second` on the other three.
  EXPECT_EQ(report.summary.by_rule["testdeclared.first"], 3u);
  EXPECT_EQ(report.summary.by_rule["testdeclared.second"], 9u);
  for (const auto& f : report.findings)
    if (f.rule == "second") EXPECT_NE(f.message, "第二条规则：人数") << "suppressed on the first row";
}

TEST(Engine, ARuleThatIsOffSuppressesNothing) {
  jxaudit::testing::Scratch scratch;
  jxaudit::testing::spit(scratch / "plugins/testdeclared.yaml", "rules:\n  first: off\n");
  auto s = session_with({"declared"}, scratch);
  ASSERT_TRUE(s->ok()) << ::testing::PrintToString(s->problems());
  std::vector<Finding> findings;
  engine::check_documents(engine::running_plugins(*s), documents(1), 1, findings);
  auto report = engine::make_report({}, engine::running_plugins(*s), std::move(findings));
  EXPECT_EQ(report.summary.by_rule.count("testdeclared.first"), 0u);
  EXPECT_EQ(report.summary.by_rule["testdeclared.second"], 12u);
}

TEST(Engine, OutputIsByteIdenticalForAnyJobs) {
  jxaudit::testing::Scratch scratch;
  auto s = session_with({"good", "throwing"}, scratch);
  auto docs = documents(6);
  std::string one = report_json(*s, docs, 1);
  EXPECT_GT(one.size(), 1000u);
  EXPECT_EQ(one, report_json(*s, docs, 2));
  EXPECT_EQ(one, report_json(*s, docs, 7));
}

TEST(Engine, FingerprintsSurviveMovedRows) {
  jxaudit::testing::Scratch scratch;
  auto s = session_with({"good"}, scratch);
  auto fingerprints = [&](const Table& t) {
    std::vector<Finding> findings;
    engine::check_documents(engine::running_plugins(*s), {Document{{}, {t}, {}}}, 1, findings);
    auto r = engine::make_report({}, engine::running_plugins(*s), std::move(findings));
    std::map<std::string, std::vector<std::string>> by_indicator;
    for (const auto& f : r.findings)
      if (f.rule == "per-indicator") by_indicator[f.location.indicator].push_back(f.fingerprint);
    return by_indicator;
  };
  auto before = fingerprints(table("a.txt", 0, 1, {"人数", "不适用", "次数", "不适用"}));
  // Rows moved down by 7 lines, and a new indicator inserted first.
  auto after = fingerprints(table("a.txt", 0, 8, {"新增", "人数", "不适用", "次数", "不适用"}));
  EXPECT_EQ(before["人数"], after["人数"]);
  EXPECT_EQ(before["次数"], after["次数"]);
  EXPECT_EQ(before["不适用"], after["不适用"]);
  ASSERT_EQ(before["不适用"].size(), 2u);
  EXPECT_NE(before["不适用"][0], before["不适用"][1]);
}

// Coverage: what each plugin verified per table, in the slots of the table,
// the same whatever the thread count; a sink without coverage ignores it.
TEST(Engine, CoverageIsCountedPerTableAndPluginForAnyJobs) {
  jxaudit::testing::Scratch scratch;
  auto s = session_with({"good"}, scratch);
  ASSERT_TRUE(s->ok()) << ::testing::PrintToString(s->problems());
  const auto docs = documents(2);
  const auto plugins = engine::running_plugins(*s);
  for (int jobs : {1, 2}) {
    std::vector<Finding> findings;
    engine::CoverageByTable coverage;
    engine::check_documents(plugins, docs, jobs, findings, UINT64_MAX, &coverage);
    ASSERT_EQ(coverage.size(), 2u);
    for (const auto& document : coverage) {
      ASSERT_EQ(document.size(), 3u);
      for (const auto& table : document) {
        ASSERT_EQ(table.size(), plugins.size());
        EXPECT_EQ(table[0].plugin, "testgood");
        EXPECT_EQ(table[0].verified, 2u) << "jobs " << jobs;  // 人数, 次数
        ASSERT_EQ(table[0].unverifiable.size(), 1u);
        EXPECT_EQ(table[0].unverifiable[0].reason, "not-applicable");
        EXPECT_EQ(table[0].unverifiable[0].count, 2u);  // two 不适用 rows
        EXPECT_EQ(table[0].unverifiable[0].text_zh, "不适用");
        EXPECT_EQ(table[0].examined(), 4u);
      }
    }
  }
}

// make_report sums the tables' coverage of inputs that were checked, not of failed ones.
TEST(Engine, ReportCoverageSumsTheCheckedTables) {
  report_model::InputRecord ok;
  ok.path = "a.txt";
  report_model::TableInfo t;
  t.coverage.push_back({"p", 3, {{"blank", "blank", "为空", 1}}});
  ok.tables = {t, t};
  report_model::InputRecord failed = ok;
  failed.path = "b.txt";
  failed.status = report_model::InputStatus::failed;
  const auto report = engine::make_report({ok, failed}, {}, {});
  ASSERT_EQ(report.summary.coverage.size(), 1u);
  EXPECT_EQ(report.summary.coverage[0].plugin, "p");
  EXPECT_EQ(report.summary.coverage[0].verified, 6u);
  ASSERT_EQ(report.summary.coverage[0].unverifiable.size(), 1u);
  EXPECT_EQ(report.summary.coverage[0].unverifiable[0].count, 2u);
}

// The table hook (report_model::TableView): every checked table once, in
// input order, with exactly its findings, the same sequence for any jobs.
TEST(Engine, TablesAreShownInInputOrderWithTheirFindingsForAnyJobs) {
  jxaudit::testing::Scratch scratch;
  auto s = session_with({"good"}, scratch);
  ASSERT_TRUE(s->ok()) << ::testing::PrintToString(s->problems());
  const std::string seed = jxaudit::testing::slurp(std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt");
  jxaudit::testing::spit(scratch / "b.txt", seed);
  jxaudit::testing::spit(scratch / "a.txt", seed);
  std::vector<ConfigError> errors;
  const engine::ParseFn parse = engine::make_parser("", {}, errors);
  ASSERT_TRUE(parse) << ::testing::PrintToString(errors);
  std::vector<std::string> runs;
  for (int jobs : {1, 2}) {
    engine::RunInputs run;
    run.paths = {(scratch / "b.txt").string(), (scratch / "a.txt").string()};
    run.jobs = jobs;
    std::string seen;
    std::size_t shown = 0;
    const auto report = engine::run_checks(*s, run, parse, [&](const report_model::TableView& view) {
      seen += view.input.path + "#" + std::to_string(view.info.index) + ":" + std::to_string(view.findings.size()) + " ";
      EXPECT_EQ(view.table.index, view.info.index);
      EXPECT_FALSE(view.info.coverage.empty());
      for (const auto& f : view.findings) {
        EXPECT_EQ(f.location.file, view.input.path);
        EXPECT_EQ(f.location.table, view.info.index);
      }
      shown += view.findings.size();
    });
    std::size_t in_tables = 0;
    for (const auto& f : report.findings)
      if (f.location.table >= 0) ++in_tables;
    EXPECT_EQ(shown, in_tables);
    EXPECT_EQ(report.summary.tables, 22u);
    // Input order: the command line's (b before a), as the report lists inputs.
    EXPECT_LT(seen.find("b.txt#0:"), seen.find("a.txt#0:")) << seen;
    EXPECT_LT(seen.find("a.txt#0:"), seen.find("a.txt#10:"));
    runs.push_back(seen);
  }
  EXPECT_EQ(runs[0], runs[1]);
}
