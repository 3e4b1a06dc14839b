// What a zip archive's failure means for the file: a limit (entries, bytes
// inflated), or a problem an auditor is told about in plain words.
#pragma once

#include <string>

#include "formats/row_sink.hpp"
#include "formats/zip_archive.hpp"

namespace jxaudit::formats {

// Records `failure` in `out` (a limit, or a fatal problem) for a file read as `format` ("xlsx", "docx").
void record_archive_failure(ReadOutcome& out, ZipFailure failure, const std::string& error, const std::string& format);

}  // namespace jxaudit::formats
