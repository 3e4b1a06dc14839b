// io::read_file: stat before open, non-regular files refused without being
// opened, the size limit applied before reading, symbolic links followed.
// (FIFOs and devices are also covered end to end, with a timeout guard, in
// tests/integration/inputs_test.cpp.)
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "temp_dir.hpp"

#include "io/read_file.hpp"

namespace fs = std::filesystem;
using namespace jxaudit;

namespace {

using jxaudit::testing::TempDir;

}  // namespace

TEST(ReadFile, ReadsARegularFileAndALinkToOne) {
  TempDir dir;
  const std::string file = dir.write("a.txt", "hello");
  fs::create_symlink(file, dir / "link.txt");
  for (const auto& path : {file, dir / "link.txt"}) {
    const io::ReadResult r = io::read_file(path, 5);  // exactly the limit
    ASSERT_TRUE(r.bytes.has_value()) << r.error;
    EXPECT_EQ(*r.bytes, "hello");
    EXPECT_EQ(r.failure, io::ReadFailure::none);
    EXPECT_EQ(r.size, 5u);
  }
}

TEST(ReadFile, OverTheLimitIsNotRead) {
  TempDir dir;
  const io::ReadResult r = io::read_file(dir.write("big.txt", std::string(1025, 'x')), 1024);
  EXPECT_FALSE(r.bytes.has_value());
  EXPECT_EQ(r.failure, io::ReadFailure::over_limit);
  EXPECT_EQ(r.size, 1025u);
  EXPECT_NE(r.error.find("1024"), std::string::npos) << r.error;
}

TEST(ReadFile, MissingDirectoryAndBrokenLinkEachSayWhy) {
  TempDir dir;
  const io::ReadResult missing = io::read_file(dir / "nope.txt");
  EXPECT_EQ(missing.failure, io::ReadFailure::missing);
  const io::ReadResult directory = io::read_file(dir / "");
  EXPECT_EQ(directory.failure, io::ReadFailure::not_regular_file);
  EXPECT_NE(directory.error.find("directory"), std::string::npos) << directory.error;
  fs::create_symlink(dir / "gone.txt", dir / "broken.txt");
  const io::ReadResult broken = io::read_file(dir / "broken.txt");
  EXPECT_EQ(broken.failure, io::ReadFailure::unreadable);
  EXPECT_NE(broken.error.find("broken symbolic link"), std::string::npos) << broken.error;
}

TEST(ReadFile, ReadHeadReadsAtMostTheGivenBytesOfARegularFile) {
  TempDir dir;
  const std::string file = dir.write("r.json", "0123456789");
  EXPECT_EQ(io::read_head(file, 4), "0123");
  EXPECT_EQ(io::read_head(file, 100), "0123456789");
  EXPECT_FALSE(io::read_head(dir / "", 4).has_value());  // a directory
  EXPECT_FALSE(io::read_head(dir / "nope", 4).has_value());
}
