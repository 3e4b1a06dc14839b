// jxaudit::OptionNode, the SDK's option tree, and jxaudit/parse_yaml.hpp,
// which builds it from YAML with positions after the guarded loader's checks.
#include <gtest/gtest.h>

#include <stdexcept>

#include "jxaudit/option_node.hpp"
#include "jxaudit/options.hpp"
#include "jxaudit/parse_yaml.hpp"
#include "option_yaml.hpp"

namespace jxaudit {
namespace {

TEST(OptionNode, ParsedTreeKeepsKindsOrderAndPositions) {
  const OptionNode root = testing::option_yaml("b: 1\na:\n  - x\n  - {k: v}\nc:\n");
  ASSERT_TRUE(root.is_map());
  ASSERT_EQ(root.size(), 3u);
  EXPECT_EQ(root.entries()[0].key.text(), "b");  // file order, not sorted
  EXPECT_EQ(root.entries()[1].key.text(), "a");
  EXPECT_EQ(root.entries()[1].key.line(), 2);
  EXPECT_EQ(root.entries()[1].key.column(), 1);
  const OptionNode& a = root["a"];
  ASSERT_TRUE(a.is_sequence());
  EXPECT_EQ(a.items()[0].text(), "x");
  EXPECT_EQ(a.items()[0].line(), 3);
  EXPECT_EQ(a.items()[0].column(), 5);
  EXPECT_TRUE(a.items()[1].is_map());
  EXPECT_TRUE(a.items()[1].flow());
  EXPECT_EQ(a.items()[1]["k"].text(), "v");
  EXPECT_TRUE(root["c"].is_null());
  EXPECT_TRUE(root.contains("c"));  // present, null
  EXPECT_EQ(root.find_entry("c")->key.line(), 5);
}

TEST(OptionNode, AbsentKeysAreNullOrNullptr) {
  const OptionNode root = testing::option_yaml("a: 1\n");
  EXPECT_EQ(root.find("z"), nullptr);
  EXPECT_TRUE(root["z"].is_null());
  EXPECT_FALSE(root["z"].has_position());
  EXPECT_EQ(root["a"]["nested"].kind(), OptionNode::Kind::null);  // a lookup on a scalar is absent too
  EXPECT_EQ(OptionNode().find("a"), nullptr);
}

TEST(OptionNode, TypedReadsAreExactOrNothing) {
  const OptionNode root = testing::option_yaml("t: true\nf: false\ny: yes\ni: 42\nw: 5.0\nd: 0.10\nn: abc\nl: [a, b]\n");
  EXPECT_EQ(root["t"].as_bool(), true);
  EXPECT_EQ(root["f"].as_bool(), false);
  EXPECT_EQ(root["y"].as_bool(), std::nullopt);  // only true/false
  EXPECT_EQ(root["i"].as_int(), 42);
  EXPECT_EQ(root["w"].as_int(), 5);
  EXPECT_EQ(root["d"].as_int(), std::nullopt);
  EXPECT_EQ(root["d"].as_decimal(), Decimal::from_parts(10, 2));
  EXPECT_EQ(root["d"].as_decimal()->to_string(), "0.10");  // the scale as written: no binary float
  EXPECT_EQ(root["n"].as_decimal(), std::nullopt);
  EXPECT_EQ(root["l"].as_strings(), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(root["l"].as_string(), std::nullopt);
  EXPECT_EQ(root.as_strings(), std::nullopt);
}

TEST(OptionNode, BuildersMakeTheSameValueAsTheParser) {
  OptionNode built = OptionNode::map();
  built.set("mode", OptionNode::scalar("fast"));
  built.set("words", OptionNode::strings({"a", "b"}));
  built.set("mode", OptionNode::scalar("slow"));  // replaced in place
  EXPECT_EQ(built, testing::option_yaml("mode: slow\nwords: [a, b]\n"));
  EXPECT_EQ(built.entries()[0].key.text(), "mode");
  EXPECT_FALSE(built["mode"].has_position());
  EXPECT_NE(built, testing::option_yaml("mode: slow\nwords: [a]\n"));

  OptionNode list;
  list.push_back(OptionNode::scalar("x"));
  EXPECT_TRUE(list.is_sequence());
  EXPECT_EQ(list.size(), 1u);
}

TEST(OptionNode, OptionsErrorsPointAtTheNode) {
  Options options(testing::option_yaml("policies:\n  - name: x\n    colour: red\n"), "p.yaml");
  const OptionNode policies = options.get_node("policies");
  const OptionEntry* colour = policies.items()[0].find_entry("colour");
  ASSERT_NE(colour, nullptr);
  options.error(colour->key, "policies", "unknown field");
  options.error({}, "policies", "no position");
  ASSERT_EQ(options.errors().size(), 2u);
  EXPECT_EQ(options.errors()[0].to_string(), "p.yaml:3:5: policies: unknown field");
  EXPECT_EQ(options.errors()[1].to_string(), "p.yaml: policies: no position");
  EXPECT_EQ(options.effective()["policies"], policies);  // echoed as given
}

TEST(OptionNode, GetNodeEchoesTheDefaultWhenAbsent) {
  Options options(OptionNode(), "p.yaml");
  const OptionNode fallback = OptionNode::strings({"a"});
  EXPECT_EQ(options.get_node("list", fallback), fallback);
  EXPECT_EQ(options.effective()["list"], fallback);
  EXPECT_TRUE(options.get_node("nothing").is_null());
  EXPECT_FALSE(options.effective().contains("nothing"));
}

TEST(ParseYaml, GuardedLoaderProblemsAreConfigErrors) {
  std::vector<ConfigError> errors;
  EXPECT_FALSE(parse_yaml_text("a: 1\na: 2\n", "dup.yaml", errors).has_value());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, "dup.yaml");
  EXPECT_EQ(errors[0].line, 2);
  EXPECT_NE(errors[0].message.find("duplicate key 'a'"), std::string::npos) << errors[0].message;

  errors.clear();
  YamlLimits tiny;
  tiny.max_depth = 2;
  EXPECT_FALSE(parse_yaml_text("a: {b: {c: [1]}}\n", "deep.yaml", errors, tiny).has_value());
  EXPECT_FALSE(errors.empty());

  errors.clear();
  EXPECT_FALSE(parse_yaml_file("/nonexistent/jxaudit/x.yaml", errors).has_value());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("file not found"), std::string::npos);

  errors.clear();
  const auto empty = parse_yaml_text("", "empty.yaml", errors);
  ASSERT_TRUE(empty.has_value());
  EXPECT_TRUE(empty->is_null());
}

TEST(ParseYaml, BrokenBuiltinTextIsAPackagingBug) {
  EXPECT_EQ(parse_builtin_yaml("k: [1, 2]\n", "builtin.yaml")["k"].size(), 2u);
  try {
    parse_builtin_yaml("k: [1, 2\n", "broken.yaml");
    FAIL() << "a broken built-in text must throw";
  } catch (const std::logic_error& e) {
    EXPECT_NE(std::string(e.what()).find("built-in broken.yaml"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace jxaudit
