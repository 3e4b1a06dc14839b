// The options of the deviation plugin (config/plugins/deviation.yaml).
//
// The YAML file is compiled in and supplies every default, so the file that
// documents the options is also the one place their defaults live.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/options.hpp"

namespace jxaudit::deviation {

struct DeviationSettings {
  bool report_unneeded = false;
  std::size_t quote_length = 30;

  // Every phrase below is stored folded (fold_compact): no blanks, half-width punctuation.
  std::vector<std::string> boilerplate_exact;
  std::vector<std::string> boilerplate_contains;
  std::vector<std::string> boilerplate_prefixes;
  std::vector<std::string> filler_characters;  // one code point each

  std::vector<std::string> cause_labels;    // longest first
  std::vector<std::string> measure_labels;  // longest first
  std::vector<std::string> cause_cues;
  std::vector<std::string> measure_cues;

  std::vector<std::string> truncation_connectives;
  std::vector<std::string> truncation_punctuation;  // one code point each
  std::vector<std::string> truncation_exceptions;

  std::vector<std::string> adjustment_cues;         // adjustment-unexplained: words about a budget change
  std::vector<std::string> funds_note_boilerplate;  // adjustment-unexplained: the template's note in 原因

  // Reads every option through `options`, defaults from the built-in YAML.
  // Bad values are reported through options.error() and leave the default.
  static DeviationSettings read(Options& options);
  // The configuration with every default (what read() gives for an empty map).
  static DeviationSettings defaults();
};

// The text of config/plugins/deviation.yaml as of the build (compiled in: the
// documented file is the built-in defaults).
std::string_view builtin_yaml();

}  // namespace jxaudit::deviation
