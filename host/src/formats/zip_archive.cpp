#include "formats/zip_archive.hpp"

#include <zip.h>

#include <array>

namespace jxaudit::formats {

struct ZipArchive::Handle {
  zip_t* zip = nullptr;
  ~Handle() {
    if (zip != nullptr) zip_discard(zip);  // read-only: nothing to write back
  }
};

namespace {

std::string libzip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

}  // namespace

std::unique_ptr<ZipArchive> ZipArchive::open(std::string_view bytes, const ZipBudget& budget, ZipFailure& failure,
                                             std::string& error) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (source == nullptr) {
    failure = ZipFailure::corrupt;
    error = zip_error_strerror(&zerr);
    zip_error_fini(&zerr);
    return nullptr;
  }
  // ZIP_CHECKCONS: the central directory must agree with the local headers
  // (a truncated or spliced file is refused here, not half-read later).
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
  if (zip == nullptr) {
    zip_source_free(source);
    failure = ZipFailure::corrupt;
    error = zip_error_strerror(&zerr);
    zip_error_fini(&zerr);
    return nullptr;
  }
  zip_error_fini(&zerr);
  std::unique_ptr<ZipArchive> archive(new ZipArchive());
  archive->handle_ = std::make_unique<Handle>();
  archive->handle_->zip = zip;
  archive->budget_ = budget;
  const zip_int64_t entries = zip_get_num_entries(zip, 0);
  if (entries < 0 || static_cast<std::uint64_t>(entries) > budget.entries) {
    failure = ZipFailure::too_many_entries;
    error = "the archive has " + std::to_string(entries) + " entries";
    return nullptr;
  }
  failure = ZipFailure::none;
  return archive;
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::has(const std::string& name) const { return zip_name_locate(handle_->zip, name.c_str(), 0) >= 0; }

bool ZipArchive::stream(const std::string& name, const std::function<bool(std::string_view)>& chunk) {
  zip_t* zip = handle_->zip;
  const zip_int64_t index = zip_name_locate(zip, name.c_str(), 0);
  if (index < 0) {
    failure_ = ZipFailure::missing_entry;
    error_ = "no entry " + name;
    return false;
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &st) == 0 && (st.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
      st.encryption_method != ZIP_EM_NONE) {
    failure_ = ZipFailure::encrypted;
    error_ = name + " is encrypted";
    return false;
  }
  zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    failure_ = ZipFailure::corrupt;
    error_ = name + ": " + zip_strerror(zip);
    return false;
  }
  std::array<char, 64 * 1024> buffer{};
  bool ok = true;
  while (true) {
    const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
    if (n < 0) {
      failure_ = ZipFailure::corrupt;
      zip_error_t* ze = zip_file_get_error(file);
      error_ = name + ": " + (ze != nullptr ? zip_error_strerror(ze) : libzip_message(ZIP_ER_READ));
      ok = false;
      break;
    }
    if (n == 0) break;
    inflated_ += static_cast<std::uint64_t>(n);
    if (inflated_ > budget_.inflated_bytes) {
      failure_ = ZipFailure::over_budget;
      error_ = name + " inflates past " + std::to_string(budget_.inflated_bytes) + " bytes";
      ok = false;
      break;
    }
    if (!chunk(std::string_view(buffer.data(), static_cast<std::size_t>(n)))) {
      ok = false;
      break;
    }
  }
  zip_fclose(file);
  return ok;
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
  std::string out;
  if (!stream(name, [&](std::string_view part) {
        out.append(part);
        return true;
      }))
    return std::nullopt;
  return out;
}

}  // namespace jxaudit::formats
