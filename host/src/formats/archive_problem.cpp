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
      out.problems.push_back({ParserRule::encrypted_file,
                              "文件已加密(设有密码),无法读取;请提交未加密的文件",
                              "the file is encrypted (password-protected) and cannot be read; hand in an unencrypted copy",
                              "", 0});
      return;
    case ZipFailure::missing_entry:
      out.problems.push_back({ParserRule::corrupt_file,
                              "文件不是完整的 ." + format + " 文件(缺少 " + error + "),无法读取",
                              "not a complete ." + format + " file (" + error + "); cannot be read", "", 0});
      return;
    case ZipFailure::none:
    case ZipFailure::corrupt:
      break;
  }
  out.problems.push_back({ParserRule::corrupt_file,
                          "文件已损坏或不完整,无法作为 ." + format + " 读取(" + error + ")",
                          "the file is damaged or incomplete and cannot be read as ." + format + " (" + error + ")",
                          "", 0});
}

}  // namespace jxaudit::formats
