#include <gtest/gtest.h>

#include "text/encoding.hpp"

namespace jxaudit::text {
namespace {

const std::string kSample = "项目编码：\t440304221061500600010\t执行率（%）\t99.77";

TEST(Encoding, PlainUtf8IsDetectedAndKept) {
  const Decoded d = decode(kSample);
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_EQ(d.utf8, kSample);
  EXPECT_EQ(d.replaced, 0u);
}

TEST(Encoding, Utf8BomIsRemoved) {
  const Decoded d = decode("\xEF\xBB\xBF" + kSample);
  EXPECT_EQ(d.encoding, "utf-8-bom");
  EXPECT_EQ(d.utf8, kSample);
}

TEST(Encoding, Utf16LittleEndianWithBom) {
  const Decoded d = decode("\xFF\xFE" + encode(kSample, "utf-16le"));
  EXPECT_EQ(d.encoding, "utf-16le");
  EXPECT_EQ(d.utf8, kSample);
}

TEST(Encoding, Utf16BigEndianWithBom) {
  const Decoded d = decode("\xFE\xFF" + encode(kSample, "utf-16be"));
  EXPECT_EQ(d.encoding, "utf-16be");
  EXPECT_EQ(d.utf8, kSample);
}

TEST(Encoding, Gb18030WithoutMarker) {
  const std::string gb = encode(kSample, "gb18030");
  ASSERT_FALSE(gb.empty());
  EXPECT_FALSE(is_valid_utf8(gb));
  const Decoded d = decode(gb);
  EXPECT_EQ(d.encoding, "gb18030");
  EXPECT_EQ(d.utf8, kSample);
}

TEST(Encoding, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("ascii only, long enough for the 8-byte path"));
  EXPECT_TRUE(is_valid_utf8("总分 ≥90%"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("\xE6\x80"));          // truncated
  EXPECT_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));  // beyond U+10FFFF
}

TEST(Encoding, JunkNeverThrows) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 131 + 7) % 256));
  const Decoded d = decode(junk);
  EXPECT_FALSE(d.encoding.empty());
  EXPECT_TRUE(is_valid_utf8(d.utf8));
}

TEST(Encoding, TruncatedUtf16DoesNotCrash) {
  const std::string bytes = "\xFF\xFE" + encode("总分", "utf-16le").substr(0, 3);
  const Decoded d = decode(bytes);
  EXPECT_EQ(d.encoding, "utf-16le");
  EXPECT_TRUE(is_valid_utf8(d.utf8));
  EXPECT_GT(d.replaced, 0u);
}

}  // namespace
}  // namespace jxaudit::text
