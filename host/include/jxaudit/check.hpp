// jxaudit SDK — the interface every check plugin implements.
//
// Life of a Check inside the host:
//   1. the host reads the plugin's API version (jxaudit_api_version) and refuses a mismatch;
//   2. it calls jxaudit_create_check() once, then rules() and configure() once;
//   3. it calls check() for every table — possibly from several threads at once,
//      so check() is const and must not touch mutable state;
//   4. it calls finish() once with every table of the run, for cross-table rules.
// A Check never outlives the library it came from: the host owns both.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include <boost/config.hpp>

#include "jxaudit/finding.hpp"
#include "jxaudit/model.hpp"
#include "jxaudit/options.hpp"
#include "jxaudit/rule.hpp"
#include "jxaudit/severity.hpp"
#include "jxaudit/version.hpp"

namespace jxaudit {

class BOOST_SYMBOL_VISIBLE Check {
 public:
  virtual ~Check() = default;

  virtual std::string id() const = 0;       // "arithmetic"
  virtual std::string version() const = 0;  // the plugin's own version, "1.0.0"
  // Every rule the check may report (RuleSpecs turned into RuleInfo: see
  // jxaudit/rule.hpp). A finding of a rule not listed here is refused.
  virtual std::vector<RuleInfo> rules() const = 0;

  // Reads every option through `options`; reports bad values with options.error().
  virtual void configure(Options& options) = 0;

  // Checks one table. Thread-safe and const.
  virtual void check(const Table& table, FindingSink& sink) const = 0;

  // Cross-table rules, after every table was checked. Optional.
  virtual void finish(std::span<const Table* const> tables, FindingSink& sink) const {
    (void)tables;
    (void)sink;
  }
};

// Signatures of the two exported symbols. Host and plugins both use these
// aliases, so a mismatch is a compile error rather than a crash at load time.
using ApiVersionFn = int();
using CreateCheckFn = std::unique_ptr<Check>();

inline constexpr const char* kApiVersionSymbol = "jxaudit_api_version";
inline constexpr const char* kCreateCheckSymbol = "jxaudit_create_check";

}  // namespace jxaudit
