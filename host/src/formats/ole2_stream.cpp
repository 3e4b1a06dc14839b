#include "formats/ole2_stream.hpp"

#include "formats/little_endian.hpp"

#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

namespace jxaudit::formats {

namespace {

constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kMaxRegular = 0xFFFFFFFA;

// Past the end of the file a sector number reads as the end of its chain.
std::uint32_t u32(std::string_view b, std::size_t at) { return at + 4 > b.size() ? kEndOfChain : le32(b, at); }
std::uint16_t u16(std::string_view b, std::size_t at) { return le16(b, at); }

class CompoundFile {
 public:
  explicit CompoundFile(std::string_view file) : file_(file) {}

  bool open() {
    if (file_.size() < 512 || file_.substr(0, 8) != std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return false;
    const std::uint16_t shift = u16(file_, 0x1E), mini_shift = u16(file_, 0x20);
    if ((shift != 9 && shift != 12) || mini_shift != 6) return false;
    sector_ = std::size_t{1} << shift;
    mini_sector_ = std::size_t{1} << mini_shift;
    mini_cutoff_ = u32(file_, 0x38);
    // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
    std::vector<std::uint32_t> fat_sectors;
    const std::uint32_t fat_count = u32(file_, 0x2C);
    for (std::size_t i = 0; i < 109 && fat_sectors.size() < fat_count; ++i) fat_sectors.push_back(u32(file_, 0x4C + 4 * i));
    std::uint32_t difat = u32(file_, 0x44);
    for (std::size_t guard = 0; difat < kMaxRegular && fat_sectors.size() < fat_count && guard < sectors(); ++guard) {
      const std::size_t base = offset(difat);
      const std::size_t per = sector_ / 4 - 1;
      for (std::size_t i = 0; i < per && fat_sectors.size() < fat_count; ++i) fat_sectors.push_back(u32(file_, base + 4 * i));
      difat = u32(file_, base + 4 * per);
    }
    for (std::uint32_t s : fat_sectors) {
      if (s >= kMaxRegular || offset(s) + sector_ > file_.size()) return false;
      for (std::size_t i = 0; i < sector_ / 4; ++i) fat_.push_back(u32(file_, offset(s) + 4 * i));
    }
    directory_ = chain(u32(file_, 0x30), fat_, sector_, file_, 0, SIZE_MAX);
    if (directory_.size() < 128) return false;
    const std::string mini_fat_bytes = chain(u32(file_, 0x3C), fat_, sector_, file_, 0, SIZE_MAX);
    for (std::size_t i = 0; i + 4 <= mini_fat_bytes.size(); i += 4) mini_fat_.push_back(u32(mini_fat_bytes, i));
    // The root entry's stream is the mini stream the small streams live in.
    mini_stream_ = chain(u32(directory_, 0x74), fat_, sector_, file_, 0, SIZE_MAX);
    return true;
  }

  std::optional<std::string> stream(std::string_view name) const {
    for (std::size_t at = 0; at + 128 <= directory_.size(); at += 128) {
      const std::uint16_t name_bytes = u16(directory_, at + 0x40);
      const unsigned type = static_cast<unsigned char>(directory_[at + 0x42]);
      if (type != 2 || name_bytes < 2 || name_bytes > 64 || (name_bytes - 2) / 2 != name.size()) continue;
      bool same = true;
      for (std::size_t i = 0; i < name.size() && same; ++i)
        same = u16(directory_, at + 2 * i) < 0x80 &&
               std::tolower(u16(directory_, at + 2 * i)) == std::tolower(static_cast<unsigned char>(name[i]));
      if (!same) continue;
      const std::uint32_t start = u32(directory_, at + 0x74);
      const std::size_t size = u32(directory_, at + 0x78);
      if (size < mini_cutoff_) return chain(start, mini_fat_, mini_sector_, mini_stream_, 0, size, true);
      return chain(start, fat_, sector_, file_, 0, size);
    }
    return std::nullopt;
  }

 private:
  std::size_t sectors() const { return file_.size() / sector_ + 1; }
  std::size_t offset(std::uint32_t s) const { return (static_cast<std::size_t>(s) + 1) * sector_; }

  // Follows a chain of `table` from `start`, copying sectors of `size` bytes
  // from `data` (mini sectors sit at s × size, regular ones one header later).
  std::string chain(std::uint32_t start, const std::vector<std::uint32_t>& table, std::size_t size, std::string_view data,
                    std::size_t, std::size_t limit, bool mini = false) const {
    std::string out;
    std::uint32_t s = start;
    // A chain visits each sector once at most: a longer one loops.
    for (std::size_t steps = 0; s < kMaxRegular && steps <= table.size() && out.size() < limit; ++steps) {
      const std::size_t at = mini ? static_cast<std::size_t>(s) * size : (static_cast<std::size_t>(s) + 1) * size;
      if (at + size > data.size()) break;
      out.append(data.substr(at, size));
      if (s >= table.size()) break;
      s = table[s];
    }
    if (out.size() > limit) out.resize(limit);
    return out;
  }

  std::string_view file_;
  std::size_t sector_ = 512, mini_sector_ = 64, mini_cutoff_ = 4096;
  std::vector<std::uint32_t> fat_, mini_fat_;
  std::string directory_, mini_stream_;
};

}  // namespace

std::optional<std::string> read_ole2_stream(std::string_view file, std::string_view name) {
  CompoundFile cf(file);
  if (!cf.open()) return std::nullopt;
  return cf.stream(name);
}

}  // namespace jxaudit::formats
