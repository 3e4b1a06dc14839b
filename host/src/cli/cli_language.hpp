// The command line in the user's language: which language before anything
// is parsed (help is written before a config is read), and CLI11's own words
// (usage lines, group headings, parse errors) through the host catalogue.
#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "jxaudit/rule.hpp"

namespace jxaudit::cli {

// "en" or "zh-CN" from a locale name or a JXAUDIT_LANG value ("en_US.UTF-8",
// "zh_CN", "en"); "" when it names neither (C, POSIX, de_DE …).
std::string language_tag(std::string_view value);

// The language a run starts in, before the config is read: --lang in argv
// (either form, anywhere), else JXAUDIT_LANG, else the locale (LC_ALL,
// LC_MESSAGES, LANG — only zh* and en* count), else zh-CN.
MessageLanguage early_language(int argc, const char* const* argv);

// CLI11's labels, the help flag, group headings and the parse-error message,
// in the user's language. Call on the top-level app before adding subcommands
// (they inherit it).
void localize(CLI::App& app);
// What subcommands do not inherit: their help flag's group. Call once all are added.
void localize_subcommands(CLI::App& app);

}  // namespace jxaudit::cli
