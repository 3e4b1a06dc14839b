// The SDK's own catalogue (host/po/sdk/zh_CN.po): the YAML loader's errors,
// the option checks and yaml-cpp's parser messages in the user's language.
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <yaml-cpp/exceptions.h>

#include "jxaudit/catalog.hpp"
#include "jxaudit/options.hpp"
#include "jxaudit/parse_yaml.hpp"
#include "sdk_messages/sdk_tr.hpp"
#include "yaml/yaml_load.hpp"

namespace jxaudit::sdk_messages {
namespace {

// Every message yaml-cpp's parser can raise for a malformed text. When an
// upgrade of yaml-cpp rewords one, this names it.
const std::vector<std::string> kParserMessages = {
    YAML::ErrorMsg::YAML_DIRECTIVE_ARGS, YAML::ErrorMsg::YAML_VERSION,         YAML::ErrorMsg::YAML_MAJOR_VERSION,
    YAML::ErrorMsg::REPEATED_YAML_DIRECTIVE, YAML::ErrorMsg::TAG_DIRECTIVE_ARGS, YAML::ErrorMsg::REPEATED_TAG_DIRECTIVE,
    YAML::ErrorMsg::CHAR_IN_TAG_HANDLE,  YAML::ErrorMsg::TAG_WITH_NO_SUFFIX,   YAML::ErrorMsg::END_OF_VERBATIM_TAG,
    YAML::ErrorMsg::END_OF_MAP,          YAML::ErrorMsg::END_OF_MAP_FLOW,      YAML::ErrorMsg::END_OF_SEQ,
    YAML::ErrorMsg::END_OF_SEQ_FLOW,     YAML::ErrorMsg::MULTIPLE_TAGS,        YAML::ErrorMsg::MULTIPLE_ANCHORS,
    YAML::ErrorMsg::MULTIPLE_ALIASES,    YAML::ErrorMsg::ALIAS_CONTENT,        YAML::ErrorMsg::INVALID_HEX,
    YAML::ErrorMsg::INVALID_UNICODE,     YAML::ErrorMsg::INVALID_ESCAPE,       YAML::ErrorMsg::UNKNOWN_TOKEN,
    YAML::ErrorMsg::DOC_IN_SCALAR,       YAML::ErrorMsg::EOF_IN_SCALAR,        YAML::ErrorMsg::CHAR_IN_SCALAR,
    YAML::ErrorMsg::TAB_IN_INDENTATION,  YAML::ErrorMsg::FLOW_END,             YAML::ErrorMsg::BLOCK_ENTRY,
    YAML::ErrorMsg::MAP_KEY,             YAML::ErrorMsg::MAP_VALUE,            YAML::ErrorMsg::ALIAS_NOT_FOUND,
    YAML::ErrorMsg::ANCHOR_NOT_FOUND,    YAML::ErrorMsg::CHAR_IN_ALIAS,        YAML::ErrorMsg::CHAR_IN_ANCHOR,
    YAML::ErrorMsg::ZERO_INDENT_IN_BLOCK, YAML::ErrorMsg::CHAR_IN_BLOCK,       YAML::ErrorMsg::AMBIGUOUS_ANCHOR,
    YAML::ErrorMsg::UNKNOWN_ANCHOR,      YAML::ErrorMsg::UNMATCHED_GROUP_TAG,  YAML::ErrorMsg::UNEXPECTED_END_SEQ,
    YAML::ErrorMsg::UNEXPECTED_END_MAP,  YAML::ErrorMsg::SINGLE_QUOTED_CHAR,   YAML::ErrorMsg::INVALID_ANCHOR,
    YAML::ErrorMsg::INVALID_ALIAS,       YAML::ErrorMsg::INVALID_TAG,
};

TEST(SdkCatalog, TranslatesEveryMessageOfYamlCppsParser) {
  const LanguageScope zh(MessageLanguage::zh_cn);
  for (const std::string& message : kParserMessages) EXPECT_NE(yaml_cpp_message(message), message) << message;
}

TEST(SdkCatalog, KeepsWhatYamlCppFoundAfterItsMessage) {
  const LanguageScope zh(MessageLanguage::zh_cn);
  EXPECT_EQ(yaml_cpp_message(std::string(YAML::ErrorMsg::INVALID_ESCAPE) + "q"), "未知的转义字符：q");
  EXPECT_EQ(yaml_cpp_message("a message yaml-cpp never had"), "a message yaml-cpp never had");
  const LanguageScope en(MessageLanguage::en);
  EXPECT_EQ(yaml_cpp_message(YAML::ErrorMsg::END_OF_SEQ_FLOW), YAML::ErrorMsg::END_OF_SEQ_FLOW);
}

TEST(SdkCatalog, ALanguageScopeHoldsOnItsThreadUntilItEnds) {
  const MessageLanguage before = user_language();
  set_user_language(MessageLanguage::en);
  {
    const LanguageScope zh(MessageLanguage::zh_cn);
    EXPECT_EQ(sdk_tr("expected true or false"), "应为 true 或 false");
    {
      const LanguageScope en(MessageLanguage::en);
      EXPECT_EQ(sdk_tr("expected true or false"), "expected true or false");
    }
    EXPECT_EQ(sdk_tr("expected true or false"), "应为 true 或 false");
  }
  EXPECT_EQ(sdk_tr("expected true or false"), "expected true or false");
  set_user_language(before);
}

TEST(SdkCatalog, TheLoaderSaysASyntaxErrorInTheLanguageInForce) {
  const std::string text = "report:\n  format: [text\n";
  std::vector<ConfigError> zh_errors;
  {
    const LanguageScope zh(MessageLanguage::zh_cn);
    EXPECT_FALSE(load_yaml_text(text, "a.yaml", zh_errors));
  }
  ASSERT_EQ(zh_errors.size(), 1u);
  EXPECT_EQ(zh_errors[0].message.rfind("YAML 语法错误：", 0), 0u) << zh_errors[0].message;
  std::vector<ConfigError> en_errors;
  {
    const LanguageScope en(MessageLanguage::en);
    EXPECT_FALSE(load_yaml_text(text, "a.yaml", en_errors));
  }
  ASSERT_EQ(en_errors.size(), 1u);
  EXPECT_EQ(en_errors[0].message.rfind("YAML syntax error: ", 0), 0u) << en_errors[0].message;
  EXPECT_EQ(zh_errors[0].line, en_errors[0].line);
}

TEST(SdkCatalog, TheSdksOptionChecksFollowTheUserLanguage) {
  // Options lives in libjxaudit_sdk.so, whose messages follow user_language().
  const MessageLanguage before = user_language();
  std::vector<ConfigError> errors;
  const std::optional<OptionNode> parsed = parse_yaml_text("flag: maybe\nmode: sometimes\n", "p.yaml", errors);
  ASSERT_TRUE(parsed && errors.empty());
  const OptionNode& node = *parsed;
  set_user_language(MessageLanguage::zh_cn);
  Options zh(node, "p.yaml");
  zh.get_bool("flag", false);
  zh.get_string("mode", "a", {"a", "b"});
  set_user_language(MessageLanguage::en);
  Options en(node, "p.yaml");
  en.get_bool("flag", false);
  set_user_language(before);
  ASSERT_EQ(zh.errors().size(), 2u);
  EXPECT_EQ(zh.errors()[0].to_string(), "p.yaml:1:7: flag: 应为 true 或 false");
  EXPECT_EQ(zh.errors()[1].message, "「sometimes」不是可选值之一：a, b");
  ASSERT_EQ(en.errors().size(), 1u);
  EXPECT_EQ(en.errors()[0].message, "expected true or false");
}

}  // namespace
}  // namespace jxaudit::sdk_messages
