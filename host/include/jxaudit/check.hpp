// jxaudit SDK — the interface every check plugin implements.
//
// Life of a Check inside the host:
//   1. the host reads the plugin's API version (jxaudit_api_version) and refuses a mismatch;
//   2. it calls jxaudit_create_check() once, then rules() and configure() once;
//   3. it calls check() for every table — possibly from several threads at once,
//      so check() is const and must not touch mutable state;
//   4. it calls finish() once with every table of the run, for cross-table rules.
// A Check never outlives the library it came from: the host owns both.
//
// Exceptions — the contract at the boundary. The host calls plugin code only
// inside a catch-all (std::exception and anything else), and what a plugin
// throws decides what happens to it, never whether the host survives:
//   - jxaudit_api_version, jxaudit_manifest, jxaudit_create_check (the Check's
//     constructor), id(), version(), rules(): a throw — or no Check — refuses
//     the plugin at load time ("<file>: plugin failed while loading: <what()>");
//     the other plugins still load, and the run stops with exit 2 as for any
//     refused plugin.
//   - configure(): may throw for a configuration it cannot use, though
//     options.error() is the better way (it keeps the file:line:column). A throw
//     refuses the plugin ("plugin <id>: configure() failed: <what()>"), exit 2.
//   - check(), finish(): may throw anything. The host reports the table (or,
//     for finish(), the run) as one host.plugin-failed finding naming the plugin
//     and what(), and goes on with the other tables and plugins. The SDK itself
//     throws here for plugin bugs: std::logic_error from report(...).message()
//     with an undeclared message id or a missing argument; DecimalOverflow from
//     Decimal arithmetic on amounts no real table holds (RuleRegistry::check
//     lets a plugin report those as a finding of its own).
//   - the destructor must not throw: it is noexcept, as ~Check() is, so a throw
//     ends the process (std::terminate). The host destroys each Check before it
//     unloads the Check's library (the deleter holds the library).
// Throw types derived from std::exception, so what() reaches the report; any
// class works, even one hidden in the plugin (it is caught as std::exception).
// tests/integration/plugin_boundary_test.cpp holds the host to this.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "jxaudit/export.hpp"
#include "jxaudit/finding.hpp"
#include "jxaudit/model.hpp"
#include "jxaudit/options.hpp"
#include "jxaudit/rule.hpp"
#include "jxaudit/severity.hpp"
#include "jxaudit/version.hpp"

namespace jxaudit {

// Visible: the host calls through this interface into every plugin (its
// typeinfo and vtable layout are the contract, tests/unit/sdk/abi_test.cpp).
class JXAUDIT_SDK_VISIBLE Check {
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
