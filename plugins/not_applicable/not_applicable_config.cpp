#include "not_applicable_config.hpp"

#include <algorithm>
#include <stdexcept>

#include <yaml-cpp/yaml.h>

#include "jxaudit/text.hpp"
#include "jxaudit/yaml.hpp"

namespace jxaudit::not_applicable {

using namespace jxaudit::text;  // fold_compact, shorten, contains …
namespace {

const YAML::Node& builtin_options() {
  // Parsed once; the built-in text is part of the binary and its tests load it.
  static const YAML::Node options = [] {
    // The SDK's guarded loader, as for every YAML (duplicate keys, limits).
    std::vector<ConfigError> errors;
    const auto root = load_yaml_text(builtin_yaml(), "<built-in config/plugins/not_applicable.yaml>", errors);
    if (!root) throw std::logic_error("built-in config/plugins/not_applicable.yaml: " + errors.front().to_string());
    return YAML::Node((*root)["options"]);
  }();
  return options;
}

std::vector<std::string> builtin_strings(const char* key) {
  std::vector<std::string> out;
  const YAML::Node node = builtin_options()[key];
  if (node.IsSequence())
    for (const auto& item : node) out.push_back(item.as<std::string>());
  return out;
}

std::vector<std::string> folded(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words)
    if (auto f = fold_compact(w); !f.empty()) out.push_back(std::move(f));
  return out;
}

// A list of text values under `node[field]`; problems reported against `key`.
std::vector<std::string> text_list(Options& options, const YAML::Node& node, const char* field, const char* key) {
  std::vector<std::string> out;
  const YAML::Node list = node[field];
  if (!list.IsDefined() || list.IsNull()) return out;
  if (!list.IsSequence()) {
    options.error(list, key, std::string(field) + " must be a list of text values");
    return out;
  }
  for (const auto& item : list) {
    if (!item.IsScalar()) {
      options.error(item, key, std::string(field) + " items must be text values");
      continue;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::vector<Category> read_categories(Options& options) {
  std::vector<Category> out;
  const YAML::Node node = options.get_node("categories", YAML::Clone(builtin_options()["categories"]));
  if (!node.IsMap()) {
    options.error(node, "categories", "must be a map of category name: {level1, synonyms}");
    return out;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    Category c;
    c.name = fold_compact(it->first.Scalar());
    if (!it->second.IsMap()) {
      options.error(it->second, "categories", "category " + c.name + " must be a map with level1 and synonyms");
      continue;
    }
    if (it->second["level1"].IsScalar()) c.level1 = fold_compact(it->second["level1"].Scalar());
    else options.error(it->second, "categories", "category " + c.name + " needs level1");
    c.synonyms = folded(text_list(options, it->second, "synonyms", "categories"));
    for (auto kv = it->second.begin(); kv != it->second.end(); ++kv)
      if (kv->first.Scalar() != "level1" && kv->first.Scalar() != "synonyms")
        options.error(kv->first, "categories", "unknown field '" + kv->first.Scalar() + "' (level1, synonyms)");
    out.push_back(std::move(c));
  }
  return out;
}

Policy read_policy(Options& options, const YAML::Node& node, const char* key, bool with_match,
                   const std::vector<Category>& categories) {
  Policy p;
  if (!node.IsMap()) {
    options.error(node, key, "a policy must be a map");
    return p;
  }
  static const std::vector<std::string> kFields = {"name", "match", "required_categories", "require_benefit"};
  for (auto kv = node.begin(); kv != node.end(); ++kv) {
    const std::string field = kv->first.Scalar();
    const bool allowed = std::find(kFields.begin(), kFields.end(), field) != kFields.end() &&
                         (with_match || (field != "match" && field != "name"));
    if (!allowed) options.error(kv->first, key, "unknown policy field '" + field + "'");
  }
  p.name = with_match ? (node["name"].IsScalar() ? node["name"].Scalar() : "") : "default";
  if (with_match && p.name.empty()) options.error(node, key, "a policy needs a name");
  if (with_match) {
    const YAML::Node match = node["match"];
    if (!match.IsMap()) {
      options.error(node, key, "policy " + p.name + " needs match: {templates, project_name_contains, project_code_prefixes}");
    } else {
      for (auto kv = match.begin(); kv != match.end(); ++kv) {
        const std::string field = kv->first.Scalar();
        if (field != "templates" && field != "project_name_contains" && field != "project_code_prefixes")
          options.error(kv->first, key, "unknown match field '" + field + "'");
      }
      p.project_name_contains = folded(text_list(options, match, "project_name_contains", key));
      p.project_code_prefixes = folded(text_list(options, match, "project_code_prefixes", key));
      p.templates = text_list(options, match, "templates", key);
    }
  }
  // A policy may name a category by a synonym ("成本"); it is kept by its canonical name.
  for (auto& name : folded(text_list(options, node, "required_categories", key))) {
    auto known = std::find_if(categories.begin(), categories.end(), [&](const Category& c) {
      return c.name == name || std::find(c.synonyms.begin(), c.synonyms.end(), name) != c.synonyms.end();
    });
    if (known == categories.end()) {
      options.error(node["required_categories"], key, "'" + name + "' is not a category of `categories`");
      p.required_categories.push_back(std::move(name));
    } else {
      p.required_categories.push_back(known->name);
    }
  }
  const YAML::Node rb = node["require_benefit"];
  if (rb.IsDefined()) {
    if (rb.IsScalar() && (rb.Scalar() == "true" || rb.Scalar() == "false")) p.require_benefit = rb.Scalar() == "true";
    else options.error(rb, key, "require_benefit must be true or false");
  }
  return p;
}

}  // namespace

bool Policy::matches(const Table& table) const {
  if (!templates.empty() && std::find(templates.begin(), templates.end(), table.template_id) == templates.end())
    return false;
  // Limited to families only: every table of them.
  if (project_name_contains.empty() && project_code_prefixes.empty()) return !templates.empty();
  const std::string name = fold_compact(table.project.name.text);
  const std::string code = fold_compact(table.project.code.text);
  for (const auto& w : project_name_contains)
    if (name.find(w) != std::string::npos) return true;
  for (const auto& p : project_code_prefixes)
    if (!code.empty() && code.starts_with(p)) return true;
  return false;
}

NotApplicableConfig NotApplicableConfig::read(Options& options) {
  NotApplicableConfig c;
  c.markers = folded(options.get_strings("markers", builtin_strings("markers")));
  c.benefit_level1 = folded(options.get_strings("benefit_level1", builtin_strings("benefit_level1")));
  c.categories = read_categories(options);
  const YAML::Node policies = options.get_node("policies", YAML::Clone(builtin_options()["policies"]));
  if (policies.IsSequence()) {
    for (const auto& p : policies) c.policies.push_back(read_policy(options, p, "policies", true, c.categories));
  } else if (policies.IsDefined() && !policies.IsNull()) {
    options.error(policies, "policies", "must be a list of policies");
  }
  c.default_policy = read_policy(options, options.get_node("default_policy", YAML::Clone(builtin_options()["default_policy"])),
                                 "default_policy", false, c.categories);
  if (c.markers.empty()) options.error(YAML::Node(), "markers", "needs at least one marker");
  return c;
}

NotApplicableConfig NotApplicableConfig::defaults() {
  Options none(YAML::Node(), "<defaults>");
  return read(none);
}

bool NotApplicableConfig::is_marker(std::string_view text) const {
  const std::string f = fold_compact(text);
  return !f.empty() && std::find(markers.begin(), markers.end(), f) != markers.end();
}

std::string NotApplicableConfig::canonical_category(std::string_view level2) const {
  const std::string f = fold_compact(level2);
  for (const auto& c : categories) {
    if (c.name == f) return c.name;
    if (std::find(c.synonyms.begin(), c.synonyms.end(), f) != c.synonyms.end()) return c.name;
  }
  return f;
}

const Category* NotApplicableConfig::category(std::string_view canonical) const {
  for (const auto& c : categories)
    if (c.name == canonical) return &c;
  return nullptr;
}

bool NotApplicableConfig::is_benefit_level1(std::string_view level1) const {
  const std::string f = fold_compact(level1);
  return std::find(benefit_level1.begin(), benefit_level1.end(), f) != benefit_level1.end();
}

const Policy& NotApplicableConfig::policy_for(const Table& table) const {
  for (const auto& p : policies)
    if (p.matches(table)) return p;
  return default_policy;
}

}  // namespace jxaudit::not_applicable
