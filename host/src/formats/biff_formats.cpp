#include "formats/biff_formats.hpp"

#include <vector>

#include "formats/little_endian.hpp"
#include "formats/number_format.hpp"
#include "formats/ole2_stream.hpp"

namespace jxaudit::formats {

namespace {

// BIFF8 record types (MS-XLS 2.3).
constexpr std::uint16_t kBof = 0x0809, kEof = 0x000A, kFormat = 0x041E, kXf = 0x00E0, kBoundSheet = 0x0085,
                        kDate1904 = 0x0022, kNumber = 0x0203, kRk = 0x027E, kMulRk = 0x00BD, kFormula = 0x0006;

// An XLUnicodeString (2.5.294): count, flags (bit 0: UTF-16), characters —
// as UTF-8. `count_bytes`: 1 for the short form (sheet names), 2 otherwise.
std::string unicode_string(std::string_view b, std::size_t at, int count_bytes) {
  const std::size_t n = count_bytes == 1 ? static_cast<unsigned char>(at < b.size() ? b[at] : 0) : le16(b, at);
  at += static_cast<std::size_t>(count_bytes);
  if (at >= b.size()) return {};
  const bool wide = (static_cast<unsigned char>(b[at]) & 1) != 0;
  ++at;
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t c = wide ? le16(b, at + 2 * i) : static_cast<unsigned char>(at + i < b.size() ? b[at + i] : 0);
    if ((wide && at + 2 * i + 2 > b.size()) || (!wide && at + i >= b.size())) break;
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;  // a lone surrogate half: formats and sheet names never need one
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

struct Record {
  std::uint16_t type = 0;
  std::string_view data;
};

// The record at `at`, advancing `at`; false at the end or on a truncated record.
bool next_record(std::string_view stream, std::size_t& at, Record& r) {
  if (at + 4 > stream.size()) return false;
  r.type = le16(stream, at);
  const std::size_t length = le16(stream, at + 2);
  if (at + 4 + length > stream.size()) return false;
  r.data = stream.substr(at + 4, length);
  at += 4 + length;
  return true;
}

}  // namespace

const std::string& BiffFormats::at(const std::string& sheet, std::uint32_t row, std::uint16_t column) const {
  static const std::string kGeneral;
  const auto s = cells.find(sheet);
  if (s == cells.end()) return kGeneral;
  const auto c = s->second.find({row, column});
  return c == s->second.end() ? kGeneral : c->second;
}

BiffFormats read_biff_formats(std::string_view bytes) {
  BiffFormats out;
  std::optional<std::string> workbook = read_ole2_stream(bytes, "Workbook");
  if (!workbook) workbook = read_ole2_stream(bytes, "Book");
  if (!workbook) return out;
  const std::string_view stream(*workbook);
  std::map<std::uint16_t, std::string> custom;  // ifmt → code
  std::vector<std::uint16_t> xf_format;         // XF index → ifmt
  std::vector<std::pair<std::uint32_t, std::string>> sheets;  // BOF offset, name
  std::size_t at = 0;
  Record r;
  // The workbook globals, up to their EOF.
  while (next_record(stream, at, r) && r.type != kEof) {
    if (r.type == kFormat) custom[le16(r.data, 0)] = unicode_string(r.data, 2, 2);
    else if (r.type == kXf) xf_format.push_back(le16(r.data, 2));
    else if (r.type == kDate1904) out.date1904 = le16(r.data, 0) == 1;
    else if (r.type == kBoundSheet && r.data.size() >= 8 && static_cast<unsigned char>(r.data[5]) == 0)  // worksheets
      sheets.emplace_back(le32(r.data, 0), unicode_string(r.data, 6, 1));
  }
  const auto code_of = [&](std::uint16_t xf) -> std::string {
    if (xf >= xf_format.size()) return {};
    const std::uint16_t ifmt = xf_format[xf];
    const auto c = custom.find(ifmt);
    return c != custom.end() ? c->second : std::string(builtin_number_format(ifmt));
  };
  for (const auto& [offset, name] : sheets) {
    auto& cells = out.cells[name];
    std::size_t pos = offset;
    if (!next_record(stream, pos, r) || r.type != kBof) continue;
    while (next_record(stream, pos, r) && r.type != kEof) {
      if (r.type == kNumber || r.type == kRk || r.type == kFormula) {
        const std::string code = code_of(le16(r.data, 4));
        if (!code.empty() && code != "General") cells[{le16(r.data, 0), le16(r.data, 2)}] = code;
      } else if (r.type == kMulRk && r.data.size() >= 6) {
        const std::uint16_t row = le16(r.data, 0), first = le16(r.data, 2);
        const std::size_t n = (r.data.size() - 6) / 6;
        for (std::size_t i = 0; i < n; ++i) {
          const std::string code = code_of(le16(r.data, 4 + 6 * i));
          if (!code.empty() && code != "General") cells[{row, static_cast<std::uint16_t>(first + i)}] = code;
        }
      }
    }
  }
  return out;
}

}  // namespace jxaudit::formats
