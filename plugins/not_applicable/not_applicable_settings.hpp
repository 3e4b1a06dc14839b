// The options of the not_applicable plugin (config/plugins/not_applicable.yaml):
// markers, category synonyms and the policies that say which categories a
// table must fill. The YAML file is compiled in and supplies every default.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/model.hpp"
#include "jxaudit/options.hpp"

namespace jxaudit::not_applicable {

struct Category {
  std::string name;                   // canonical: "社会效益指标"
  std::string level1;                 // "效益指标"
  std::vector<std::string> synonyms;  // folded: "社会效益"
};

struct Policy {
  std::string name;  // "default" for the default policy
  std::vector<std::string> project_name_contains;
  std::vector<std::string> project_code_prefixes;
  // Template families (Table::template_id) the policy is limited to; empty: any.
  std::vector<std::string> templates;
  std::vector<std::string> required_categories;  // canonical names
  bool require_benefit = true;

  bool matches(const Table& table) const;
};

struct NotApplicableSettings {
  std::vector<std::string> markers;         // folded
  std::vector<std::string> benefit_level1;  // folded
  std::vector<Category> categories;
  std::vector<Policy> policies;
  Policy default_policy;

  // Reads every option through `options`, defaults from the built-in YAML.
  // Bad values are reported with options.error() at their position.
  static NotApplicableSettings read(Options& options);
  static NotApplicableSettings defaults();

  bool is_marker(std::string_view text) const;
  // The canonical category of a level-2 label ("社会效益" -> "社会效益指标"); the
  // folded label itself when no category knows it.
  std::string canonical_category(std::string_view level2) const;
  const Category* category(std::string_view canonical) const;
  bool is_benefit_level1(std::string_view level1) const;
  // The first policy matching the table's project, else the default policy.
  const Policy& policy_for(const Table& table) const;
};

// The text of config/plugins/not_applicable.yaml as of the build (compiled in: the
// documented file is the built-in defaults).
std::string_view builtin_yaml();

}  // namespace jxaudit::not_applicable
