// The level of a log line as the user reads it: "jxaudit: 错误: …" in
// Chinese, "jxaudit: error: …" in English (spdlog's %l is English only).
// Debug and trace lines stay English, as debug logs do.
#pragma once

#include <memory>

#include <spdlog/pattern_formatter.h>

namespace jxaudit::cli {

class LogLevelWord : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& msg, const std::tm& time, spdlog::memory_buf_t& dest) override;
  std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<LogLevelWord>(); }
};

}  // namespace jxaudit::cli
