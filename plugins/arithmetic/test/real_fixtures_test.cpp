// Every finding of arithmetic, every severity (errors, warnings and
// information), on every real fixture through the real parser with the
// plugin's defaults: the 20 tables of tests/fixtures/real, the seed and the
// variants (tests/support/real_fixture_findings.hpp). Each pinned error and
// warning is a defect tests/fixtures/real/SOURCES.md lists (the NN.k in the
// comments); information is pinned too, so that a change of any kind shows.
// Before re-pinning a list, read the change against SOURCES.md: an error that
// is no true defect is a bug of the rule, never a pin.
#include <gtest/gtest.h>

#include "arithmetic_plugin.hpp"
#include "real_fixture_findings.hpp"

namespace jxaudit::arithmetic {
namespace {

using jxaudit::testing::KnownMiss;
using jxaudit::testing::Pins;
using jxaudit::testing::SeverityCounts;

const Pins& pins() {
  static const Pins kPins = {
      // 01.1: 年度资金总额 0 / 0 / 0 over 本年财政拨款 90 / 89.974 / 89.974 — one
      // error per column, and its 0 % over a budget of 0.
      {"01", {"funds-breakdown@7", "funds-breakdown@7", "funds-breakdown@7", "execution-rate@7"}},
      // 02.1: the same total of 0 / 0 / 0 over 202.64 / 132.912 / 132.912.
      {"02", {"funds-breakdown@7", "funds-breakdown@7", "funds-breakdown@7", "execution-rate@7"}},
      // 03.1: 10 + 110 points and scores under a 总分 of 100 / 100; 03.2: the
      // labels 产出(70分) / 效益(20分) depart from 50 / 30 (information).
      {"03", {"level1-weights@13", "level1-weights@19", "total-points@24", "total-score@24"}},
      // 04.1: the 预算执行 得分 left blank (the indicators' 得分 column is empty
      // throughout, so the table is not asked for it row by row); 04.2: 产出 60.
      {"04", {"missing-value@9", "level1-weights@15"}},
      {"05", {}},  // 05.4: 3.36 / 3.36, 权重 10, 得分 10 — right
      // 06.1: one indicator carries all 90 points (information). Its 合计 | 100
      // row has no 得分 to fill: Sichuan 2023 asks for the total score in the
      // 评价结论 (its family says total-row-score: false).
      {"06", {"level1-weights@2"}},
      // 07.2: 9 for 65.07 ÷ 65.66 × 10 = 9.91, which this whole-point table
      // writes 10; 07.1: 9 + 13 + 15 + 10 + 10 + 27 + 9 = 93, not 94.
      {"07", {"funds-score@6", "total-score@19"}},
      // 08.1: 全年预算数 0 with 207.4538 executed at 100 % (the literal reading).
      // Its 其中 row (207.4538 — 100% —) slid: not summed.
      {"08", {"execution-rate@6", "over-execution@6"}},
      // 09.1: 20 × 10.77 % = 2.15, written 2.16, and 10.77 % with no reason.
      {"09", {"funds-score@8", "low-execution@8"}},
      {"10", {"level1-weights@14", "level1-weights@22"}},  // 10.3: 产出 40, 满意度 20
      // 11.1: 9 for 9.78 (10 at whole points); 11.2: the 其中 row repeats 10 / 9.
      {"11", {"funds-score@7", "funds-subrow-scored@8"}},
      {"12", {"funds-subrow-scored@7"}},  // 12.3: repeats 10 / 10
      // 13.1 judged right at the table's precision (below); 13.1/13.2: 86.20 %.
      // Its 效益指标 written twice (20 + 10) weighs 30, the policy's.
      {"13", {"low-execution@7"}},
      // 14.2: repeats 10 / 10; 14.1: 192只 = 180只 + 12头 (target and actual).
      {"14", {"funds-subrow-scored@7", "breakdown-sum@19", "breakdown-sum@19"}},
      // 15.1: 338.31 of 329.77 spent (102.59 %) and no 得分; 15.2: 产出 60 > 50.
      {"15", {"over-execution@5", "level1-weights@12", "funds-result-missing@5"}},
      {"16", {"funds-result-missing@7"}},  // 16.1: five values for six columns, no 执行率
      {"17", {}},                          // family E: no scores; 17.2 adds up
      // 18.1: 分值 100 with 得分 10 (expected 100 — or the 分值 is 10); 18.2:
      // the 其中 row repeats 100 / 10.
      {"18", {"funds-score@7", "level1-weights@7", "funds-subrow-scored@8"}},
      {"19", {"low-execution@5"}},  // 19.1: 154.74 ÷ 310.2 = 49.88 %, no reason
      {"20", {}},                   // family G: no scores
      // The seed: 政务事项管理's points (35 / 35 under 50 / 30, 总分 90 ≠ 100,
      // 89.88 ≠ 99.88), 民意速办's 支出进度 99 % for 99.99 %, 基层党建's 83.70 %.
      {"seed",
       {"level1-points@231", "level1-points@242", "total-points@250", "total-score@250", "progress-rate@269",
        "low-execution@284"}},
      // The variants are real files 01, 07 and 03.
      {"variants/anhui-chizhou-2022-weituo",
       {"funds-breakdown@7", "funds-breakdown@7", "funds-breakdown@7", "execution-rate@7"}},
      {"variants/shanxi-jishan-2020-jiandang", {"funds-score@6", "total-score@19"}},
      {"variants/sichuan-zhongjiang-2022-shuibiaochi",
       {"level1-weights@13", "level1-weights@19", "total-points@24", "total-score@24"}},
  };
  return kPins;
}

// Defects of SOURCES.md in arithmetic's field (funds, sums, scores) that it
// does not report, and why.
const std::vector<KnownMiss>& known_misses() {
  static const std::vector<KnownMiss> kMisses = {
      {"02.2", "the planned components are amounts in the 预期目标 prose; no rule reads sums out of free text"},
      {"02.5", "a 成本指标 cap set from the 年初 budget: no rule compares a cost target with the adjusted budget"},
      {"01.4", "项目总成本 ≤90万元 → 90: the actual has no unit, so it is not read as money against 89.974 spent"},
      {"04.4", "0 / 0 written 0.00% in 其中 rows: only the 年度资金总额 row's 执行率 is recomputed"},
      {"17.1", "0 / 0 written 100% in a 其中 row: only the 年度资金总额 row's 执行率 is recomputed"},
      {"13.4", "成本控制率 100 → 100 beside 86 % spent: no rule ties an indicator's rate to the funds block"},
      {"09.2", "outputs met on 10.8 % of the money: a credibility judgement, not arithmetic"},
      {"01.5", "a year label against the file's save date: the date is Office metadata, not part of the table "
               "(and SOURCES.md calls it an inference)"},
      {"11.5", "published before the year ended: no rule reads publication dates"},
  };
  return kMisses;
}

// Defects SOURCES.md lists that the rules deliberately do not report.
const std::vector<KnownMiss>& judged_not_errors() {
  static const std::vector<KnownMiss> kJudged = {
      {"13.1", "37.24 ÷ 43.2 × 10 = 8.62 written 9 on a table whose every score (and its 86%) is whole: that "
               "table's own rounding; scores are compared at the precision the table writes (issue 11)"},
  };
  return kJudged;
}

TEST(ArithmeticRealFixtures, EveryFixtureGivesExactlyItsPinnedFindings) {
  const SeverityCounts on_real_tables = jxaudit::testing::expect_pinned_findings<ArithmeticCheck>(pins());
  EXPECT_EQ(on_real_tables, (SeverityCounts{.error = 17, .warning = 13, .info = 8}));
}

TEST(ArithmeticRealFixtures, KnownMissesNameDefectsOfTheSources) {
  jxaudit::testing::expect_sources_exist(known_misses());
  jxaudit::testing::expect_sources_exist(judged_not_errors());
}

}  // namespace
}  // namespace jxaudit::arithmetic
