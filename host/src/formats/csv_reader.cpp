// .csv exports through libcsv (RFC 4180: quoted fields, doubled quotes,
// separators and line breaks inside quotes). Fed one physical line at a time,
// so a record's row number is the line it starts on, as in a text export.
#include <csv.h>

#include <string>
#include <vector>

#include "formats/office_reader.hpp"

namespace jxaudit::formats {

namespace {

struct CsvState {
  RowSink* sink = nullptr;
  std::vector<std::string> fields;
  int line = 0;          // the physical line being fed
  int record_start = 1;  // the line the current record started on
  bool stopped = false;
};

void on_field(void* data, std::size_t length, void* state) {
  auto* s = static_cast<CsvState*>(state);
  s->fields.emplace_back(data != nullptr ? static_cast<const char*>(data) : "", data != nullptr ? length : 0);
}

void on_record(int, void* state) {
  auto* s = static_cast<CsvState*>(state);
  if (!s->stopped) {
    std::vector<std::string_view> views(s->fields.begin(), s->fields.end());
    s->stopped = !s->sink->row(s->record_start, views);
  }
  s->fields.clear();
  s->record_start = s->line + 1;
}

}  // namespace

ReadOutcome read_csv(std::string_view utf8, RowSink& sink) {
  ReadOutcome out;
  csv_parser parser;
  if (csv_init(&parser, 0) != 0) {
    out.problems.push_back({ParserRule::read_failed, i18n::both("the CSV parser cannot start"), "", 0});
    out.fatal = true;
    return out;
  }
  CsvState state;
  state.sink = &sink;
  sink.begin_part("");
  std::size_t start = 0;
  while (start < utf8.size() && !state.stopped) {
    std::size_t end = utf8.find('\n', start);
    end = end == std::string_view::npos ? utf8.size() : end + 1;
    ++state.line;
    const std::string_view line = utf8.substr(start, end - start);
    if (csv_parse(&parser, line.data(), line.size(), on_field, on_record, &state) != line.size()) {
      out.problems.push_back({ParserRule::corrupt_file,
                              i18n::both("CSV line {} cannot be parsed: {}", state.line,
                                         std::string(csv_strerror(csv_error(&parser)))),
                              "", state.line});
      break;
    }
    start = end;
  }
  if (!state.stopped) csv_fini(&parser, on_field, on_record, &state);
  csv_free(&parser);
  sink.end_part();
  return out;
}

}  // namespace jxaudit::formats
