// The zip reader's limits (formats/zip_archive.hpp): every byte inflated
// counts against one budget as it is inflated, so an entry that inflates past
// it stops within one chunk of the limit; the entry count is bounded when
// the archive is opened. Archives are written here with libzip.
#include <gtest/gtest.h>

#include "formats/zip_archive.hpp"
#include "temp_dir.hpp"
#include "zip_writer.hpp"

namespace jxaudit::formats {
namespace {

using jxaudit::testing::read_bytes;
using jxaudit::testing::TempDir;
using jxaudit::testing::ZipWriter;

constexpr std::uint64_t kChunk = 64 * 1024;  // what one zip_fread hands over at most

std::unique_ptr<ZipArchive> open(std::string_view bytes, ZipBudget budget) {
  ZipFailure failure = ZipFailure::none;
  std::string error;
  std::unique_ptr<ZipArchive> zip = ZipArchive::open(bytes, budget, failure, error);
  EXPECT_NE(zip, nullptr) << error;
  return zip;
}

TEST(ZipBudget, AnEntryInflatingPastTheBudgetStopsWithinOneChunk) {
  TempDir dir;
  ZipWriter writer(dir / "bomb.zip");
  writer.add("big.xml", std::string(8u << 20, 'a'));  // 8 MiB of one byte: deflates to a few KB
  const std::string bytes = read_bytes(writer.close());
  ASSERT_LT(bytes.size(), 64u * 1024);
  ZipBudget budget;
  budget.inflated_bytes = 1u << 20;
  std::unique_ptr<ZipArchive> zip = open(bytes, budget);
  ASSERT_NE(zip, nullptr);
  std::uint64_t handed = 0;
  EXPECT_FALSE(zip->stream("big.xml", [&](std::string_view chunk) {
    handed += chunk.size();
    return true;
  }));
  EXPECT_EQ(zip->failure(), ZipFailure::over_budget);
  EXPECT_NE(zip->error().find("big.xml"), std::string::npos) << zip->error();
  EXPECT_GT(zip->inflated(), budget.inflated_bytes);
  EXPECT_LE(zip->inflated(), budget.inflated_bytes + kChunk);
  EXPECT_LE(handed, budget.inflated_bytes);  // the chunk over the budget is never handed on
}

TEST(ZipBudget, TheBudgetIsSharedByAllEntries) {
  TempDir dir;
  ZipWriter writer(dir / "two.zip");
  writer.add("a.xml", std::string(600u << 10, 'a')).add("b.xml", std::string(600u << 10, 'b'));
  const std::string bytes = read_bytes(writer.close());
  ZipBudget budget;
  budget.inflated_bytes = 1u << 20;
  std::unique_ptr<ZipArchive> zip = open(bytes, budget);
  ASSERT_NE(zip, nullptr);
  const std::optional<std::string> a = zip->read("a.xml");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->size(), 600u << 10);
  EXPECT_EQ(zip->inflated(), 600u << 10);
  EXPECT_FALSE(zip->read("b.xml"));  // 1200 KiB in all: over 1 MiB
  EXPECT_EQ(zip->failure(), ZipFailure::over_budget);
  EXPECT_LE(zip->inflated(), budget.inflated_bytes + kChunk);
}

TEST(ZipBudget, WithinTheBudgetAnEntryIsReadWhole) {
  TempDir dir;
  ZipWriter writer(dir / "ok.zip");
  std::string data;
  for (int i = 0; i < 20000; ++i) data += std::to_string(i) + ",";
  writer.add("data.csv", data).add("stored.txt", "as is", false);
  const std::string bytes = read_bytes(writer.close());
  std::unique_ptr<ZipArchive> zip = open(bytes, ZipBudget{});
  ASSERT_NE(zip, nullptr);
  EXPECT_TRUE(zip->has("data.csv"));
  EXPECT_FALSE(zip->has("missing.csv"));
  EXPECT_EQ(zip->read("data.csv"), data);
  EXPECT_EQ(zip->read("stored.txt"), "as is");
  EXPECT_EQ(zip->inflated(), data.size() + 5);
  EXPECT_EQ(zip->failure(), ZipFailure::none);
  EXPECT_FALSE(zip->read("missing.csv"));
  EXPECT_EQ(zip->failure(), ZipFailure::missing_entry);
}

TEST(ZipBudget, TooManyEntriesIsRefusedWhenOpened) {
  TempDir dir;
  ZipWriter writer(dir / "many.zip");
  for (int i = 0; i < 5; ++i) writer.add("e" + std::to_string(i), "x");
  const std::string bytes = read_bytes(writer.close());
  ZipBudget budget;
  budget.entries = 4;
  ZipFailure failure = ZipFailure::none;
  std::string error;
  EXPECT_EQ(ZipArchive::open(bytes, budget, failure, error), nullptr);
  EXPECT_EQ(failure, ZipFailure::too_many_entries);
  EXPECT_NE(error.find("5 entries"), std::string::npos) << error;
  budget.entries = 5;
  EXPECT_NE(ZipArchive::open(bytes, budget, failure, error), nullptr);
}

TEST(ZipBudget, TheZipBombFixtureStopsAtASmallBudget) {
  // tests/fixtures/office/bad/zip-bomb.xlsx: sheet1.xml inflates to 210 MB from 228 KB.
  const std::string bytes = read_bytes(std::string(JXAUDIT_FIXTURES_DIR) + "/office/bad/zip-bomb.xlsx");
  ASSERT_GT(bytes.size(), 100000u);
  ZipBudget budget;
  budget.inflated_bytes = 4u << 20;
  std::unique_ptr<ZipArchive> zip = open(bytes, budget);
  ASSERT_NE(zip, nullptr);
  std::uint64_t handed = 0;
  EXPECT_FALSE(zip->stream("xl/worksheets/sheet1.xml", [&](std::string_view chunk) {
    handed += chunk.size();
    return true;
  }));
  EXPECT_EQ(zip->failure(), ZipFailure::over_budget);
  EXPECT_LE(zip->inflated(), budget.inflated_bytes + kChunk);
  EXPECT_LE(handed, budget.inflated_bytes);
}

// (Zero bytes open as an empty archive in libzip; the sniffer never hands
// them to a zip reader: an empty file is text, "文件为空".)
TEST(ZipBudget, TruncatedAndGarbageArchivesAreCorrupt) {
  const std::string whole =
      read_bytes(std::string(JXAUDIT_FIXTURES_DIR) + "/office/shanxi-jishan-2020-jiandang.xlsx");
  for (const std::string& bytes : {whole.substr(0, whole.size() / 2), whole.substr(0, whole.size() - 1),
                                   std::string("PK\x03\x04", 4) + std::string(100, '\x7f')}) {
    ZipFailure failure = ZipFailure::none;
    std::string error;
    EXPECT_EQ(ZipArchive::open(bytes, ZipBudget{}, failure, error), nullptr) << bytes.size();
    EXPECT_EQ(failure, ZipFailure::corrupt) << bytes.size();
    EXPECT_FALSE(error.empty());
  }
}

TEST(ZipBudget, ACallbackSayingStopEndsTheStream) {
  TempDir dir;
  ZipWriter writer(dir / "s.zip");
  writer.add("big", std::string(1u << 20, 'z'));
  const std::string bytes = read_bytes(writer.close());
  std::unique_ptr<ZipArchive> zip = open(bytes, ZipBudget{});
  ASSERT_NE(zip, nullptr);
  int calls = 0;
  EXPECT_FALSE(zip->stream("big", [&](std::string_view) { return ++calls < 2; }));
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(zip->failure(), ZipFailure::none);  // stopped by the reader, not a failure
  EXPECT_LE(zip->inflated(), 2 * kChunk);
}

}  // namespace
}  // namespace jxaudit::formats
