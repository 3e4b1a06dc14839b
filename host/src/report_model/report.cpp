#include "report_model/report.hpp"

namespace jxaudit::report_model {

const char* to_string(InputStatus s) {
  switch (s) {
    case InputStatus::ok: return "ok";
    case InputStatus::failed: return "failed";
    case InputStatus::no_tables: return "no-tables";
  }
  return "ok";
}

const char* to_string(FailReason r) {
  switch (r) {
    case FailReason::none: return "";
    case FailReason::missing: return "missing";
    case FailReason::unreadable: return "unreadable";
    case FailReason::not_regular_file: return "not-regular-file";
    case FailReason::over_limit: return "over-limit";
    case FailReason::damaged: return "damaged";
  }
  return "";
}

const char* to_string(SkipReason r) {
  switch (r) {
    case SkipReason::not_table_file: return "not-table-file";
    case SkipReason::excluded: return "excluded";
    case SkipReason::hidden: return "hidden";
    case SkipReason::own_report: return "own-report";
    case SkipReason::directory_link: return "directory-link";
  }
  return "not-table-file";
}

}  // namespace jxaudit::report_model
