// Numbers as the unit saw them (formats/number_format.hpp): a stored value
// and its number format code give the cell's displayed text, computed on the
// decimal digits (never through a binary double).
#include <gtest/gtest.h>

#include "formats/number_format.hpp"

namespace jxaudit::formats {
namespace {

TEST(NumberFormatGeneral, FifteenSignificantDigitsAndNoTrailingZeros) {
  // Excel writes a double's 17 significant digits; General shows 15.
  EXPECT_EQ(format_general("0.99770000000000003"), "0.9977");
  EXPECT_EQ(format_number("0.99770000000000003", "General"), "0.9977");
  EXPECT_EQ(format_number("0.99770000000000003", ""), "0.9977");
  EXPECT_EQ(format_general("89.974000000000004"), "89.974");
  EXPECT_EQ(format_general("12.50"), "12.5");
  EXPECT_EQ(format_general("-0"), "0");
  EXPECT_EQ(format_general("100"), "100");
  EXPECT_EQ(format_general("0.1234567890123456"), "0.123456789012346");  // rounded at the 15th digit
}

TEST(NumberFormatGeneral, ExponentInputsArePlainNumbers) {
  EXPECT_EQ(format_general("4.7588423E6"), "4758842.3");
  EXPECT_EQ(format_general("4.7588423e+6"), "4758842.3");
  EXPECT_EQ(format_general("1E-3"), "0.001");
  EXPECT_EQ(format_number("4.7588423E6", "#,##0.00"), "4,758,842.30");
  EXPECT_EQ(format_number("9.9770000000000003E-1", "0.00%"), "99.77%");
}

TEST(NumberFormatGeneral, TextThatIsNotANumberIsReturnedUnchanged) {
  EXPECT_EQ(format_number("—", "0.00"), "—");
  EXPECT_EQ(format_number("12abc", "0.00"), "12abc");
  EXPECT_EQ(format_number("", "0.00"), "");
  EXPECT_EQ(format_number("1e999", "0.00"), "1e999");  // no spreadsheet stores it: left as text
}

TEST(NumberFormatPercent, TimesHundredOnTheDigits) {
  EXPECT_EQ(format_number("0.9977", "0.00%"), "99.77%");
  EXPECT_EQ(format_number("0.99770000000000003", "0.00%"), "99.77%");
  EXPECT_EQ(format_number("1", "0.00%"), "100.00%");
  EXPECT_EQ(format_number("0.9977", "0.0%"), "99.8%");
  EXPECT_EQ(format_number("0.99", "0%"), "99%");
  EXPECT_EQ(format_number("0.995", "0%"), "100%");  // half away from zero
  EXPECT_EQ(format_number("0.9949", "0%"), "99%");
  EXPECT_EQ(format_number("1", "0%"), "100%");
  EXPECT_EQ(format_number("0", "0%"), "0%");
  EXPECT_EQ(format_number("-0.25", "0%"), "-25%");
  EXPECT_EQ(format_number("0.5", builtin_number_format(9)), "50%");
  EXPECT_EQ(format_number("0.5", builtin_number_format(10)), "50.00%");
}

TEST(NumberFormatDecimals, GroupingAndFixedDecimals) {
  EXPECT_EQ(format_number("1380357.22", "#,##0.00"), "1,380,357.22");
  EXPECT_EQ(format_number("1380357.2", "#,##0.00"), "1,380,357.20");
  EXPECT_EQ(format_number("-1380357.22", "#,##0.00"), "-1,380,357.22");
  EXPECT_EQ(format_number("999.995", "#,##0.00"), "1,000.00");
  EXPECT_EQ(format_number("12", "#,##0.00"), "12.00");
  EXPECT_EQ(format_number("0", "#,##0.00"), "0.00");
  EXPECT_EQ(format_number("1234567", "#,##0"), "1,234,567");
  EXPECT_EQ(format_number("1234567", builtin_number_format(3)), "1,234,567");
  EXPECT_EQ(format_number("1380357.22", builtin_number_format(4)), "1,380,357.22");
  EXPECT_EQ(format_number("12000", "0.00"), "12000.00");
  EXPECT_EQ(format_number("89.974", "0.000"), "89.974");
  EXPECT_EQ(format_number("7", "0"), "7");
  EXPECT_EQ(format_number("7.5", "0"), "8");
}

TEST(NumberFormatDecimals, RoundsHalfAwayFromZeroOnTheDecimalDigits) {
  EXPECT_EQ(format_number("2.675", "0.00"), "2.68");  // a double rounding would give 2.67
  EXPECT_EQ(format_number("-2.675", "0.00"), "-2.68");
  EXPECT_EQ(format_number("2.665", "0.00"), "2.67");
  EXPECT_EQ(format_number("2.6749", "0.00"), "2.67");
  EXPECT_EQ(format_number("0.005", "0.00"), "0.01");
  EXPECT_EQ(format_number("1.005", "0.00"), "1.01");
}

TEST(NumberFormatDecimals, SeventeenDigitValuesShowAsExcelShowsThemAtFifteen) {
  // What Excel itself writes for 2.675 and 1.005 typed in a cell: the
  // double's 17 digits. Excel shows 2.68 and 1.01 (it displays from 15
  // significant digits); rounding the 17 digits directly would give 2.67 and 1.00.
  EXPECT_EQ(format_number("2.6749999999999998", "0.00"), "2.68");
  EXPECT_EQ(format_number("-2.6749999999999998", "0.00"), "-2.68");
  EXPECT_EQ(format_number("1.0049999999999999", "0.00"), "1.01");
  EXPECT_EQ(format_number("0.99449999999999994", "0.0%"), "99.5%");
  EXPECT_EQ(format_number("9.9499999999999993", "0.0"), "10.0");
  EXPECT_EQ(format_number("2.6749999999999998", "0.000"), "2.675");
}

TEST(NumberFormatDecimals, OneDecimal) {
  EXPECT_EQ(format_number("9.9", "0.0"), "9.9");
  EXPECT_EQ(format_number("9.95", "0.0"), "10.0");
  EXPECT_EQ(format_number("10", "0.0"), "10.0");
  EXPECT_EQ(format_number("0", "0.0"), "0.0");
  EXPECT_EQ(format_number("0.04", "0.0"), "0.0");
  EXPECT_EQ(format_number("-3.25", "0.0"), "-3.3");
  EXPECT_EQ(format_number("0.5", "#.0"), ".5");  // no integer placeholder that must show
}

TEST(NumberFormatDecimals, TrailingCommaScalesByThousands) {
  EXPECT_EQ(format_number("1234567", "#,##0,"), "1,235");
  EXPECT_EQ(format_number("1234567", "0.0,,"), "1.2");
}

TEST(NumberFormatSections, NegativeSectionShowsTheMagnitudeWithItsOwnLiterals) {
  EXPECT_EQ(format_number("-1234.5", "#,##0.00;(#,##0.00)"), "(1,234.50)");
  EXPECT_EQ(format_number("1234.5", "#,##0.00;(#,##0.00)"), "1,234.50");
  EXPECT_EQ(format_number("0", "#,##0.00;(#,##0.00)"), "0.00");
  EXPECT_EQ(format_number("-5", builtin_number_format(39)), "(5.00)");
  EXPECT_EQ(format_number("-5", "0.00;-0.00"), "-5.00");
}

TEST(NumberFormatSections, ZeroSectionAndQuotedLiterals) {
  EXPECT_EQ(format_number("0", "0.00;-0.00;\"—\""), "—");
  EXPECT_EQ(format_number("3", "0.00;-0.00;\"—\""), "3.00");
  EXPECT_EQ(format_number("12.5", "0.00\"万元\""), "12.50万元");
  EXPECT_EQ(format_number("12.5", "0.00\\元"), "12.50元");
}

TEST(NumberFormatSections, EmptySectionsHideTheirNumbers) {
  // 0;-0;;@ is how a sheet hides zeros: the unit saw a blank, not 0.
  EXPECT_EQ(format_number("0", "0;-0;;@"), "");
  EXPECT_EQ(format_number("5", "0;-0;;@"), "5");
  EXPECT_EQ(format_number("-5", "0;-0;;@"), "-5");
  EXPECT_EQ(format_number("-5", "0.00;;"), "");
  EXPECT_EQ(format_number("0", "#,##0.00;-#,##0.00;"), "");
}

TEST(NumberFormatSections, ASectionWithoutDigitPlaceholdersShowsOnlyItsText) {
  EXPECT_EQ(format_number("5", "\"是\";\"否\""), "是");
  EXPECT_EQ(format_number("-5", "\"是\";\"否\""), "否");
}

TEST(NumberFormatSections, UnderscorePadsWithASpace) {
  EXPECT_EQ(format_number("1234.5", "#,##0.00_);(#,##0.00)"), "1,234.50 ");
  EXPECT_EQ(format_number("-1234.5", "#,##0.00_);(#,##0.00)"), "(1,234.50)");
}

TEST(NumberFormatSections, ColourAndCurrencyBrackets) {
  EXPECT_EQ(format_number("-5", builtin_number_format(40)), "(5.00)");  // #,##0.00;[Red](#,##0.00)
  EXPECT_EQ(format_number("-3.1", "[Red]0.00"), "-3.10");
  EXPECT_EQ(format_number("3.1", "[Blue]0.00;[Red]-0.00"), "3.10");
  EXPECT_EQ(format_number("-3.1", "[Blue]0.00;[Red]-0.00"), "-3.10");
  EXPECT_EQ(format_number("1234.5", "[$¥-804]#,##0.00"), "¥1,234.50");
  EXPECT_EQ(format_number("-1234.5", "[$¥-804]#,##0.00;[$¥-804]-#,##0.00"), "¥-1,234.50");
  EXPECT_EQ(format_number("1234.5", "¥#,##0.00"), "¥1,234.50");
  EXPECT_EQ(format_number("0.5", "[$-804]0.00%"), "50.00%");  // a locale alone shows nothing
}

TEST(NumberFormatSections, GeneralWithALiteral) {
  // Chinese Excel shows General as G/通用格式; a unit's custom G/通用格式"万元" is
  // stored as General"万元".
  EXPECT_EQ(format_number("12.5", "General\"万元\""), "12.5万元");
  EXPECT_EQ(format_number("0.99770000000000003", "General\"%\""), "0.9977%");
}

TEST(NumberFormatText, AtSignShowsTheNumberAsGeneral) {
  EXPECT_EQ(format_number("12.50", "@"), "12.5");
  EXPECT_EQ(format_number("12.50", builtin_number_format(49)), "12.5");
}

TEST(NumberFormatDates, BuiltinAndChineseCustomDates) {
  // Serial 44927 is 2023-01-01, so 2023-03-20 is 45005 (and 45006 the 21st).
  EXPECT_EQ(format_number("44927", "yyyy-mm-dd"), "2023-01-01");
  EXPECT_EQ(format_number("45005", builtin_number_format(14)), "2023/3/20");
  EXPECT_EQ(format_number("45006", builtin_number_format(14)), "2023/3/21");
  EXPECT_EQ(format_number("45005", "yyyy\"年\"m\"月\"d\"日\""), "2023年3月20日");
  EXPECT_EQ(format_number("45005", builtin_number_format(31)), "2023年3月20日");
  EXPECT_EQ(format_number("45005", "yyyy-mm-dd"), "2023-03-20");
  EXPECT_EQ(format_number("45005", "yy/m/d"), "23/3/20");
  EXPECT_EQ(format_number("45005", "d-mmm-yy"), "20-Mar-23");
  EXPECT_EQ(format_number("45005", "[$-804]yyyy\"年\"m\"月\""), "2023年3月");
  EXPECT_EQ(format_number("45005.5", builtin_number_format(22)), "2023/3/20 12:00");
}

TEST(NumberFormatDates, The1900LeapYearBug) {
  // Excel (after Lotus 1-2-3) counts a 29 February 1900 as day 60.
  EXPECT_EQ(format_number("1", "yyyy-mm-dd"), "1900-01-01");
  EXPECT_EQ(format_number("59", "yyyy-mm-dd"), "1900-02-28");
  EXPECT_EQ(format_number("60", "yyyy-mm-dd"), "1900-02-29");
  EXPECT_EQ(format_number("61", "yyyy-mm-dd"), "1900-03-01");
  EXPECT_EQ(format_number("2958465", "yyyy-mm-dd"), "9999-12-31");
  EXPECT_EQ(format_number("2958466", "yyyy-mm-dd"), "2958466");  // past the last date: General
  EXPECT_EQ(format_number("-1", "yyyy-mm-dd"), "-1");
}

TEST(NumberFormatDates, Date1904CountsFromJanuaryFirst1904) {
  EXPECT_EQ(format_number("0", "yyyy-mm-dd", true), "1904-01-01");
  EXPECT_EQ(format_number("60", "yyyy-mm-dd", true), "1904-03-01");  // no invented day here
  EXPECT_EQ(format_number("43543", "yyyy\"年\"m\"月\"d\"日\"", true), "2023年3月20日");  // 45005 − 1462
  EXPECT_EQ(format_number("45005", "yyyy/m/d", true), "2027/3/21");
}

TEST(NumberFormatDates, Times) {
  EXPECT_EQ(format_number("0.5", "h:mm"), "12:00");
  EXPECT_EQ(format_number("0.75", builtin_number_format(20)), "18:00");
  EXPECT_EQ(format_number("0.010416666666666666", "h:mm"), "0:15");
  EXPECT_EQ(format_number("0.5000115740740741", "h:mm:ss"), "12:00:01");
  EXPECT_EQ(format_number("0.75", "hh:mm"), "18:00");
  EXPECT_EQ(format_number("0.75", "h:mm AM/PM"), "6:00 PM");
  EXPECT_EQ(format_number("0.25", "h:mm AM/PM"), "6:00 AM");
  EXPECT_EQ(format_number("0.0006944444444444445", "mm:ss"), "01:00");
  EXPECT_EQ(format_number("1.5", "[h]:mm:ss"), "36:00:00");
  EXPECT_EQ(format_number("0.6875", builtin_number_format(32)), "16时30分");
}

}  // namespace
}  // namespace jxaudit::formats
