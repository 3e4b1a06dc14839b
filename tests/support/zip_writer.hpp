// Writes zip archives (an .xlsx, a .docx, a zip bomb) in tests with libzip's
// writing API, so the bytes a reader gets come from a real zip writer. The
// test target links PkgConfig::LIBZIP.
#pragma once

#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace jxaudit::testing {

class ZipWriter {
 public:
  // Creates (or truncates) the archive at `path`; written by close().
  explicit ZipWriter(std::string path) : path_(std::move(path)) {
    int error = 0;
    zip_ = zip_open(path_.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (zip_ == nullptr) throw std::runtime_error("zip_open " + path_ + ": error " + std::to_string(error));
  }
  ~ZipWriter() {
    if (zip_ != nullptr) zip_discard(zip_);
  }
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // Adds entry `name` holding `data`, deflated (or stored).
  ZipWriter& add(const std::string& name, std::string data, bool deflate = true) {
    // libzip reads the buffer at close(): the data stays here until then.
    const std::string& kept = data_.emplace_back(std::move(data));
    zip_source_t* source = zip_source_buffer(zip_, kept.data(), kept.size(), 0);
    if (source == nullptr) throw std::runtime_error(std::string("zip_source_buffer: ") + zip_strerror(zip_));
    const zip_int64_t index = zip_file_add(zip_, name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      throw std::runtime_error("zip_file_add " + name + ": " + zip_strerror(zip_));
    }
    zip_set_file_compression(zip_, static_cast<zip_uint64_t>(index), deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    return *this;
  }

  // Adds entry `name` holding `head`, then `count` copies of `pattern`, then
  // `tail`, produced while libzip deflates it (at `level`, 1 fastest): a zip
  // bomb's hundreds of MiB, a million rows, are never held in memory.
  ZipWriter& add_generated(const std::string& name, std::string head, std::uint64_t count, std::string pattern,
                           std::string tail, int level = 1) {
    auto* g = new Generated{std::move(head), std::move(tail), std::move(pattern), count, 0};
    zip_source_t* source = zip_source_function(zip_, &Generated::callback, g);
    if (source == nullptr) {
      delete g;
      throw std::runtime_error(std::string("zip_source_function: ") + zip_strerror(zip_));
    }
    const zip_int64_t index = zip_file_add(zip_, name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);  // frees g through ZIP_SOURCE_FREE
      throw std::runtime_error("zip_file_add " + name + ": " + zip_strerror(zip_));
    }
    zip_set_file_compression(zip_, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, static_cast<zip_uint32_t>(level));
    return *this;
  }

  // Writes the archive; returns its path.
  std::string close() {
    if (zip_close(zip_) != 0) throw std::runtime_error("zip_close " + path_ + ": " + zip_strerror(zip_));
    zip_ = nullptr;
    data_.clear();
    return path_;
  }

 private:
  struct Generated {
    std::string head, tail, pattern;
    std::uint64_t count;
    std::uint64_t done;
    std::uint64_t body() const { return pattern.size() * count; }
    std::uint64_t total() const { return head.size() + body() + tail.size(); }

    static zip_int64_t callback(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
      auto* g = static_cast<Generated*>(state);
      switch (cmd) {
        case ZIP_SOURCE_OPEN: g->done = 0; return 0;
        case ZIP_SOURCE_READ: {
          auto* out = static_cast<char*>(data);
          zip_uint64_t n = 0;
          while (n < len && g->done < g->total()) {
            const std::uint64_t at = g->done;
            std::uint64_t step = 1;
            if (at < g->head.size()) {
              out[n] = g->head[at];
            } else if (at < g->head.size() + g->body()) {
              const std::uint64_t in = (at - g->head.size()) % g->pattern.size();
              step = std::min<std::uint64_t>({len - n, g->pattern.size() - in, g->head.size() + g->body() - at});
              std::memcpy(out + n, g->pattern.data() + in, step);
            } else {
              out[n] = g->tail[at - g->head.size() - g->body()];
            }
            n += step;
            g->done += step;
          }
          return static_cast<zip_int64_t>(n);
        }
        case ZIP_SOURCE_CLOSE: return 0;
        case ZIP_SOURCE_STAT: {
          auto* st = static_cast<zip_stat_t*>(data);
          zip_stat_init(st);
          st->size = g->total();
          st->valid |= ZIP_STAT_SIZE;
          return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR: return 2 * sizeof(int);
        case ZIP_SOURCE_FREE: delete g; return 0;
        case ZIP_SOURCE_SUPPORTS:
          return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default: return -1;
      }
    }
  };

  std::string path_;
  zip_t* zip_ = nullptr;
  std::deque<std::string> data_;
};

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The parts of a minimal .xlsx workbook of `count` worksheets
// (xl/worksheets/sheet1.xml …, named Sheet1 … unless `names` says), the
// worksheet parts themselves left to the caller.
inline void add_workbook_parts(ZipWriter& zip, std::size_t count, const std::deque<std::string>& names = {}) {
  std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
  std::string workbook =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
  std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (std::size_t i = 0; i < count; ++i) {
    const std::string n = std::to_string(i + 1);
    const std::string name = i < names.size() ? names[i] : "Sheet" + n;
    types += "<Override PartName=\"/xl/worksheets/sheet" + n +
             ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    workbook += "<sheet name=\"" + name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet" + n + ".xml\"/>";
  }
  zip.add("[Content_Types].xml", types + "</Types>");
  zip.add("_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
          "Target=\"xl/workbook.xml\"/></Relationships>");
  zip.add("xl/workbook.xml", workbook + "</sheets></workbook>");
  zip.add("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
}

// A minimal .xlsx workbook holding the given worksheet XMLs.
inline void add_minimal_workbook(ZipWriter& zip, const std::deque<std::string>& sheets,
                                 const std::deque<std::string>& names = {}) {
  add_workbook_parts(zip, sheets.size(), names);
  for (std::size_t i = 0; i < sheets.size(); ++i) zip.add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheets[i]);
}

}  // namespace jxaudit::testing
