// sdk/utf8.hpp: the one UTF-8 decoder (ICU's U8_NEXT), and the SDK's text
// helpers built on it: well-formed text decodes to its code points, and an
// ill-formed byte is one U+FFFD that never swallows the text after it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "jxaudit/text.hpp"
#include "sdk/utf8.hpp"

namespace jxaudit::utf8 {
namespace {

TEST(Utf8, WellFormedSequencesOfOneToFourBytes) {
  const std::string text = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";  // a é 中 😀
  std::vector<char32_t> values;
  std::vector<std::size_t> lengths;
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint c = at(text, i);
    EXPECT_TRUE(c.well_formed);
    values.push_back(c.value);
    lengths.push_back(c.length);
    i += c.length;
  }
  EXPECT_EQ(values, (std::vector<char32_t>{U'a', U'é', U'中', U'😀'}));
  EXPECT_EQ(lengths, (std::vector<std::size_t>{1, 2, 3, 4}));
}

TEST(Utf8, AnIllFormedSequenceIsOneReplacementAndTheNextByteIsRead) {
  // A lead byte before ASCII, a stray continuation byte, an overlong '/', a
  // surrogate, a sequence cut off at the end.
  for (const std::string bad : {std::string("\xC3" "a"), std::string("\x80" "a"), std::string("\xC0\xAF" "a"),
                                std::string("\xED\xA0\x80" "a")}) {
    const CodePoint c = at(bad, 0);
    EXPECT_FALSE(c.well_formed) << bad;
    EXPECT_EQ(c.value, U'\uFFFD');
    ASSERT_GE(c.length, 1u);
    ASSERT_LT(c.length, bad.size());
    std::size_t i = c.length;
    while (i < bad.size() && !at(bad, i).well_formed) i += at(bad, i).length;
    EXPECT_EQ(bad.substr(i), "a") << bad;  // the ASCII after it is never swallowed
  }
  const std::string cut = "\xE4\xB8";
  const CodePoint c = at(cut, 0);
  EXPECT_FALSE(c.well_formed);
  EXPECT_LE(c.length, cut.size());
}

TEST(Utf8, TheSdkTextHelpersStepByCodePoint) {
  EXPECT_EQ(text::code_points("中a😀"), (std::vector<std::string>{"中", "a", "😀"}));
  // A lead byte followed by ASCII: two pieces, the ASCII kept apart (the byte
  // count alone would have taken "\xC3" "a" as one character).
  EXPECT_EQ(text::code_points("\xC3" "a"), (std::vector<std::string>{"\xC3", "a"}));
  EXPECT_EQ(text::shorten("一二三四", 2), "一二…");
  EXPECT_EQ(text::fold_compact("Ａ\xE3\x80\x80中 文"), "A中文");  // full-width A, ideographic space
}

}  // namespace
}  // namespace jxaudit::utf8
