// The deviation check on a generated corpus (bench/corpus) with injected
// deviation defects among clean tables, through the real parser: every
// injected deviation finding is found, and nothing else is reported.
#include <algorithm>

#include <gtest/gtest.h>

#include "corpus_expectations.hpp"
#include "deviation_plugin.hpp"

namespace jxaudit::deviation::test {
namespace {

TEST(DeviationCorpus, EveryInjectionFoundAndNothingElse) {
  const auto kinds = corpus::defect_kinds();
  ASSERT_EQ(std::count_if(kinds.begin(), kinds.end(), [](const std::string& k) { return k.starts_with("deviation."); }),
            5);
  // Every other table carries one injection: 45 injections, 45 clean tables.
  const auto run = jxaudit::testing::run_on_corpus<DeviationCheck>("deviation", 6, 90, 2);
  ASSERT_EQ(run.document.tables.size(), run.generated.tables.size());
  EXPECT_GE(jxaudit::testing::expect_findings_match_labels(run, "deviation"), 45);
}

}  // namespace
}  // namespace jxaudit::deviation::test
