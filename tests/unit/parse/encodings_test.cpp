// The seed converted to other encodings (generated here with ICU) parses to
// the identical model: same tables, same cells, same diagnostics.
#include <gtest/gtest.h>

#include <algorithm>

#include "parse/canonical_json.hpp"
#include "parse_test_support.hpp"
#include "text/encoding.hpp"

namespace jxaudit::parse::testing {
namespace {

// The canonical form without the source block (encoding and hash differ by design).
std::string tables_and_diagnostics(const Document& doc) {
  Value tree = canonical_tree(doc);
  tree.members.erase(tree.members.begin() + 1);  // "source"
  return to_json(tree);
}

struct EncodingCase {
  const char* encoding;
  const char* bom;
};

class SeedInEncoding : public ::testing::TestWithParam<EncodingCase> {};

TEST_P(SeedInEncoding, ParsesToTheIdenticalModel) {
  const std::string utf8 = read_fixture("futian-2022-selfeval.txt");
  const Document reference = parse_bytes(utf8, "seed", vocabulary());
  const std::string bytes = std::string(GetParam().bom) + text::encode(utf8, GetParam().encoding);
  ASSERT_NE(bytes, utf8);
  const Document doc = parse_bytes(bytes, "seed", vocabulary());
  const std::string expected_name =
      std::string(GetParam().encoding) + (std::string(GetParam().bom).empty() || std::string(GetParam().encoding) != "utf-8" ? "" : "-bom");
  EXPECT_EQ(doc.source.encoding, expected_name);
  EXPECT_NE(doc.source.sha256, reference.source.sha256);
  ASSERT_EQ(doc.tables.size(), 11u);
  EXPECT_EQ(tables_and_diagnostics(doc), tables_and_diagnostics(reference));
  // Raw text is decoded too, not just the normalised form.
  EXPECT_EQ(doc.tables[2].project.implementing_unit.raw, reference.tables[2].project.implementing_unit.raw);
}

INSTANTIATE_TEST_SUITE_P(Encodings, SeedInEncoding,
                         ::testing::Values(EncodingCase{"gb18030", ""}, EncodingCase{"utf-16le", "\xFF\xFE"},
                                           EncodingCase{"utf-16be", "\xFE\xFF"}, EncodingCase{"utf-8", "\xEF\xBB\xBF"}),
                         [](const auto& info) {
                           std::string name = info.param.encoding;
                           name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
                           return name + (std::string(info.param.bom).empty() ? "" : "_bom");
                         });

TEST(SeedInEncoding, CrlfLineEndsGiveTheSameModel) {
  const std::string utf8 = read_fixture("futian-2022-selfeval.txt");
  std::string crlf;
  for (char c : utf8) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  EXPECT_EQ(tables_and_diagnostics(parse_bytes(crlf, "seed", vocabulary())),
            tables_and_diagnostics(parse_bytes(utf8, "seed", vocabulary())));
}

}  // namespace
}  // namespace jxaudit::parse::testing
