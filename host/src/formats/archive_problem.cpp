#include "formats/archive_problem.hpp"

namespace jxaudit::formats {

void record_archive_failure(ReadOutcome& out, ZipFailure failure, const std::string& error, const std::string& format) {
  out.fatal = true;
  switch (failure) {
    case ZipFailure::too_many_entries:
      out.limit = config::Limit::archive_entries;
      return;
    case ZipFailure::over_budget:
      out.limit = config::Limit::archive_bytes;
      return;
    case ZipFailure::encrypted:
      out.problems.push_back(
          {ParserRule::encrypted_file,
           i18n::both("the file is encrypted (password-protected) and cannot be read; hand in an unencrypted copy"), "",
           0});
      return;
    case ZipFailure::missing_entry:
      out.problems.push_back(
          {ParserRule::corrupt_file, i18n::both("not a complete .{} file ({}); cannot be read", format, error), "", 0});
      return;
    case ZipFailure::none:
    case ZipFailure::corrupt:
      break;
  }
  out.problems.push_back(
      {ParserRule::corrupt_file,
       i18n::both("the file is damaged or incomplete and cannot be read as .{} ({})", format, error), "", 0});
}

}  // namespace jxaudit::formats
