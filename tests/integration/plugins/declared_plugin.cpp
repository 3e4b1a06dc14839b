// A test plugin written the API-2 way: rules declared once as RuleSpecs, a
// DeclaredCheck with a manifest, messages by id, and one precedence
// (`second` is suppressed by `first` on the same row). Built three ways:
//   JXAUDIT_TEST_DANGLING_PRECEDENCE  `second` names an undeclared rule: refused
//   JXAUDIT_TEST_ID_DIFFERS           the Check's id differs from its manifest: refused
#include <jxaudit/plugin.hpp>

namespace {

constexpr jxaudit::MessageSpec kFirstMessages[] = {{"row", "第一条规则：{name}", "first rule: {name}"}};
constexpr jxaudit::MessageSpec kSecondMessages[] = {{"row", "第二条规则：{name}", "second rule: {name}"}};
#ifdef JXAUDIT_TEST_DANGLING_PRECEDENCE
constexpr std::string_view kSecondSuppressedBy[] = {"nowhere"};
#else
constexpr std::string_view kSecondSuppressedBy[] = {"first"};
#endif

const jxaudit::RuleSpec kFirst{.id = "first",
                               .severity = jxaudit::Severity::error,
                               .summary = "the first indicator row",
                               .summary_zh = "第一个指标行",
                               .doc = "Test rule.",
                               .messages = kFirstMessages};
const jxaudit::RuleSpec kSecond{.id = "second",
                                .severity = jxaudit::Severity::warning,
                                .summary = "every indicator row, unless first reported it",
                                .summary_zh = "每个指标行",
                                .doc = "Test rule.",
                                .messages = kSecondMessages,
                                .suppressed_by = kSecondSuppressedBy};
constexpr const jxaudit::RuleSpec* kRules[] = {&kFirst, &kSecond};

class DeclaredTestCheck : public jxaudit::DeclaredCheck<DeclaredTestCheck> {
 public:
  static jxaudit::PluginManifest manifest() {
    return {.id = "testdeclared", .version = "2.0.0", .summary = "test", .summary_zh = "测试", .rules = kRules};
  }
#ifdef JXAUDIT_TEST_ID_DIFFERS
  std::string id() const override { return "somethingelse"; }
#endif
  void configure(jxaudit::Options&) override {}
  void check(const jxaudit::Table& table, jxaudit::FindingSink& sink) const override {
    for (std::size_t i = 0; i < table.indicators.size(); ++i) {
      const auto& ind = table.indicators[i];
      if (i == 0) jxaudit::report(sink, kFirst, table).at(ind, "name").message("row", {{"name", ind.name.text}}).emit();
      jxaudit::report(sink, kSecond, table).at(ind, "name").message("row", {{"name", ind.name.text}}).emit();
    }
  }
};

}  // namespace

JXAUDIT_PLUGIN(DeclaredTestCheck)
