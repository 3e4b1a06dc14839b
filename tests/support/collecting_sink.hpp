// Test support: a FindingSink that keeps what it is given, so a test can run a
// Check directly on a hand-built or parsed Table and assert on its findings.
//
// Installed for plugin authors as <jxaudit/testing/collecting_sink.hpp> (docs/sdk.md):
// SDK headers only, nothing of the host or of GoogleTest.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/finding.hpp"

namespace jxaudit::testing {

class CollectingSink : public FindingSink {
 public:
  void add(Finding finding) override { findings.push_back(std::move(finding)); }
  void verified(std::size_t count) override { verified_items += count; }
  void unverifiable(std::string_view reason, std::string_view, std::string_view, std::size_t count) override {
    unverifiable_items[std::string(reason)] += count;
  }

  // Items left unverified, every reason counted.
  std::size_t unverified_items() const {
    std::size_t n = 0;
    for (const auto& [reason, count] : unverifiable_items) n += count;
    return n;
  }

  std::vector<std::string> rules() const {
    std::vector<std::string> ids;
    for (const auto& f : findings) ids.push_back(f.rule);
    return ids;
  }
  std::size_t count(const std::string& rule) const {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; }));
  }

  std::vector<Finding> findings;
  // Coverage (FindingSink::verified / unverifiable): items verified, and the
  // others by reason id.
  std::size_t verified_items = 0;
  std::map<std::string, std::size_t> unverifiable_items;
};

// Makes a Cell the way the parser does for tests that build tables by hand:
// numeric when the text parses as a Decimal.
inline Cell cell(std::string text, int line = 0, int column = -1) {
  Cell c;
  c.raw = text;
  c.text = text;
  c.at.line = line;
  c.at.column = column;
  c.number = Decimal::parse(text);
  return c;
}

}  // namespace jxaudit::testing
