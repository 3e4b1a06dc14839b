#include <gtest/gtest.h>

#include "text/normalize.hpp"

namespace jxaudit::text {
namespace {

TEST(Normalize, FullWidthPunctuationAndDigitsBecomeAscii) {
  EXPECT_EQ(normalize("项目编码："), "项目编码:");
  EXPECT_EQ(normalize("深圳市福田区政务服务数据管理局（本级）"), "深圳市福田区政务服务数据管理局(本级)");
  EXPECT_EQ(normalize("执行率（％）"), "执行率(%)");
  EXPECT_EQ(normalize("１２３．５"), "123.5");
}

TEST(Normalize, BlanksAreFoldedAndTrimmed) {
  EXPECT_EQ(normalize("  产出指标  (50分) "), "产出指标 (50分)");
  EXPECT_EQ(normalize("年度\u3000\u3000资金总额"), "年度 资金总额");
  EXPECT_EQ(normalize("a\xC2\xA0\xC2\xA0" "b"), "a b");
}

TEST(Normalize, HeaderMarksAreRemoved) {
  EXPECT_EQ(normalize("*实际完成值"), "实际完成值");
  EXPECT_EQ(normalize("* 分值"), "分值");
  EXPECT_EQ(normalize("≥90%"), "≥90%");  // not a mark
}

TEST(Normalize, ParagraphMarkupGoesOtherAngleTextStays) {
  const std::string raw =
      "<p>通过本项目的实施。</p> <p>根据《中共深圳市委、深圳市政府办公厅<关于全面推进社会建设“织网工程”的实施方案(试行)>的通知》</p>";
  const std::string n = normalize(raw);
  EXPECT_EQ(n.find("<p>"), std::string::npos);
  EXPECT_EQ(n.find("</p>"), std::string::npos);
  EXPECT_NE(n.find("<关于全面推进社会建设“织网工程”的实施方案(试行)>"), std::string::npos);
  EXPECT_EQ(n, "通过本项目的实施。 根据《中共深圳市委、深圳市政府办公厅<关于全面推进社会建设“织网工程”的实施方案(试行)>的通知》");
  EXPECT_EQ(normalize("a<br>b<BR/>c<br />d<P class=\"x\">e"), "a b c d e");
  EXPECT_EQ(normalize("<pre>x</pre>"), "<pre>x</pre>");
}

TEST(Normalize, AsciiFastPathMatchesGeneralPath) {
  EXPECT_EQ(normalize("  10000.00 "), "10000.00");
  EXPECT_EQ(normalize(""), "");
}

TEST(LabelKey, BlanksAndTrailingColonGo) {
  EXPECT_EQ(label_key(normalize("项目编码：")), "项目编码");
  EXPECT_EQ(label_key(normalize("产出指标 (50分)")), "产出指标(50分)");
  EXPECT_EQ(label_key(normalize("其中: 当年财政拨款")), "其中:当年财政拨款");
}

}  // namespace
}  // namespace jxaudit::text

namespace jxaudit::text {
namespace {

// is_normalized must agree with normalize() on every kind of cell.
TEST(Normalize, QuickCheckAgreesWithNormalize) {
  const char* cells[] = {"", "10000.00", "项目支出绩效自评表", "≥90%", "—", "“i福田”小程序、APP", "《通知》【试行】",
                         "项目编码：", "（本级）", "a  b", " a", "a ", "*得分", "<p>x</p>", "a\tb", "１２", "……",
                         "年度\u3000资金", "a\xC2\xA0b", "产出指标 (50分)", "Ⅳ", "ﬁ", "한국어", "é"};
  for (const char* c : cells) EXPECT_EQ(is_normalized(c), normalize(c) == c) << c;
}

TEST(LabelKey, QuickCheckAgreesWithLabelKey) {
  for (const char* c : {"项目编码", "项目编码:", "a b", "", ":"}) EXPECT_EQ(is_label_key(c), label_key(c) == c) << c;
}

}  // namespace
}  // namespace jxaudit::text
