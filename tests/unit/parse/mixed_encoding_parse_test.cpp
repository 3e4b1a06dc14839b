// The seed with its first five tables in GB18030 and the rest in UTF-8 parses
// to the same tables as the UTF-8 seed, plus one warning naming the line
// where the encoding changes. Read as one encoding, whole tables were lost.
#include <gtest/gtest.h>

#include "parse/canonical_json.hpp"
#include "parse_test_support.hpp"
#include "text/encoding.hpp"

namespace jxaudit::parse::testing {
namespace {

std::string member_json(const Document& doc, const std::string& name) {
  const Value tree = canonical_tree(doc);
  for (const auto& [key, value] : tree.members)
    if (key == name) return to_json(value);
  return {};
}

TEST(MixedEncodingParse, Gb18030TablesThenUtf8TablesParseToTheSameTables) {
  const std::string utf8 = read_fixture("futian-2022-selfeval.txt");
  const Document reference = parse_bytes(utf8, "seed", vocabulary());
  ASSERT_EQ(reference.tables.size(), 11u);
  // Split at the line before the sixth table's title.
  const int switch_line = reference.tables[5].line;
  std::size_t cut = 0;
  for (int line = 1; line < switch_line; ++line) cut = utf8.find('\n', cut) + 1;
  const std::string bytes = text::encode(utf8.substr(0, cut), "gb18030") + utf8.substr(cut);

  const Document doc = parse_bytes(bytes, "seed", vocabulary());
  EXPECT_EQ(doc.source.encoding, "gb18030+utf-8");
  EXPECT_EQ(member_json(doc, "tables"), member_json(reference, "tables"));

  ASSERT_EQ(count_code(doc, "mixed-encoding"), 1u);
  const Diagnostic* d = find_code(doc, "mixed-encoding");
  EXPECT_EQ(d->severity, Severity::warning);
  EXPECT_EQ(d->at.line, switch_line);
  EXPECT_NE(d->message.find("第 " + std::to_string(switch_line) + " 行起为 UTF-8"), std::string::npos) << d->message;
  EXPECT_NE(d->message_en.find("UTF-8 from line " + std::to_string(switch_line)), std::string::npos) << d->message_en;
  // Apart from that warning, the diagnostics are the reference's.
  EXPECT_EQ(doc.diagnostics.size(), reference.diagnostics.size() + 1);
  EXPECT_EQ(count_code(doc, "undecodable-bytes"), 0u);
}

}  // namespace
}  // namespace jxaudit::parse::testing
