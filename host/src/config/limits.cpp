#include "config/limits.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "config/did_you_mean.hpp"
#include "config/yaml_check.hpp"
#include "i18n/tr.hpp"

namespace jxaudit::config {
namespace {

// Counts index rows, cells and tables with int (line numbers are int).
constexpr std::uint64_t kMaxCount = 2147483647;
constexpr std::uint64_t kMaxBytes = std::uint64_t{1} << 40;  // 1 TiB

// "64MiB", "512 KiB", "1048576" -> the amount; nullopt when it is not such a
// value. Amounts past kMaxBytes come back as kMaxBytes + 1 (out of range).
std::optional<std::uint64_t> parse_amount(const std::string& text, bool bytes) {
  constexpr std::uint64_t kTooBig = kMaxBytes + 1;
  std::size_t i = 0;
  std::uint64_t value = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
    value = value >= kTooBig ? kTooBig : std::min(kTooBig, value * 10 + static_cast<std::uint64_t>(text[i] - '0'));
  if (i == 0) return std::nullopt;
  std::string suffix = text.substr(i);
  if (!suffix.empty() && suffix.front() == ' ') suffix.erase(0, 1);
  if (suffix.empty()) return value;
  const int shift = !bytes ? -1 : suffix == "KiB" ? 10 : suffix == "MiB" ? 20 : suffix == "GiB" ? 30 : -1;
  if (shift < 0) return std::nullopt;
  return value > (kMaxBytes >> shift) ? kTooBig : value << shift;
}

}  // namespace

YamlLimits Limits::yaml() const {
  YamlLimits y;
  y.max_bytes = static_cast<std::size_t>(yaml_bytes);
  y.max_nodes = static_cast<std::size_t>(yaml_nodes);
  return y;
}

std::uint64_t Limits::get(Limit limit) const {
  switch (limit) {
    case Limit::file_bytes: return file_bytes;
    case Limit::line_bytes: return line_bytes;
    case Limit::cells_per_row: return cells_per_row;
    case Limit::rows_per_table: return rows_per_table;
    case Limit::tables_per_file: return tables_per_file;
    case Limit::findings_per_file: return findings_per_file;
    case Limit::yaml_bytes: return yaml_bytes;
    case Limit::yaml_nodes: return yaml_nodes;
    case Limit::archive_entries: return archive_entries;
    case Limit::archive_bytes: return archive_bytes;
  }
  return 0;
}

void Limits::set(Limit limit, std::uint64_t value) {
  switch (limit) {
    case Limit::file_bytes: file_bytes = value; break;
    case Limit::line_bytes: line_bytes = value; break;
    case Limit::cells_per_row: cells_per_row = value; break;
    case Limit::rows_per_table: rows_per_table = value; break;
    case Limit::tables_per_file: tables_per_file = value; break;
    case Limit::findings_per_file: findings_per_file = value; break;
    case Limit::yaml_bytes: yaml_bytes = value; break;
    case Limit::yaml_nodes: yaml_nodes = value; break;
    case Limit::archive_entries: archive_entries = value; break;
    case Limit::archive_bytes: archive_bytes = value; break;
  }
}

const std::vector<LimitInfo>& limit_infos() {
  static const std::vector<LimitInfo> infos{
      {Limit::file_bytes, "file-bytes", true, N_("bytes in one input file")},
      {Limit::line_bytes, "line-bytes", true, N_("bytes in one line")},
      {Limit::cells_per_row, "cells-per-row", false, N_("cells in one row")},
      {Limit::rows_per_table, "rows-per-table", false, N_("rows in one table")},
      {Limit::tables_per_file, "tables-per-file", false, N_("tables in one file")},
      {Limit::findings_per_file, "findings-per-file", false, N_("findings of one file (checks and parse diagnostics)")},
      {Limit::yaml_bytes, "yaml-bytes", true, N_("bytes in one YAML file")},
      {Limit::yaml_nodes, "yaml-nodes", false, N_("nodes in one YAML file, aliases expanded")},
      {Limit::archive_entries, "archive-entries", false, N_("entries in one office file (a zip archive)")},
      {Limit::archive_bytes, "archive-bytes", true, N_("bytes an office file inflates to")},
  };
  return infos;
}

const LimitInfo& limit_info(Limit limit) {
  for (const auto& info : limit_infos())
    if (info.limit == limit) return info;
  return limit_infos().front();
}

void read_limits(const std::string& file, const YAML::Node& node, Limits& limits, std::vector<ConfigError>& errors) {
  if (!node.IsMap()) {
    if (!node.IsNull()) errors.push_back(error_at(file, node, "limits", "expected a map of limit: value"));
    return;
  }
  std::vector<std::string> keys;
  for (const auto& info : limit_infos()) keys.push_back(info.key);
  check_keys(file, node, keys, "limits.", errors);
  for (const auto& info : limit_infos()) {
    const YAML::Node value = node[info.key];
    if (!value) continue;
    const std::string key = std::string("limits.") + info.key;
    const std::uint64_t max = info.bytes ? kMaxBytes : kMaxCount;
    std::optional<std::uint64_t> amount;
    if (value.IsScalar()) amount = parse_amount(value.Scalar(), info.bytes);
    if (!amount) {
      errors.push_back(error_at(file, value, key,
                                info.bytes ? "expected a size in bytes: a whole number, optionally with KiB, MiB or GiB"
                                           : "expected a whole number"));
      continue;
    }
    if (*amount < 1 || *amount > max) {
      errors.push_back(error_at(file, value, key, fmt::format(i18n::tr_fmt("must be between 1 and {}"), max)));
      continue;
    }
    limits.set(info.limit, *amount);
  }
}

namespace {

std::string describe(const LimitHit& hit, const std::string& consequence, MessageLanguage language) {
  const LimitInfo& info = limit_info(hit.limit);
  std::string out = hit.line > 0 ? fmt::format(i18n::tr_fmt("line {}: ", language), hit.line) : std::string();
  out += fmt::format(i18n::tr_fmt("over limits.{} = {} ({})", language), info.key, hit.value,
                     i18n::tr(info.what, language));
  if (hit.actual > 0) out += fmt::format(i18n::tr_fmt(", found {}", language), hit.actual);
  if (!consequence.empty()) out += fmt::format(i18n::tr_fmt("; {}", language), consequence);
  out += fmt::format(i18n::tr_fmt("; to read it, raise {} under limits: in jxaudit.yaml", language), info.key);
  return out;
}

}  // namespace

i18n::Bilingual describe(const LimitHit& hit, const i18n::Bilingual& consequence) {
  return {describe(hit, consequence.zh, MessageLanguage::zh_cn), describe(hit, consequence.en, MessageLanguage::en)};
}

YAML::Node limits_to_yaml(const Limits& limits) {
  YAML::Node node(YAML::NodeType::Map);
  for (const auto& info : limit_infos()) node[info.key] = limits.get(info.limit);
  return node;
}

}  // namespace jxaudit::config
