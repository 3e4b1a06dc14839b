// Files that mix GB18030 and UTF-8 lines are decoded line by line; every
// other file decodes as one encoding, exactly as before (encoding_test.cpp).
#include <gtest/gtest.h>

#include "text/encoding.hpp"

namespace jxaudit::text {
namespace {

std::string gb(std::string_view utf8) { return encode(utf8, "gb18030"); }

TEST(MixedEncoding, Gb18030LinesThenUtf8LinesAreBothDecoded) {
  const std::string head = "项目支出绩效自评表\n项目名称:\t疫情防控\n";
  const std::string tail = "项目支出绩效自评表\n实施单位:\t深圳市福田区\n";
  const Decoded d = decode(gb(head) + tail);
  EXPECT_EQ(d.encoding, "gb18030+utf-8");
  EXPECT_EQ(d.encoding, kMixedEncoding);
  EXPECT_EQ(d.utf8, head + tail);
  EXPECT_EQ(d.replaced, 0u);
  ASSERT_EQ(d.changes.size(), 1u);
  EXPECT_EQ(d.changes[0].line, 3);
  EXPECT_EQ(d.changes[0].encoding, "utf-8");
}

TEST(MixedEncoding, Gb18030LinesAfterAUtf8BomAreDecodedToo) {
  const std::string head = "项目支出绩效自评表\n", tail = "资金使用情况\n";
  const Decoded d = decode("\xEF\xBB\xBF" + head + gb(tail));
  EXPECT_EQ(d.encoding, kMixedEncoding);
  EXPECT_EQ(d.utf8, head + tail);  // the BOM removed, as for any UTF-8 BOM file
  ASSERT_EQ(d.changes.size(), 1u);
  EXPECT_EQ(d.changes[0].line, 2);
  EXPECT_EQ(d.changes[0].encoding, "gb18030");
}

TEST(MixedEncoding, EveryChangeIsListedInOrder) {
  const std::string a = "总分\t100\n", b = "资金使用情况\n";
  const Decoded d = decode(a + gb(b) + gb(b) + a);
  EXPECT_EQ(d.utf8, a + b + b + a);
  ASSERT_EQ(d.changes.size(), 2u);
  EXPECT_EQ(d.changes[0].line, 2);
  EXPECT_EQ(d.changes[0].encoding, "gb18030");
  EXPECT_EQ(d.changes[1].line, 4);
  EXPECT_EQ(d.changes[1].encoding, "utf-8");
}

TEST(MixedEncoding, AsciiLinesNeverCountAsAChange) {
  // Blank and ASCII-only lines between the parts go with the lines before
  // them; the change is the first line that is UTF-8 again.
  const std::string text = gb("资金\n") + "\n\t100\t99.5\n\n" + "得分\n" + "10\n" + gb("权重\n");
  const Decoded d = decode(text);
  EXPECT_EQ(d.utf8, "资金\n\n\t100\t99.5\n\n得分\n10\n权重\n");
  ASSERT_EQ(d.changes.size(), 2u);
  EXPECT_EQ(d.changes[0].line, 5);
  EXPECT_EQ(d.changes[0].encoding, "utf-8");
  EXPECT_EQ(d.changes[1].line, 7);
  EXPECT_EQ(d.changes[1].encoding, "gb18030");
}

TEST(MixedEncoding, LinesAreNumberedAsSplitRowsNumbersThem) {
  // "\r\n" is one line end, a lone "\r" is one too.
  const Decoded d = decode(gb("资金\r\n合计\r") + "得分\r\n");
  EXPECT_EQ(d.utf8, "资金\r\n合计\r得分\r\n");
  ASSERT_EQ(d.changes.size(), 1u);
  EXPECT_EQ(d.changes[0].line, 3);
}

TEST(MixedEncoding, ShortUtf8LinesDoNotDecideAndBrokenBytesStayUtf8) {
  // "×" alone is 2 bytes of UTF-8 (GB18030 text forms such pairs by accident):
  // it goes with the GB18030 line before it. A UTF-8 line with one stray byte
  // among many characters is still UTF-8.
  const std::string broken = "项目资金执行率完成情况说明\xFF";
  const Decoded d = decode(gb("资金\n") + "×\n" + broken + "\n" + "得分\n");
  EXPECT_EQ(d.utf8.substr(0, 7), "资金\n");
  ASSERT_EQ(d.changes.size(), 1u);
  EXPECT_EQ(d.changes[0].line, 3);
  EXPECT_EQ(d.replaced, 1u);
}

TEST(MixedEncoding, PureFilesHaveNoChanges) {
  EXPECT_TRUE(decode(gb("资金\n\n得分\n")).changes.empty());
  EXPECT_EQ(decode(gb("资金\n\n得分\n")).encoding, "gb18030");
  EXPECT_TRUE(decode("资金\n得分\n").changes.empty());
  // Junk that is neither decides nothing: the file stays UTF-8.
  const std::string line = "资金使用情况说明\n";
  const Decoded junk = decode(line + line + "\x01\x02\xff\xfe junk\n" + line);
  EXPECT_EQ(junk.encoding, "utf-8");
  EXPECT_TRUE(junk.changes.empty());
}

}  // namespace
}  // namespace jxaudit::text
