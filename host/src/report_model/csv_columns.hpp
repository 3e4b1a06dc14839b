// The CSV report's columns, in order: part of the report's contract, like
// the JSON schema. reports/csv_writer.cpp writes them (translated for a
// zh-CN report); engine/input_files.cpp recognises a CSV report it wrote by
// this header row, so a later run over the same directory skips it.
// New columns go at the end.
#pragma once

namespace jxaudit::report_model {

inline constexpr const char* kCsvColumns[] = {
    "severity",   "rule",         "plugin",       "file",           "location", "line",           "column",
    "sheet",      "cell",         "word_table",   "word_row",       "word_paragraph", "table",    "project_code",
    "project_name", "level2",     "indicator",    "field",          "message",  "message_other",  "expected",
    "expected_other", "actual",   "fix",          "fix_other",      "fingerprint",
};

}  // namespace jxaudit::report_model
