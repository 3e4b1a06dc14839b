// What an explanation (偏差原因分析及改进措施) says, read once per row and
// shared by the text rules (boilerplate, incomplete, truncated, unneeded).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "deviation_settings.hpp"

namespace jxaudit::deviation {

struct Explanation {
  std::string compact;  // folded, blanks removed ("" when the cell is empty)

  // Labelled form: "偏差原因: … 改进措施: …". Parts hold the folded text after
  // their label(s), labels removed; `preamble` is what precedes the first label.
  bool labelled = false;
  bool has_cause_label = false;
  bool has_measure_label = false;
  std::string preamble;
  std::string cause;
  std::string measure;

  bool empty() const { return compact.empty(); }
};

Explanation analyse(std::string_view text, const DeviationSettings& config);

// Why a piece of folded text is boilerplate ("exact", "contains", "prefix",
// "filler"), or nullopt when it is not. Empty text is not boilerplate.
std::optional<std::string> boilerplate_kind(std::string_view compact, const DeviationSettings& config);

// True when a part (or a whole text) carries words: not empty, not only filler ("/", "—").
bool has_content(std::string_view compact, const DeviationSettings& config);

// True when the whole explanation only says "none": an exact phrase or filler
// characters (无, /, —). Such text on a row that needs no explanation is fine.
bool says_none(const Explanation& e, const DeviationSettings& config);

// The connective or punctuation the text stops on, or nullopt when it ends
// like a sentence.
std::optional<std::string> truncation_ending(const Explanation& e, const DeviationSettings& config);

// Whether the cause / the measure part has content: labelled parts first,
// cue words (in the unlabelled text) otherwise.
bool has_cause(const Explanation& e, const DeviationSettings& config);
bool has_measure(const Explanation& e, const DeviationSettings& config);

}  // namespace jxaudit::deviation
