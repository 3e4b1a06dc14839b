#include <gtest/gtest.h>

#include "jxaudit/options.hpp"
#include "option_yaml.hpp"

using jxaudit::Decimal;
using jxaudit::Options;

TEST(Options, ReadsValuesAndEchoesDefaults) {
  Options o(jxaudit::testing::option_yaml("tolerance: 0.05\nmode: thresholds\n"), "arithmetic.yaml");
  EXPECT_EQ(o.get_decimal("tolerance", Decimal::from_parts(1, 2)), Decimal::from_parts(5, 2));
  EXPECT_EQ(o.get_string("mode", "proportional", {"proportional", "thresholds"}), "thresholds");
  EXPECT_TRUE(o.get_bool("strict", true));
  EXPECT_TRUE(o.errors().empty());
  EXPECT_TRUE(o.unread_keys().empty());
  EXPECT_EQ(o.effective()["strict"].text(), "true");
}

TEST(Options, BadValuesAndUnknownKeysHavePositions) {
  Options o(jxaudit::testing::option_yaml("tolerance: abc\ntolerence: 1\n"), "a.yaml");
  o.get_decimal("tolerance", Decimal(0));
  ASSERT_EQ(o.errors().size(), 1u);
  EXPECT_EQ(o.errors()[0].line, 1);
  EXPECT_EQ(o.errors()[0].column, 12);
  ASSERT_EQ(o.unread_keys().size(), 1u);
  EXPECT_EQ(o.unread_keys()[0], "tolerence");
  EXPECT_EQ(o.position_of("tolerence").line, 2);
}

TEST(Options, DisallowedChoiceIsAnError) {
  Options o(jxaudit::testing::option_yaml("mode: fancy\n"), "a.yaml");
  EXPECT_EQ(o.get_string("mode", "proportional", {"proportional", "thresholds"}), "proportional");
  ASSERT_EQ(o.errors().size(), 1u);
  EXPECT_NE(o.errors()[0].message.find("fancy"), std::string::npos);
}
