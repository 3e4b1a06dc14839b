// A well-behaved test plugin: one finding per indicator (so fingerprints can
// be checked when rows move), one per table, options read through Options.
// JXAUDIT_TEST_PLUGIN_ID lets the same source build a duplicate-id plugin.
#include <jxaudit/plugin.hpp>

#ifndef JXAUDIT_TEST_PLUGIN_ID
#define JXAUDIT_TEST_PLUGIN_ID "testgood"
#endif

namespace {

class GoodCheck : public jxaudit::Check {
 public:
  std::string id() const override { return JXAUDIT_TEST_PLUGIN_ID; }
  std::string version() const override { return "1.2.3"; }
  // Its rules are declared in rules() (not yet as RuleSpecs): the manifest
  // says they are known once the check exists.
  static jxaudit::PluginManifest manifest() {
    return {.id = JXAUDIT_TEST_PLUGIN_ID, .version = "1.2.3", .rules_from_config = true};
  }
  std::vector<jxaudit::RuleInfo> rules() const override {
    return {
        {"per-table", jxaudit::Severity::warning, "one finding per table", "每张表一条", "Test rule."},
        {"per-indicator", jxaudit::Severity::error, "one finding per indicator", "每个指标一条", "Test rule."},
        {"cross-table", jxaudit::Severity::info, "one finding per run", "每次运行一条", "Test rule."},
    };
  }
  void configure(jxaudit::Options& options) override {
    label_ = options.get_string("label", "good");
    undeclared_ = options.get_bool("emit-undeclared", false);
    per_indicator_ = options.get_bool("per-indicator", true);
  }
  void check(const jxaudit::Table& table, jxaudit::FindingSink& sink) const override {
    jxaudit::report(sink, "per-table", table)
        .at_line(table.line, "title")
        .text("表格 " + label_, "table " + label_)
        .emit();
    if (per_indicator_) {
      for (const auto& ind : table.indicators) {
        jxaudit::report(sink, "per-indicator", table)
            .at(ind, "score")
            .expected(ind.points.text)
            .actual(ind.score.text)
            .text("指标 " + ind.name.text, "indicator " + ind.name.text)
            .fix_text("修正", "fix it")
            .emit();
      }
    }
    // Coverage: a 不适用 row is left, every other indicator verified.
    for (const auto& ind : table.indicators) {
      if (ind.name.text == "不适用") sink.unverifiable("not-applicable", "不适用", "not applicable", 1);
      else sink.verified(1);
    }
    if (undeclared_) jxaudit::report(sink, "not-declared", table).text("x", "x").emit();
  }
  void finish(std::span<const jxaudit::Table* const> tables, jxaudit::FindingSink& sink) const override {
    if (tables.empty()) return;
    jxaudit::report(sink, "cross-table", *tables.front())
        .text(std::to_string(tables.size()) + " 张表", std::to_string(tables.size()) + " tables")
        .emit();
  }

 private:
  std::string label_;
  bool undeclared_ = false;
  bool per_indicator_ = true;
};

}  // namespace

JXAUDIT_PLUGIN(GoodCheck)
