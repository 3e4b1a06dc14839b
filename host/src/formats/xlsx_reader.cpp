// .xlsx: the workbook's parts (formats/xlsx_workbook.hpp), then each
// worksheet streamed through expat (formats/xlsx_sheet.hpp), never held whole.
#include <spdlog/spdlog.h>

#include "formats/archive_problem.hpp"
#include "formats/office_reader.hpp"
#include "formats/xlsx_sheet.hpp"
#include "formats/xlsx_workbook.hpp"
#include "formats/xml_stream.hpp"

namespace jxaudit::formats {

namespace {

void report_uncached_formulas(const XlsxSheetHandler& sheet, const std::string& name, ReadOutcome& out) {
  const std::size_t n = sheet.formulas_without_value_count();
  if (n == 0) return;
  std::string list;
  for (const auto& ref : sheet.formulas_without_value()) list += (list.empty() ? "" : ", ") + ref;
  if (n > sheet.formulas_without_value().size()) list += ", …";
  out.problems.push_back({ParserRule::formula_without_value,
                          i18n::both("worksheet '{}': {} formula cells have no cached value ({}); read as blank — open "
                                     "and save the workbook in Excel, then check it again",
                                     name, n, list),
                          name, 0});
}

}  // namespace

ReadOutcome read_xlsx(std::string_view bytes, const ZipBudget& budget, RowSink& sink) {
  ReadOutcome out;
  ZipFailure failure = ZipFailure::none;
  std::string error;
  std::unique_ptr<ZipArchive> zip = ZipArchive::open(bytes, budget, failure, error);
  if (!zip) {
    record_archive_failure(out, failure, error, "xlsx");
    return out;
  }
  std::optional<XlsxWorkbook> workbook = read_xlsx_workbook(*zip, error);
  if (!workbook) {
    record_archive_failure(out, zip->failure() != ZipFailure::none ? zip->failure() : ZipFailure::corrupt, error, "xlsx");
    return out;
  }
  for (const XlsxSheetRef& ref : workbook->sheets) {
    sink.begin_part(ref.name);
    XlsxSheetHandler sheet(*workbook, sink);
    XmlStream stream(sheet);
    sheet.set_stream(&stream);
    bool ok = zip->stream(ref.part, [&](std::string_view chunk) { return stream.feed(chunk, false); });
    if (ok) ok = stream.feed({}, true);
    sink.end_part();
    report_uncached_formulas(sheet, ref.name, out);
    if (sheet.sink_stopped()) return out;  // a limit: the parser says which
    if (!ok) {
      if (zip->failure() != ZipFailure::none) {
        record_archive_failure(out, zip->failure(), zip->error(), "xlsx");
        return out;
      }
      out.problems.push_back(
          {ParserRule::corrupt_file,
           i18n::both("worksheet '{}': its XML cannot be parsed ({}); the rest is not read", ref.name, stream.error()),
           ref.name, 0});
      out.fatal = true;
      return out;
    }
  }
  spdlog::debug("xlsx: {} worksheets, {} bytes inflated", workbook->sheets.size(), zip->inflated());
  return out;
}

}  // namespace jxaudit::formats
