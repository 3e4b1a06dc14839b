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
  // The seed's own examples (shared/docs/domain.md).
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
