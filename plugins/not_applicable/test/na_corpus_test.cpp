// The not_applicable check on a generated corpus (bench/corpus) with injected
// 不适用 misuse among clean tables, through the real parser: every injected
// not_applicable finding is found, and nothing else is reported.
#include <algorithm>

#include <gtest/gtest.h>

#include "corpus_expectations.hpp"
#include "not_applicable_plugin.hpp"

namespace jxaudit::not_applicable::test {
namespace {

TEST(NotApplicableCorpus, EveryInjectionFoundAndNothingElse) {
  const auto kinds = corpus::defect_kinds();
  ASSERT_EQ(std::count_if(kinds.begin(), kinds.end(),
                          [](const std::string& k) { return k.starts_with("not_applicable."); }),
            7);
  // 42 injections, 42 clean tables.
  const auto run = jxaudit::testing::run_on_corpus<NotApplicableCheck>("not_applicable", 7, 84, 2);
  ASSERT_EQ(run.document.tables.size(), run.generated.tables.size());
  EXPECT_GE(jxaudit::testing::expect_findings_match_labels(run, "not_applicable"), 42);
}

}  // namespace
}  // namespace jxaudit::not_applicable::test
