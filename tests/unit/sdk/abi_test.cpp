// The SDK's binary contract, API 2: the layout of every type a plugin and the
// host share by value or by reference (the model, Finding, RuleSpec and its
// kin, PluginManifest, the evaluator's results) and the virtual table of
// Check and FindingSink. A plugin is compiled against these headers and
// loaded by a host compiled against them too; the host only checks that both
// say the same JXAUDIT_API_VERSION. So a change of a size, an alignment, a
// member's offset, a virtual function's slot or an enum's range without a
// new API number lets an old plugin load and misread memory. Each failure
// here says: bump JXAUDIT_API_VERSION (top CMakeLists.txt) and update this
// test with the new layout (docs/sdk.md, "Versioning").
//
// Not here: jxaudit::Options and ConfigError (options.hpp is being reworked
// for API 2), and classes only the SDK constructs (Evaluator's size is here:
// plugins hold one as a member).
//
// Valid for libstdc++ on x86_64 (LP64, Itanium C++ ABI): the sizes include
// std::string's and std::vector's, and the vtable slots are read the Itanium
// way. Elsewhere the test compiles to nothing rather than to wrong numbers.
#include <gtest/gtest.h>

#include "jxaudit/version.hpp"

#if defined(__GLIBCXX__) && defined(__x86_64__) && defined(__LP64__)

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "jxaudit/check.hpp"
#include "jxaudit/finding.hpp"
#include "jxaudit/measure.hpp"
#include "jxaudit/model.hpp"
#include "jxaudit/option_node.hpp"
#include "jxaudit/options.hpp"
#include "jxaudit/catalog.hpp"
#include "jxaudit/plugin.hpp"
#include "jxaudit/rule.hpp"

using namespace jxaudit;

namespace {

constexpr const char* kBump =
    ": the SDK's binary layout changed — bump JXAUDIT_API_VERSION and update this test "
    "(tests/unit/sdk/abi_test.cpp)";

template <class T>
const T& sample() {
  static const T object{};
  return object;
}
template <>
const MessageArg& sample<MessageArg>() {
  static const MessageArg object("name", "value");
  return object;
}

// A member's offset, measured on a real object (offsetof is only
// conditionally supported for types that are not standard-layout).
template <class T, class M>
std::size_t offset_of(M T::*member) {
  const T& object = sample<T>();
  return static_cast<std::size_t>(reinterpret_cast<const char*>(&(object.*member)) -
                                  reinterpret_cast<const char*>(&object));
}

// Itanium C++ ABI: a pointer to a virtual member function holds 1 + the
// function's offset in the vtable, in bytes; -1 when `f` is not virtual.
template <class F>
long vtable_slot(F f) {
  struct {
    std::uintptr_t ptr;
    std::ptrdiff_t adj;
  } raw;
  static_assert(sizeof(F) == sizeof(raw));
  std::memcpy(&raw, &f, sizeof raw);
  if ((raw.ptr & 1) == 0) return -1;
  return static_cast<long>((raw.ptr - 1) / sizeof(void*));
}

}  // namespace

#define EXPECT_LAYOUT(T, size, align)                                  \
  EXPECT_EQ(sizeof(T), std::size_t{size}) << "sizeof(" #T ")" << kBump; \
  EXPECT_EQ(alignof(T), std::size_t{align}) << "alignof(" #T ")" << kBump
#define EXPECT_OFFSET(T, member, offset) \
  EXPECT_EQ(offset_of(&T::member), std::size_t{offset}) << "offset of " #T "::" #member << kBump
#define EXPECT_ENUMERATOR(value, number) EXPECT_EQ(static_cast<int>(value), number) << #value << kBump
#define EXPECT_SLOT(function, slot) EXPECT_EQ(vtable_slot(&function), slot) << "vtable slot of " #function << kBump

TEST(SdkAbi, TheseLayoutsAreApi2s) {
  ASSERT_EQ(kApiVersion, 2) << "the layouts below were recorded for JXAUDIT_API_VERSION 2: after a bump, "
                               "record the new ones (sizes, offsets, slots) and the new number here";
}

// jxaudit/check.hpp: the host calls every plugin through this vtable.
// Slots 0 and 1 are ~Check (complete and deleting destructors).
TEST(SdkAbi, CheckVtableIsApi2s) {
  EXPECT_LAYOUT(Check, 8, 8);  // the vtable pointer only
  EXPECT_SLOT(Check::id, 2);
  EXPECT_SLOT(Check::version, 3);
  EXPECT_SLOT(Check::rules, 4);
  EXPECT_SLOT(Check::configure, 5);
  EXPECT_SLOT(Check::check, 6);
  EXPECT_SLOT(Check::finish, 7);
}

// jxaudit/finding.hpp: plugins call the host's sink through this vtable.
TEST(SdkAbi, FindingSinkVtableIsApi2s) {
  EXPECT_LAYOUT(FindingSink, 8, 8);
  EXPECT_SLOT(FindingSink::add, 2);
  // API 2 (not released yet) added coverage: verified() and unverifiable().
  EXPECT_SLOT(FindingSink::verified, 3);
  EXPECT_SLOT(FindingSink::unverifiable, 4);
}

// jxaudit/model.hpp
TEST(SdkAbi, ModelLayoutIsApi2s) {
  EXPECT_LAYOUT(Decimal, 16, 8);
  EXPECT_LAYOUT(Severity, 4, 4);
  EXPECT_LAYOUT(SourceRef, 72, 8);
  EXPECT_OFFSET(SourceRef, file, 0);
  EXPECT_OFFSET(SourceRef, line, 32);
  EXPECT_OFFSET(SourceRef, column, 36);
  EXPECT_OFFSET(SourceRef, sheet, 40);
  EXPECT_LAYOUT(Cell, 160, 8);
  EXPECT_OFFSET(Cell, text, 0);
  EXPECT_OFFSET(Cell, raw, 32);
  EXPECT_OFFSET(Cell, at, 64);
  EXPECT_OFFSET(Cell, number, 136);
  EXPECT_LAYOUT(Project, 800, 8);
  EXPECT_OFFSET(Project, code, 0);
  EXPECT_OFFSET(Project, name, 160);
  EXPECT_OFFSET(Project, year, 320);
  EXPECT_OFFSET(Project, implementing_unit, 480);
  EXPECT_OFFSET(Project, budget_unit, 640);
  EXPECT_LAYOUT(FundsKind, 4, 4);
  EXPECT_LAYOUT(FundsRow, 1296, 8);
  EXPECT_OFFSET(FundsRow, kind, 0);
  EXPECT_OFFSET(FundsRow, label, 8);
  EXPECT_OFFSET(FundsRow, initial_budget, 168);
  EXPECT_OFFSET(FundsRow, full_year_budget, 328);
  EXPECT_OFFSET(FundsRow, executed, 488);
  EXPECT_OFFSET(FundsRow, points, 648);
  EXPECT_OFFSET(FundsRow, execution_rate, 808);
  EXPECT_OFFSET(FundsRow, score, 968);
  EXPECT_OFFSET(FundsRow, note, 1128);
  EXPECT_OFFSET(FundsRow, line, 1288);
  EXPECT_LAYOUT(Funds, 64, 8);
  EXPECT_OFFSET(Funds, unit, 0);
  EXPECT_OFFSET(Funds, rows, 32);
  EXPECT_OFFSET(Funds, line, 56);
  EXPECT_LAYOUT(Goals, 320, 8);
  EXPECT_OFFSET(Goals, expected, 0);
  EXPECT_OFFSET(Goals, actual, 160);
  EXPECT_LAYOUT(Level1, 216, 8);
  EXPECT_OFFSET(Level1, name, 0);
  EXPECT_OFFSET(Level1, points, 32);
  EXPECT_OFFSET(Level1, label, 56);
  EXPECT_LAYOUT(IndicatorPart, 968, 8);
  EXPECT_OFFSET(IndicatorPart, name, 0);
  EXPECT_OFFSET(IndicatorPart, target, 160);
  EXPECT_OFFSET(IndicatorPart, actual, 320);
  EXPECT_OFFSET(IndicatorPart, points, 480);
  EXPECT_OFFSET(IndicatorPart, score, 640);
  EXPECT_OFFSET(IndicatorPart, explanation, 800);
  EXPECT_OFFSET(IndicatorPart, line, 960);
  EXPECT_LAYOUT(Indicator, 1088, 8);
  EXPECT_OFFSET(Indicator, level1, 0);
  EXPECT_OFFSET(Indicator, level1_points, 32);
  EXPECT_OFFSET(Indicator, level1_index, 56);
  EXPECT_OFFSET(Indicator, level2, 64);
  EXPECT_OFFSET(Indicator, name, 96);
  EXPECT_OFFSET(Indicator, target, 256);
  EXPECT_OFFSET(Indicator, actual, 416);
  EXPECT_OFFSET(Indicator, points, 576);
  EXPECT_OFFSET(Indicator, score, 736);
  EXPECT_OFFSET(Indicator, explanation, 896);
  EXPECT_OFFSET(Indicator, parts, 1056);
  EXPECT_OFFSET(Indicator, line, 1080);
  EXPECT_LAYOUT(SlotKind, 4, 4);
  EXPECT_LAYOUT(TemplateSlot, 176, 8);
  EXPECT_OFFSET(TemplateSlot, kind, 0);
  EXPECT_OFFSET(TemplateSlot, text, 8);
  EXPECT_OFFSET(TemplateSlot, line, 168);
  EXPECT_LAYOUT(PointsColumn, 4, 4);
  EXPECT_LAYOUT(ScoringScheme, 56, 8);
  EXPECT_OFFSET(ScoringScheme, funds_points, 0);
  EXPECT_OFFSET(ScoringScheme, indicator_points, 24);
  EXPECT_OFFSET(ScoringScheme, points_column, 48);
  EXPECT_OFFSET(ScoringScheme, scored, 52);
  EXPECT_OFFSET(ScoringScheme, funds_score_capped, 53);
  EXPECT_OFFSET(ScoringScheme, total_row_score, 54);
  EXPECT_LAYOUT(Total, 328, 8);
  EXPECT_OFFSET(Total, points, 0);
  EXPECT_OFFSET(Total, score, 160);
  EXPECT_OFFSET(Total, line, 320);
  EXPECT_LAYOUT(Table, 1800, 8);
  EXPECT_OFFSET(Table, index, 0);
  EXPECT_OFFSET(Table, line, 4);
  EXPECT_OFFSET(Table, file, 8);
  EXPECT_OFFSET(Table, sheet, 40);
  EXPECT_OFFSET(Table, title, 72);
  EXPECT_OFFSET(Table, template_id, 104);
  EXPECT_OFFSET(Table, scoring, 136);
  EXPECT_OFFSET(Table, project, 192);
  EXPECT_OFFSET(Table, funds, 992);
  EXPECT_OFFSET(Table, goals, 1064);
  EXPECT_OFFSET(Table, level1, 1384);
  EXPECT_OFFSET(Table, indicators, 1408);
  EXPECT_OFFSET(Table, total, 1432);
  EXPECT_OFFSET(Table, slots, 1768);
  EXPECT_OFFSET(Table, cut_off_after, 1792);
  EXPECT_LAYOUT(Diagnostic, 184, 8);
  EXPECT_OFFSET(Diagnostic, severity, 0);
  EXPECT_OFFSET(Diagnostic, code, 8);
  EXPECT_OFFSET(Diagnostic, at, 40);
  EXPECT_OFFSET(Diagnostic, table, 112);
  EXPECT_OFFSET(Diagnostic, message, 120);
  EXPECT_OFFSET(Diagnostic, message_en, 152);
  EXPECT_LAYOUT(WordTableLines, 16, 4);
  EXPECT_OFFSET(WordTableLines, number, 0);
  EXPECT_OFFSET(WordTableLines, first_line, 4);
  EXPECT_OFFSET(WordTableLines, rows, 8);
  EXPECT_OFFSET(WordTableLines, first_row, 12);
  EXPECT_LAYOUT(SourceInfo, 160, 8);
  EXPECT_OFFSET(SourceInfo, path, 0);
  EXPECT_OFFSET(SourceInfo, format, 32);
  EXPECT_OFFSET(SourceInfo, encoding, 64);
  EXPECT_OFFSET(SourceInfo, sha256, 96);
  EXPECT_OFFSET(SourceInfo, size, 128);
  EXPECT_OFFSET(SourceInfo, word_tables, 136);
  EXPECT_LAYOUT(Document, 208, 8);
  EXPECT_OFFSET(Document, source, 0);
  EXPECT_OFFSET(Document, tables, 160);
  EXPECT_OFFSET(Document, diagnostics, 184);
}

// jxaudit/finding.hpp
TEST(SdkAbi, FindingLayoutIsApi2s) {
  EXPECT_LAYOUT(Location, 224, 8);
  EXPECT_OFFSET(Location, file, 0);
  EXPECT_OFFSET(Location, line, 32);
  EXPECT_OFFSET(Location, column, 36);
  EXPECT_OFFSET(Location, table, 40);
  EXPECT_OFFSET(Location, project_code, 48);
  EXPECT_OFFSET(Location, level2, 80);
  EXPECT_OFFSET(Location, indicator, 112);
  EXPECT_OFFSET(Location, field, 144);
  EXPECT_OFFSET(Location, sheet, 176);
  EXPECT_OFFSET(Location, word_table, 208);
  EXPECT_OFFSET(Location, word_row, 212);
  EXPECT_OFFSET(Location, word_paragraph, 216);
  EXPECT_LAYOUT(Finding, 608, 8);
  EXPECT_OFFSET(Finding, plugin, 0);
  EXPECT_OFFSET(Finding, rule, 32);
  EXPECT_OFFSET(Finding, severity, 64);
  EXPECT_OFFSET(Finding, message, 72);
  EXPECT_OFFSET(Finding, message_en, 104);
  EXPECT_OFFSET(Finding, message_id, 136);
  EXPECT_OFFSET(Finding, arguments, 168);
  EXPECT_OFFSET(Finding, location, 192);
  EXPECT_OFFSET(Finding, expected, 416);
  EXPECT_OFFSET(Finding, actual, 448);
  EXPECT_OFFSET(Finding, fix, 480);
  EXPECT_OFFSET(Finding, fix_en, 512);
  EXPECT_OFFSET(Finding, fingerprint, 544);
  EXPECT_OFFSET(Finding, expected_en, 576);
  EXPECT_LAYOUT(FindingBuilder, 632, 8);
}

// jxaudit/options.hpp, jxaudit/option_node.hpp: a plugin holds OptionNodes
// (its defaults, the nodes get_node returns) and calls Options' members, so
// their sizes are the plugin's business too. Members are private: sizes only.
TEST(SdkAbi, OptionsLayoutIsApi2s) {
  EXPECT_LAYOUT(OptionNode, 96, 8);
  EXPECT_LAYOUT(OptionNode::Kind, 4, 4);
  EXPECT_LAYOUT(OptionEntry, 192, 8);
  EXPECT_LAYOUT(Options, 272, 8);
  EXPECT_LAYOUT(ConfigError, 104, 8);
  EXPECT_OFFSET(ConfigError, file, 0);
  EXPECT_OFFSET(ConfigError, line, 32);
  EXPECT_OFFSET(ConfigError, column, 36);
  EXPECT_OFFSET(ConfigError, key, 40);
  EXPECT_OFFSET(ConfigError, message, 72);
}

// jxaudit/rule.hpp
TEST(SdkAbi, RuleLayoutIsApi2s) {
  EXPECT_LAYOUT(MessageSpec, 48, 8);
  EXPECT_OFFSET(MessageSpec, id, 0);
  EXPECT_OFFSET(MessageSpec, zh, 16);
  EXPECT_OFFSET(MessageSpec, en, 32);
  EXPECT_LAYOUT(RuleSpec, 136, 8);
  EXPECT_OFFSET(RuleSpec, id, 0);
  EXPECT_OFFSET(RuleSpec, severity, 16);
  EXPECT_OFFSET(RuleSpec, summary, 24);
  EXPECT_OFFSET(RuleSpec, summary_zh, 40);
  EXPECT_OFFSET(RuleSpec, doc, 56);
  EXPECT_OFFSET(RuleSpec, doc_zh, 72);
  EXPECT_OFFSET(RuleSpec, messages, 88);
  EXPECT_OFFSET(RuleSpec, options, 104);
  EXPECT_OFFSET(RuleSpec, suppressed_by, 120);
  EXPECT_LAYOUT(MessageInfo, 96, 8);
  EXPECT_OFFSET(MessageInfo, id, 0);
  EXPECT_OFFSET(MessageInfo, zh, 32);
  EXPECT_OFFSET(MessageInfo, en, 64);
  EXPECT_LAYOUT(RuleInfo, 240, 8);
  EXPECT_OFFSET(RuleInfo, id, 0);
  EXPECT_OFFSET(RuleInfo, severity, 32);
  EXPECT_OFFSET(RuleInfo, summary, 40);
  EXPECT_OFFSET(RuleInfo, summary_zh, 72);
  EXPECT_OFFSET(RuleInfo, doc, 104);
  EXPECT_OFFSET(RuleInfo, doc_zh, 136);
  EXPECT_OFFSET(RuleInfo, messages, 168);
  EXPECT_OFFSET(RuleInfo, options, 192);
  EXPECT_OFFSET(RuleInfo, suppressed_by, 216);
  EXPECT_LAYOUT(MessageArg, 88, 8);
  EXPECT_OFFSET(MessageArg, name, 0);
  EXPECT_OFFSET(MessageArg, value, 16);
  EXPECT_OFFSET(MessageArg, value_en, 48);
  EXPECT_OFFSET(MessageArg, localized, 80);
  EXPECT_LAYOUT(MessageLanguage, 4, 4);
}

// jxaudit/plugin.hpp
TEST(SdkAbi, ManifestLayoutIsApi2s) {
  // API 2 (not released yet) also records where the plugin's sources were
  // (PluginManifest::sources, for jxaudit explain), so the manifest grew.
  EXPECT_LAYOUT(PluginManifest, 136, 8);
  EXPECT_OFFSET(PluginManifest, id, 0);
  EXPECT_OFFSET(PluginManifest, version, 16);
  EXPECT_OFFSET(PluginManifest, summary, 32);
  EXPECT_OFFSET(PluginManifest, summary_zh, 48);
  EXPECT_OFFSET(PluginManifest, rules, 64);
  EXPECT_OFFSET(PluginManifest, rules_from_config, 80);
  EXPECT_OFFSET(PluginManifest, sources, 88);
  EXPECT_LAYOUT(PluginSources, 48, 8);
  EXPECT_OFFSET(PluginSources, root, 0);
  EXPECT_OFFSET(PluginSources, folder, 16);
  EXPECT_OFFSET(PluginSources, rules, 32);
  EXPECT_LAYOUT(RuleSource, 24, 8);
  EXPECT_OFFSET(RuleSource, rule, 0);
  EXPECT_OFFSET(RuleSource, file, 8);
}

// jxaudit/measure.hpp
TEST(SdkAbi, MeasureLayoutIsApi2s) {
  EXPECT_LAYOUT(Dimension, 4, 4);
  EXPECT_LAYOUT(Comparator, 4, 4);
  EXPECT_LAYOUT(Quantity, 72, 8);
  EXPECT_OFFSET(Quantity, value, 0);
  EXPECT_OFFSET(Quantity, unit, 16);
  EXPECT_OFFSET(Quantity, dimension, 48);
  EXPECT_OFFSET(Quantity, base, 56);
  EXPECT_LAYOUT(Criterion, 80, 8);
  EXPECT_OFFSET(Criterion, comparator, 0);
  EXPECT_OFFSET(Criterion, explicit_comparator, 4);
  EXPECT_OFFSET(Criterion, quantity, 8);
  EXPECT_LAYOUT(Target, 64, 8);
  EXPECT_OFFSET(Target, kind, 0);
  EXPECT_OFFSET(Target, alternatives, 8);
  EXPECT_OFFSET(Target, text, 32);
  EXPECT_LAYOUT(Measurement, 120, 8);
  EXPECT_OFFSET(Measurement, kind, 0);
  EXPECT_OFFSET(Measurement, quantity, 8);
  EXPECT_OFFSET(Measurement, text, 88);
  EXPECT_LAYOUT(Verdict, 4, 4);
  EXPECT_LAYOUT(NotComparable, 4, 4);
  EXPECT_LAYOUT(Evaluation, 288, 8);
  EXPECT_OFFSET(Evaluation, verdict, 0);
  EXPECT_OFFSET(Evaluation, why, 4);
  EXPECT_OFFSET(Evaluation, reason, 8);
  EXPECT_OFFSET(Evaluation, reason_en, 40);
  EXPECT_OFFSET(Evaluation, lower_is_better, 72);
  EXPECT_OFFSET(Evaluation, ratio, 80);
  EXPECT_OFFSET(Evaluation, target, 104);
  EXPECT_OFFSET(Evaluation, actual, 168);
  EXPECT_LAYOUT(Evaluator, 16, 8);
}

// The last enumerator of each enum: a new one is a value a plugin built against API 2 cannot know.
// jxaudit/catalog.hpp: a plugin holds a Catalog; its state is behind a pointer.
TEST(SdkAbi, CatalogLayoutIsApi2s) {
  EXPECT_LAYOUT(Catalog, 8, 8);
}

TEST(SdkAbi, EnumeratorsAreApi2s) {
  EXPECT_ENUMERATOR(Severity::error, 2);
  EXPECT_ENUMERATOR(FundsKind::source, 4);
  EXPECT_ENUMERATOR(SlotKind::note, 1);
  EXPECT_ENUMERATOR(PointsColumn::none, 2);
  EXPECT_ENUMERATOR(MessageLanguage::en, 1);
  EXPECT_ENUMERATOR(Dimension::date, 5);
  EXPECT_ENUMERATOR(Comparator::equal, 4);
  EXPECT_ENUMERATOR(Verdict::not_comparable, 2);
  EXPECT_ENUMERATOR(NotComparable::empty, 7);
}

#endif  // libstdc++, x86_64
