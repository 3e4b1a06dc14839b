// A zip archive held in memory (an .xlsx or .docx is one), read with libzip.
// Every byte inflated counts against one budget, counted as it is inflated
// (the sizes an entry declares are not trusted), so a zip bomb stops at the
// limit instead of filling memory; the number of entries is bounded too.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace jxaudit::formats {

struct ZipBudget {
  std::uint64_t entries = 10000;                     // limits.archive-entries
  std::uint64_t inflated_bytes = std::uint64_t{128} << 20;  // limits.archive-bytes
};

enum class ZipFailure { none, corrupt, encrypted, missing_entry, too_many_entries, over_budget };

class ZipArchive {
 public:
  // Opens `bytes` (which must outlive the archive). On failure returns null
  // and sets `failure` and `error` (English detail).
  static std::unique_ptr<ZipArchive> open(std::string_view bytes, const ZipBudget& budget, ZipFailure& failure,
                                          std::string& error);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;
  // Streams entry `name` to `chunk` as it inflates. False when it is missing,
  // encrypted, corrupt or over the budget (failure() and error() say which),
  // or when `chunk` returned false.
  bool stream(const std::string& name, const std::function<bool(std::string_view)>& chunk);
  // The entry whole, for small parts (workbook, styles, relationships).
  std::optional<std::string> read(const std::string& name);

  ZipFailure failure() const { return failure_; }
  const std::string& error() const { return error_; }
  std::uint64_t inflated() const { return inflated_; }
  const ZipBudget& budget() const { return budget_; }

 private:
  ZipArchive() = default;
  struct Handle;
  std::unique_ptr<Handle> handle_;
  ZipBudget budget_;
  std::uint64_t inflated_ = 0;
  ZipFailure failure_ = ZipFailure::none;
  std::string error_;
};

}  // namespace jxaudit::formats
