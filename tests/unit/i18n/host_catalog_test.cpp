#include <string>

#include <gtest/gtest.h>

#include "field_label.hpp"
#include "i18n/tr.hpp"
#include "i18n/words.hpp"

#include <cerrno>

namespace jxaudit::i18n {
namespace {

TEST(HostCatalog, TranslatesTheHostsMessages) {
  EXPECT_EQ(tr("no findings", MessageLanguage::zh_cn), "未发现问题");
  EXPECT_EQ(tr("no findings", MessageLanguage::en), "no findings");
  EXPECT_EQ(severity_word(Severity::warning, MessageLanguage::zh_cn), "警告");
  EXPECT_EQ(system_error_text(ENOENT, MessageLanguage::zh_cn), "文件或目录不存在");
  EXPECT_EQ(system_error_text(ENOENT, MessageLanguage::en), "no such file or directory");
}

TEST(HostCatalog, BothFormatsEachLanguageWithItsOwnArguments) {
  const Bilingual reason = system_error_both(ENOENT);
  const Bilingual message = both("cannot open: {}", reason);
  EXPECT_EQ(message.zh, "无法打开：文件或目录不存在");
  EXPECT_EQ(message.en, "cannot open: no such file or directory");
}

TEST(HostCatalog, NumberedPlaceholdersMayBeReordered) {
  // "{0} of {1} inputs failed" → "{1} 个输入中有 {0} 个失败"
  const Bilingual message = both("{0} of {1} inputs failed", 1, 3);
  EXPECT_EQ(message.en, "1 of 3 inputs failed");
  EXPECT_EQ(message.zh, "3 个输入中有 1 个失败");
}

TEST(FieldLabel, NamesAFieldInTheTablesWordsOrKeepsTheKey) {
  EXPECT_EQ(reports::field_label("funds.total.execution_rate", MessageLanguage::zh_cn), "资金·合计·执行率");
  EXPECT_EQ(reports::field_label("score", MessageLanguage::zh_cn), "得分");
  EXPECT_EQ(reports::field_label("actual", MessageLanguage::en), "actual");
  EXPECT_EQ(reports::field_label("level1.unheard_of", MessageLanguage::zh_cn), "一级指标·unheard_of");
}

}  // namespace
}  // namespace jxaudit::i18n
