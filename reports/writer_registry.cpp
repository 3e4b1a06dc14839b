// The list of report formats: adding a format is one line here and one writer file.
#include "csv_writer.hpp"
#include "json_writer.hpp"
#include "junit_writer.hpp"
#include "markdown_writer.hpp"
#include "report_writer.hpp"
#include "sarif_writer.hpp"
#include "text_writer.hpp"

namespace jxaudit::reports {

std::vector<std::string> format_names() { return {"text", "json", "sarif", "junit", "md", "csv"}; }

std::unique_ptr<ReportWriter> make_writer(std::string_view format) {
  if (format == "text") return std::make_unique<TextWriter>();
  if (format == "json") return std::make_unique<JsonWriter>();
  if (format == "sarif") return std::make_unique<SarifWriter>();
  if (format == "junit") return std::make_unique<JunitWriter>();
  if (format == "md") return std::make_unique<MarkdownWriter>();
  if (format == "csv") return std::make_unique<CsvWriter>();
  return nullptr;
}

}  // namespace jxaudit::reports
