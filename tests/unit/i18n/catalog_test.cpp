#include "jxaudit/catalog.hpp"

#include <stdexcept>
#include <string_view>

#include <gtest/gtest.h>

namespace jxaudit::testing {
extern const std::string_view kPluginCatalog;  // tests/fixtures/i18n/plugin_zh_CN.po, by jxaudit_add_catalog
}

namespace jxaudit {
namespace {

using testing::kPluginCatalog;

TEST(Catalog, TranslatesIntoChineseAndGivesTheMsgidInEnglish) {
  const Catalog catalog(kPluginCatalog);
  EXPECT_EQ(catalog.text("threshold must be a positive number", MessageLanguage::zh_cn), "阈值必须是正数");
  EXPECT_EQ(catalog.text("threshold must be a positive number", MessageLanguage::en),
            "threshold must be a positive number");
  EXPECT_TRUE(catalog.translates("threshold must be a positive number"));
}

TEST(Catalog, AContextChoosesBetweenTwoTranslationsOfOneWord) {
  const Catalog catalog(kPluginCatalog);
  EXPECT_EQ(catalog.text("score", MessageLanguage::zh_cn), "分数");
  EXPECT_EQ(catalog.text("column", "score", MessageLanguage::zh_cn), "得分");
  EXPECT_EQ(catalog.text("column", "score", MessageLanguage::en), "score");
}

TEST(Catalog, AMissingOrEmptyTranslationFallsBackToTheMsgid) {
  const Catalog catalog(kPluginCatalog);
  EXPECT_EQ(catalog.text("never declared", MessageLanguage::zh_cn), "never declared");
  EXPECT_EQ(catalog.text("untranslated on purpose", MessageLanguage::zh_cn), "untranslated on purpose");
  EXPECT_FALSE(catalog.translates("untranslated on purpose"));
  EXPECT_FALSE(catalog.translates("never declared"));
}

TEST(Catalog, FollowsTheUserLanguage) {
  const Catalog catalog(kPluginCatalog);
  const MessageLanguage before = user_language();
  set_user_language(MessageLanguage::zh_cn);
  EXPECT_EQ(catalog.text("threshold must be a positive number"), "阈值必须是正数");
  set_user_language(MessageLanguage::en);
  EXPECT_EQ(catalog.text("threshold must be a positive number"), "threshold must be a positive number");
  set_user_language(before);
}

TEST(Catalog, FormatFillsNamedPlaceholdersInTheUserLanguage) {
  const MessageLanguage before = user_language();
  set_user_language(MessageLanguage::zh_cn);
  EXPECT_EQ(catalog_of<kPluginCatalog>().format("category {name} needs {field}", {{"name", "无效益"}, {"field", "level1"}}),
            "类别 无效益 须有 level1");
  set_user_language(MessageLanguage::en);
  EXPECT_EQ(catalog_of<kPluginCatalog>().format("category {name} needs {field}", {{"name", "x"}, {"field", "level1"}}),
            "category x needs level1");
  set_user_language(before);
  // catalog_of reads the bytes once: the same object every time.
  EXPECT_EQ(&catalog_of<kPluginCatalog>(), &catalog_of<kPluginCatalog>());
}

TEST(Catalog, BytesThatAreNoCatalogueAreRefused) {
  EXPECT_THROW(Catalog("this is not a .mo file, it is text"), std::runtime_error);
}

}  // namespace
}  // namespace jxaudit
