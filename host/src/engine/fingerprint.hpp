// Stable identity of a finding across edits that move rows: a hash of what the
// finding is about (rule, file name, project, level-2 category, indicator,
// field) — never line numbers. Findings that still collide (every 不适用 row is
// named 不适用) are numbered in report order, so two distinct findings never
// share a fingerprint.
#pragma once

#include <string>
#include <vector>

#include "jxaudit/finding.hpp"

namespace jxaudit::engine {

// The hashed identity before occurrence numbering.
std::string fingerprint_key(const Finding& finding);

// Sets finding.fingerprint on every finding; `findings` must already be in
// report order (occurrence numbers follow it).
void assign_fingerprints(std::vector<Finding>& findings);

}  // namespace jxaudit::engine
