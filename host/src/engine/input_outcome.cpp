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
i18n::Bilingual consequence(const config::LimitHit& hit) {
  return hit.limit == config::Limit::findings_per_file ? i18n::both("its findings are not listed")
                                                       : i18n::both("the file was not checked");
}

}  // namespace

void mark_failed(InputRecord& input, FailReason reason, i18n::Bilingual error, std::optional<config::LimitHit> limit) {
  input.status = InputStatus::failed;
  input.reason = reason;
  if (limit) {
    // The report names the limit by its key; the message says it in both languages.
    input.limit = report_model::LimitRecord{std::string(config::limit_info(limit->limit).key), limit->value,
                                            limit->line, limit->actual};
    i18n::Bilingual described = config::describe(*limit, consequence(*limit));
    input.error = std::move(described.en);
    input.error_zh = std::move(described.zh);
  } else {
    input.limit.reset();
    if (error.en.empty()) error = i18n::both("cannot read");
    input.error = std::move(error.en);
    input.error_zh = std::move(error.zh);
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
  // The zh-CN detail is known for every failure but a report written before
  // it was recorded; the English one stands in then.
  const i18n::Bilingual detail{input.error_zh.empty() ? input.error : input.error_zh, input.error};
  i18n::Bilingual message;
  switch (input.reason) {
    case FailReason::over_limit:
      message = input.limit ? i18n::Bilingual{input.error_zh, input.error}
                            : i18n::both("the input is over a limit, not checked: {}", detail);
      if (input.limit) f.location.line = input.limit->line;
      break;
    case FailReason::not_regular_file:
      message = i18n::both("the input is not a regular file: {}", detail);
      break;
    case FailReason::missing: message = i18n::both("the input file does not exist: {}", detail); break;
    case FailReason::damaged:
      // The reader's own message says what is wrong in English already.
      message = input.error_zh.empty()
                    ? i18n::Bilingual{fmt::format(i18n::tr_fmt("the file cannot be read as its format: {}",
                                                               MessageLanguage::zh_cn),
                                                  input.error),
                                      input.error}
                    : i18n::Bilingual{input.error_zh, input.error};
      break;
    case FailReason::none:
    case FailReason::unreadable: message = i18n::both("cannot read the input file: {}", detail); break;
  }
  f.message = std::move(message.zh);
  f.message_en = std::move(message.en);
  return f;
}

}  // namespace jxaudit::engine
