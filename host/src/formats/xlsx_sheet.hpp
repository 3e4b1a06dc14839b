// One worksheet's XML streamed into rows: each <row> becomes the texts its
// cells show (shared and inline strings, numbers through their number
// format, booleans, error values, a formula's cached value), at the columns
// its cell references name. Rows go to the sink as they close.
#pragma once

#include <string>
#include <vector>

#include "formats/row_sink.hpp"
#include "formats/xlsx_workbook.hpp"
#include "formats/xml_stream.hpp"

namespace jxaudit::formats {

class XlsxSheetHandler : public XmlHandler {
 public:
  XlsxSheetHandler(const XlsxWorkbook& workbook, RowSink& sink) : workbook_(workbook), sink_(sink) {}
  void set_stream(XmlStream* stream) { stream_ = stream; }

  void start(std::string_view local, const XmlAttributes& attributes) override;
  void end(std::string_view local) override;
  void text(std::string_view text) override;

  bool sink_stopped() const { return sink_stopped_; }
  // Cells with a formula and no cached value (A1 references), in sheet order.
  const std::vector<std::string>& formulas_without_value() const { return uncached_; }
  std::size_t formulas_without_value_count() const { return uncached_count_; }

 private:
  void finish_cell();
  void finish_row();

  const XlsxWorkbook& workbook_;
  RowSink& sink_;
  XmlStream* stream_ = nullptr;
  bool in_sheet_data_ = false;
  int row_number_ = 0;
  int next_column_ = 0;
  std::vector<std::string> cells_;
  // The cell being read.
  bool in_cell_ = false;
  std::string ref_, type_;
  int style_ = 0;
  int column_ = 0;
  bool has_formula_ = false, has_value_ = false;
  std::string value_;
  enum class Capture { none, value, inline_text } capture_ = Capture::none;
  int in_phonetic_ = 0;
  bool sink_stopped_ = false;
  std::vector<std::string> uncached_;
  std::size_t uncached_count_ = 0;
};

}  // namespace jxaudit::formats
