#include "explanation.hpp"

#include <algorithm>
#include <vector>

#include "jxaudit/text.hpp"

namespace jxaudit::deviation {

using namespace jxaudit::text;  // fold_compact, shorten, contains …
namespace {

enum class PartKind { cause, measure };

struct LabelHit {
  std::size_t begin;  // first byte of the label
  std::size_t end;    // one past the colon
  PartKind kind;
};

// A label counts only when a colon follows it: "原因" inside a sentence is text.
std::optional<LabelHit> label_at(std::string_view s, std::size_t pos, const DeviationSettings& config) {
  std::optional<LabelHit> best;
  auto try_list = [&](const std::vector<std::string>& labels, PartKind kind) {
    for (const auto& label : labels) {
      if (s.compare(pos, label.size(), label) != 0) continue;
      const std::size_t after = pos + label.size();
      if (after < s.size() && s[after] == ':' && (!best || label.size() > best->end - 1 - best->begin))
        best = LabelHit{pos, after + 1, kind};
    }
  };
  try_list(config.cause_labels, PartKind::cause);
  try_list(config.measure_labels, PartKind::measure);
  return best;
}

std::vector<LabelHit> find_labels(std::string_view s, const DeviationSettings& config) {
  std::vector<LabelHit> hits;
  for (std::size_t pos = 0; pos < s.size();) {
    if (auto hit = label_at(s, pos, config)) {
      hits.push_back(*hit);
      pos = hit->end;
    } else {
      ++pos;  // byte steps are safe: labels are whole UTF-8 sequences
    }
  }
  return hits;
}

// Sentence-final punctuation does not make filler into content: "无。" is "无".
std::string_view trim_final_punctuation(std::string_view s) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view p : {"。", ".", ";", "；", "!", "！"}) {
      if (s.ends_with(p)) {
        s.remove_suffix(p.size());
        again = true;
      }
    }
  }
  return s;
}

bool only_filler(std::string_view s, const DeviationSettings& config) {
  if (s.empty()) return false;
  for (const auto& cp : code_points(s))
    if (std::find(config.filler_characters.begin(), config.filler_characters.end(), cp) ==
        config.filler_characters.end())
      return false;
  return true;
}

bool has_any(std::string_view s, const std::vector<std::string>& cues) {
  return std::any_of(cues.begin(), cues.end(), [&](const std::string& c) { return contains(s, c); });
}

}  // namespace

Explanation analyse(std::string_view text, const DeviationSettings& config) {
  Explanation e;
  e.compact = fold_compact(text);
  const auto hits = find_labels(e.compact, config);
  if (hits.empty()) return e;
  e.labelled = true;
  e.preamble = e.compact.substr(0, hits.front().begin);
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const std::size_t stop = i + 1 < hits.size() ? hits[i + 1].begin : e.compact.size();
    std::string part = e.compact.substr(hits[i].end, stop - hits[i].end);
    if (hits[i].kind == PartKind::cause) {
      e.has_cause_label = true;
      e.cause += part;
    } else {
      e.has_measure_label = true;
      e.measure += part;
    }
  }
  return e;
}

std::optional<std::string> boilerplate_kind(std::string_view compact, const DeviationSettings& config) {
  const std::string_view core = trim_final_punctuation(compact);
  if (compact.empty()) return std::nullopt;
  if (core.empty() || only_filler(core, config)) return "filler";
  for (const auto& p : config.boilerplate_exact)
    if (core == p) return "exact";
  for (const auto& p : config.boilerplate_contains)
    if (contains(core, p)) return "contains";
  for (const auto& p : config.boilerplate_prefixes)
    if (starts_with(core, p)) return "prefix";
  return std::nullopt;
}

bool has_content(std::string_view compact, const DeviationSettings& config) {
  const std::string_view core = trim_final_punctuation(compact);
  return !core.empty() && !only_filler(core, config);
}

bool says_none(const Explanation& e, const DeviationSettings& config) {
  const auto kind = boilerplate_kind(e.compact, config);
  return kind && (*kind == "exact" || *kind == "filler");
}

std::optional<std::string> truncation_ending(const Explanation& e, const DeviationSettings& config) {
  const std::string_view s = e.compact;
  if (s.empty()) return std::nullopt;
  for (const auto& w : config.truncation_exceptions)
    if (ends_with(s, w)) return std::nullopt;
  for (const auto& w : config.truncation_connectives)
    if (ends_with(s, w)) return w;
  for (const auto& p : config.truncation_punctuation)
    if (ends_with(s, p)) return p;
  return std::nullopt;
}

bool has_cause(const Explanation& e, const DeviationSettings& config) {
  if (e.labelled) return has_content(e.cause, config) || has_any(e.preamble, config.cause_cues);
  return has_any(e.compact, config.cause_cues);
}

bool has_measure(const Explanation& e, const DeviationSettings& config) {
  if (e.labelled) return has_content(e.measure, config) || has_any(e.preamble, config.measure_cues);
  return has_any(e.compact, config.measure_cues);
}

}  // namespace jxaudit::deviation
