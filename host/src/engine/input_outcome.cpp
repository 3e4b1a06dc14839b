#include "engine/input_outcome.hpp"

#include <fmt/format.h>

#include "engine/plugin_sink.hpp"

namespace jxaudit::engine {

using report_model::InputRecord;
using report_model::InputStatus;
using report_model::FailReason;

FailReason fail_reason(io::ReadFailure failure) {
  switch (failure) {
    case io::ReadFailure::none: return FailReason::none;
    case io::ReadFailure::missing: return FailReason::missing;
    case io::ReadFailure::unreadable: return FailReason::unreadable;
    case io::ReadFailure::not_regular_file: return FailReason::not_regular_file;
    case io::ReadFailure::over_limit: return FailReason::over_limit;
  }
  return FailReason::unreadable;
}

namespace {

// What a limit hit did to the file, for its message.
std::string consequence_zh(const config::LimitHit& hit) {
  return hit.limit == config::Limit::findings_per_file ? "其发现未列出" : "文件未检查";
}
std::string consequence_en(const config::LimitHit& hit) {
  return hit.limit == config::Limit::findings_per_file ? "its findings are not listed" : "the file was not checked";
}

}  // namespace

void mark_failed(InputRecord& input, FailReason reason, std::string error, std::optional<config::LimitHit> limit) {
  input.status = InputStatus::failed;
  input.reason = reason;
  if (limit) {
    // The report names the limit by its key; the message says it in both languages.
    input.limit = report_model::LimitRecord{std::string(config::limit_info(limit->limit).key), limit->value,
                                            limit->line, limit->actual};
    input.error = config::describe_en(*limit, consequence_en(*limit));
    input.error_zh = config::describe_zh(*limit, consequence_zh(*limit));
  } else {
    input.limit.reset();
    input.error = error.empty() ? std::string("cannot read") : std::move(error);
  }
}

Finding input_failed(const InputRecord& input) {
  // The host rule of each reason (builtin_rules/host_rules.cpp): missing and
  // unreadable are both input-unreadable.
  auto rule_of = [](FailReason reason) {
    switch (reason) {
      case FailReason::over_limit: return HostRule::input_over_limit;
      case FailReason::not_regular_file: return HostRule::input_not_regular;
      case FailReason::damaged: return HostRule::input_damaged;
      case FailReason::none:
      case FailReason::missing:
      case FailReason::unreadable: return HostRule::input_unreadable;
    }
    return HostRule::input_unreadable;
  };
  Finding f = host_finding(rule_of(input.reason));
  f.location.file = input.path;
  switch (input.reason) {
    case FailReason::over_limit:
      if (input.limit) {
        f.location.line = input.limit->line;
        f.message = input.error_zh;
        f.message_en = input.error;
      } else {
        f.message = "输入文件超出限制，未检查：" + input.error;
        f.message_en = "the input is over a limit, not checked: " + input.error;
      }
      break;
    case FailReason::not_regular_file:
      f.message = "输入不是普通文件（如管道、设备、套接字），未打开：" + input.error;
      f.message_en = "the input is not a regular file: " + input.error;
      break;
    case FailReason::missing:
      f.message = "输入文件不存在：" + input.error;
      f.message_en = "the input file does not exist: " + input.error;
      break;
    case FailReason::damaged:
      f.message = input.error_zh.empty() ? "文件无法按其格式读取：" + input.error : input.error_zh;
      f.message_en = input.error;
      break;
    case FailReason::none:
    case FailReason::unreadable:
      f.message = fmt::format("无法读取输入文件：{}", input.error);
      f.message_en = fmt::format("cannot read the input file: {}", input.error);
      break;
  }
  return f;
}

}  // namespace jxaudit::engine
