// Writes zip archives (an .xlsx, a .docx, a zip bomb) in tests with libzip's
// writing API, so the bytes a reader gets come from a real zip writer. The
// test target links PkgConfig::LIBZIP.
#pragma once

#include <zip.h>

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

  // Writes the archive; returns its path.
  std::string close() {
    if (zip_close(zip_) != 0) throw std::runtime_error("zip_close " + path_ + ": " + zip_strerror(zip_));
    zip_ = nullptr;
    data_.clear();
    return path_;
  }

 private:
  std::string path_;
  zip_t* zip_ = nullptr;
  std::deque<std::string> data_;
};

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The parts of a minimal .xlsx workbook with the given worksheet XMLs
// (sheet1.xml, sheet2.xml …, named Sheet1, Sheet2 … unless `names` says).
inline void add_minimal_workbook(ZipWriter& zip, const std::deque<std::string>& sheets,
                                 const std::deque<std::string>& names = {}) {
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
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    const std::string name = i < names.size() ? names[i] : "Sheet" + n;
    types += "<Override PartName=\"/xl/worksheets/sheet" + n +
             ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    workbook += "<sheet name=\"" + name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet" + n + ".xml\"/>";
    zip.add("xl/worksheets/sheet" + n + ".xml", sheets[i]);
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

}  // namespace jxaudit::testing
