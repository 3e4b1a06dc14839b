#include "formats/xlsx_sheet.hpp"

#include <charconv>

#include "cell_ref/cell_ref.hpp"
#include "formats/number_format.hpp"

namespace jxaudit::formats {

namespace {

using cell_ref::column_letters;
using cell_ref::kMaxColumns;
using cell_ref::kMaxRows;
using cell_ref::parse_cell_ref;
constexpr std::size_t kListedFormulas = 5;

}  // namespace

void XlsxSheetHandler::start(std::string_view local, const XmlAttributes& a) {
  if (local == "sheetData") {
    in_sheet_data_ = true;
    return;
  }
  if (!in_sheet_data_) return;
  if (local == "row") {
    const int r = a.get_int("r", row_number_ + 1);
    row_number_ = r >= 1 && r <= kMaxRows ? r : row_number_ + 1;
    next_column_ = 0;
    cells_.clear();
  } else if (local == "c") {
    in_cell_ = true;
    const char* ref = a.get("r");
    ref_ = ref != nullptr ? ref : "";
    int col = next_column_, row = 0;
    if (!ref_.empty() && !parse_cell_ref(ref_, col, row)) col = next_column_;
    column_ = col;
    const char* type = a.get("t");
    type_ = type != nullptr ? type : "n";
    style_ = a.get_int("s", 0);
    has_formula_ = has_value_ = false;
    value_.clear();
  } else if (in_cell_ && local == "f") {
    has_formula_ = true;
  } else if (in_cell_ && local == "v") {
    has_value_ = true;
    capture_ = Capture::value;
  } else if (in_cell_ && local == "rPh") {
    ++in_phonetic_;
  } else if (in_cell_ && local == "t" && in_phonetic_ == 0) {
    has_value_ = true;
    capture_ = Capture::inline_text;
  }
}

void XlsxSheetHandler::end(std::string_view local) {
  if (local == "sheetData") {
    in_sheet_data_ = false;
  } else if (!in_sheet_data_) {
    return;
  } else if (local == "v" || local == "t") {
    capture_ = Capture::none;
  } else if (local == "rPh") {
    --in_phonetic_;
  } else if (local == "c") {
    finish_cell();
  } else if (local == "row") {
    finish_row();
  }
}

void XlsxSheetHandler::text(std::string_view text) {
  if (capture_ != Capture::none) value_.append(text);
}

void XlsxSheetHandler::finish_cell() {
  in_cell_ = false;
  if (column_ >= kMaxColumns) return;
  std::string shown;
  // A formula's cached value: <v> with text. An empty <v></v> (openpyxl
  // writes one for every formula it did not compute) is no value, except
  // as a string result: t="str" with an empty <v> is a formula giving "".
  const bool cached = has_value_ && (!value_.empty() || type_ == "str" || type_ == "inlineStr");
  if (has_formula_ && !cached) {
    if (uncached_.size() < kListedFormulas)
      uncached_.push_back(!ref_.empty() ? ref_ : column_letters(column_) + std::to_string(row_number_));
    ++uncached_count_;
  } else if (type_ == "s") {
    int index = -1;
    const auto [ptr, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
    if (ec == std::errc() && index >= 0 && static_cast<std::size_t>(index) < workbook_.shared_strings.size())
      shown = workbook_.shared_strings[static_cast<std::size_t>(index)];
  } else if (type_ == "inlineStr" || type_ == "str" || type_ == "e" || type_ == "d") {
    shown = value_;  // inline text, a formula's text result, "#DIV/0!", an ISO date as written
  } else if (type_ == "b") {
    shown = value_ == "1" ? "TRUE" : "FALSE";
  } else if (!value_.empty()) {
    const std::string_view format = style_ >= 0 && static_cast<std::size_t>(style_) < workbook_.cell_formats.size()
                                        ? std::string_view(workbook_.cell_formats[static_cast<std::size_t>(style_)])
                                        : std::string_view();
    shown = format_number(value_, format, workbook_.date1904);
  }
  next_column_ = column_ + 1;
  if (shown.empty()) return;
  if (cells_.size() <= static_cast<std::size_t>(column_)) cells_.resize(static_cast<std::size_t>(column_) + 1);
  cells_[static_cast<std::size_t>(column_)] = std::move(shown);
}

void XlsxSheetHandler::finish_row() {
  if (sink_stopped_ || cells_.empty()) return;  // a row with no text says nothing
  std::vector<std::string_view> views(cells_.begin(), cells_.end());
  if (!sink_.row(row_number_, views)) {
    sink_stopped_ = true;
    if (stream_ != nullptr) stream_->stop("stopped by the reader");
  }
}

}  // namespace jxaudit::formats
