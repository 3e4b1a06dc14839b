// The effective configuration of a session as text: the YAML that
// `jxaudit dump-config` prints (a configuration that loads back as it is),
// and the `--explain-config` listing (each setting, its value, its origin).
// docs/configuration.md describes both.
#pragma once

#include <string>
#include <vector>

#include "engine/session.hpp"

namespace jxaudit::cli {

// Folds what the command line added into the session's config, so that it is
// the configuration a file would have to hold for the same run: --plugin-path
// directories are appended to plugin-paths (absolute), --checks globs to
// checks, a relative --output made absolute.
void fold_command_line(engine::Session& session, const std::vector<std::string>& cli_plugin_paths);

// A valid jxaudit.yaml with every setting at its effective value: host
// settings, every plugin with `enabled`, its options (defaults filled in) and
// its rules' severities inline. Informational facts (plugin versions and
// files, the directories searched) are YAML comments. Nothing in it depends
// on the file it was made from, so dumping the dump gives the same bytes.
std::string dump_config_yaml(const engine::Session& session);

// SHA-256 of dump_config_yaml() with what does not decide the findings left
// out: its comments (they follow the user's language and name this machine's
// directories), where the report goes, its formats and the thread count. Two
// reports with the same hash were made with the same settings.
std::string effective_config_sha256(engine::Session& session);

// One line per effective setting: `key: value  # origin`, origin being
// `default`, `file:line`, `environment (VAR)` or `command line (--flag)`.
std::string explain_config(const engine::Session& session);

}  // namespace jxaudit::cli
