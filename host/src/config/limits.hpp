// Limits on what one run reads (config/jxaudit.yaml `limits:`), so a small
// hostile input cannot take unbounded memory or time. A file that hits one is
// failed with the limit named (docs/reliability.md); nothing is half-checked.
// The struct is plain data: the parser and the engine use it as it is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "i18n/tr.hpp"
#include "jxaudit/options.hpp"
#include "yaml/yaml_load.hpp"

namespace jxaudit::config {

enum class Limit { file_bytes, line_bytes, cells_per_row, rows_per_table, tables_per_file, findings_per_file, yaml_bytes,
                   yaml_nodes, archive_entries, archive_bytes };

struct Limits {
  // Every real and generated fixture stays far below these (docs/reliability.md).
  std::uint64_t file_bytes = std::uint64_t{64} << 20;  // an input file, as stored
  std::uint64_t line_bytes = std::uint64_t{1} << 20;   // one line, decoded to UTF-8
  std::uint64_t cells_per_row = 1000;
  std::uint64_t rows_per_table = 5000;   // lines after a title, up to the next title
  std::uint64_t tables_per_file = 5000;
  // Findings of one file (its checks and parse diagnostics): a file past it is
  // not a table file a person filled in, and its report would be unreadable.
  std::uint64_t findings_per_file = 20000;
  std::uint64_t yaml_bytes = std::uint64_t{4} << 20;  // a YAML configuration file
  std::uint64_t yaml_nodes = 1000000;                 // its nodes, aliases expanded
  // Office files are zip archives: their entries, and the bytes they inflate
  // to (counted as they inflate: a zip bomb stops here, not in memory).
  std::uint64_t archive_entries = 10000;
  // A real 自评表 workbook inflates to a few MB; a sheet at rows-per-table
  // (5,000 rows) to well under 10 MB.
  std::uint64_t archive_bytes = std::uint64_t{128} << 20;

  std::uint64_t get(Limit limit) const;
  void set(Limit limit, std::uint64_t value);
  // The YAML loader's limits for the files read after jxaudit.yaml (plugin
  // configs, vocabulary); jxaudit.yaml itself is read with the defaults.
  YamlLimits yaml() const;
};

// What each limit is: its key under `limits:` and what it counts, for
// messages and documentation.
struct LimitInfo {
  Limit limit;
  const char* key;      // "rows-per-table"
  bool bytes;           // a size in bytes (accepts KiB/MiB/GiB suffixes)
  const char* what;     // what it counts, a msgid: N_("rows in one table"), translated where shown
};
const std::vector<LimitInfo>& limit_infos();
const LimitInfo& limit_info(Limit limit);

// Where a limit was hit: which one, its value, and the line of the input
// where it was hit (0 when it concerns the whole file, e.g. file-bytes).
struct LimitHit {
  Limit limit = Limit::file_bytes;
  std::uint64_t value = 0;   // the limit in force
  int line = 0;
  std::uint64_t actual = 0;  // the amount found when it was counted (file and line bytes), else 0
};

// "line 7: over limits.cells-per-row = 1000 (cells in one row); <consequence>;
// to read it, raise cells-per-row under limits: in jxaudit.yaml" in both
// languages (the catalogue's): the limit, its value, the line, what happened
// (`consequence`, already in each language), the key to raise.
i18n::Bilingual describe(const LimitHit& hit, const i18n::Bilingual& consequence);

// Reads the `limits:` map: known keys only (did-you-mean), whole numbers
// >= 1, byte sizes optionally with KiB/MiB/GiB. Problems go to `errors`.
void read_limits(const std::string& file, const YAML::Node& node, Limits& limits, std::vector<ConfigError>& errors);

// `limits:` as YAML (dump-config), plain numbers.
YAML::Node limits_to_yaml(const Limits& limits);

}  // namespace jxaudit::config
