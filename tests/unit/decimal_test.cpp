#include <gtest/gtest.h>

#include "jxaudit/decimal.hpp"

using jxaudit::Decimal;

namespace {
Decimal d(const char* s) { return *Decimal::parse(s); }
}  // namespace

TEST(Decimal, ParsesAndKeepsDeclaredPrecision) {
  EXPECT_EQ(d("9.83").to_string(), "9.83");
  EXPECT_EQ(d("3.50").scale(), 2);
  EXPECT_EQ(d("3.50").to_plain_string(), "3.5");
  EXPECT_EQ(d("-0.5").to_string(), "-0.5");
  EXPECT_EQ(d(".5").to_string(), "0.5");
  EXPECT_EQ(d("1,234.56").to_string(), "1234.56");
  EXPECT_EQ(d("20673921.52").to_string(), "20673921.52");
}

TEST(Decimal, RejectsWhatIsNotANumber) {
  for (const char* s : {"", "—", "-", ".", "1e5", "12a", "1,23", "1.2.3", "１２", "1234567890123456789"}) {
    EXPECT_FALSE(Decimal::parse(s).has_value()) << s;
  }
}

TEST(Decimal, ComparesByValue) {
  EXPECT_EQ(d("3.5"), d("3.50"));
  EXPECT_LT(d("99.77"), d("100"));
  EXPECT_GT(d("-1"), d("-1.01"));
}

TEST(Decimal, ArithmeticIsExact) {
  EXPECT_EQ((d("0.1") + d("0.2")), d("0.3"));
  EXPECT_EQ((d("4758842.30") - d("4770000.00")).to_string(), "-11157.70");
  EXPECT_EQ((d("1.5") * d("1.5")).to_string(), "2.25");
}

TEST(Decimal, DividesAndRoundsHalfAwayFromZero) {
  // The seed's own funds rows (tests/fixtures/futian-2022-selfeval.txt: 99.77 %, 99.98 %).
  EXPECT_EQ(Decimal::divide(d("4758842.30") * 100, d("4770000.00"), 2).to_string(), "99.77");
  EXPECT_EQ(Decimal::divide(d("20669015.70") * 100, d("20673921.52"), 2).to_string(), "99.98");
  EXPECT_EQ(d("2.345").rounded(2).to_string(), "2.35");
  EXPECT_EQ(d("-2.345").rounded(2).to_string(), "-2.35");
  EXPECT_EQ(d("2.344").rounded(2).to_string(), "2.34");
  EXPECT_EQ(d("10").rounded(2).to_string(), "10.00");
  EXPECT_THROW(Decimal::divide(d("1"), d("0"), 2), std::domain_error);
}

TEST(Decimal, OverflowIsAnExceptionNotWraparound) {
  Decimal big = d("999999999999999999");
  EXPECT_THROW(big + big, jxaudit::DecimalOverflow);
}

// Issue 10: "50.0000000000000000" used to be read with scale 16, and every
// recomputation at that scale overflowed; the check then fell silent.
TEST(Decimal, RoundsDigitsBeyondTheParsePrecision) {
  EXPECT_EQ(Decimal::kParseScale, 6);
  EXPECT_EQ(d("50.0000000000000000").to_string(), "50.000000");
  EXPECT_EQ(d("50.0000000000000000").scale(), Decimal::kParseScale);
  EXPECT_EQ(d("2.0000005").to_string(), "2.000001");   // half away from zero
  EXPECT_EQ(d("-2.0000005").to_string(), "-2.000001");
  EXPECT_EQ(d("2.00000049999").to_string(), "2.000000");
  EXPECT_EQ(d("83.69999999999999").to_string(), "83.700000");
  EXPECT_EQ(d("0.0000000000000000000001").to_string(), "0.000000");
  EXPECT_EQ(d("9.9999995").to_string(), "10.000000");
  // Up to 6 decimals nothing changes: the declared precision is as written.
  EXPECT_EQ(d("1.123456").to_string(), "1.123456");
  EXPECT_EQ(d("3.50").scale(), 2);
}

TEST(Decimal, ALongIntegerPartKeepsFewerDecimals) {
  // 15 integer digits leave room for 3 decimals in 18 significant digits.
  EXPECT_EQ(d("123456789012345.123456").to_string(), "123456789012345.123");
  EXPECT_EQ(d("123456789012345.1235").to_string(), "123456789012345.124");
  EXPECT_EQ(d("999999999999999999.4").to_string(), "999999999999999999");
  // A carry into a 19th digit drops a decimal, exactly.
  EXPECT_EQ(d("99999999999999999.96").to_string(), "100000000000000000");
}

TEST(Decimal, LeadingZerosAreNotDigits) {
  EXPECT_EQ(d("0000000000000000000000012.5").to_string(), "12.5");
  EXPECT_EQ(d("000000000000000000000999999999999999999").to_string(), "999999999999999999");
  EXPECT_EQ(d("0.000001").to_string(), "0.000001");
}

TEST(Decimal, TellsATooLargeNumberFromText) {
  EXPECT_FALSE(Decimal::parse("1234567890123456789").has_value());
  EXPECT_TRUE(Decimal::is_out_of_range("1234567890123456789"));
  EXPECT_TRUE(Decimal::is_out_of_range("-1,234,567,890,123,456,789.5"));
  EXPECT_TRUE(Decimal::is_out_of_range("999999999999999999.5"));  // rounds up to 19 digits
  EXPECT_FALSE(Decimal::is_out_of_range("999999999999999999"));
  EXPECT_FALSE(Decimal::is_out_of_range("12a"));
  EXPECT_FALSE(Decimal::is_out_of_range("—"));
  EXPECT_FALSE(Decimal::is_out_of_range(""));
  EXPECT_FALSE(Decimal::is_out_of_range("50.0000000000000000"));
}

TEST(Decimal, FindsATooLargeNumberInsideText) {
  EXPECT_EQ(Decimal::find_out_of_range("≥12345678901234567890人"), std::optional<std::string_view>("12345678901234567890"));
  EXPECT_EQ(Decimal::find_out_of_range("共 1,234,567,890,123,456,789.5。"),
            std::optional<std::string_view>("1,234,567,890,123,456,789.5"));
  EXPECT_EQ(Decimal::find_out_of_range("约12345678901234567890."), std::optional<std::string_view>("12345678901234567890"));
  EXPECT_FALSE(Decimal::find_out_of_range("≥4人，2022.12.31前").has_value());
  EXPECT_FALSE(Decimal::find_out_of_range("999999999999999999元").has_value());
  EXPECT_FALSE(Decimal::find_out_of_range("").has_value());
}
