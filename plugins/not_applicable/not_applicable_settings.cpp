#include "not_applicable_settings.hpp"
#include "not_applicable_messages.hpp"

#include <algorithm>
#include <stdexcept>

#include "jxaudit/parse_yaml.hpp"
#include "jxaudit/text.hpp"

namespace jxaudit::not_applicable {

// config/plugins/not_applicable.yaml as of the build (jxaudit_embed_text, CMakeLists.txt).
extern const std::string_view kBuiltinYaml;

using namespace jxaudit::text;  // fold_compact, shorten, contains …
namespace {

const OptionNode& builtin_options() {
  // Parsed once, through the SDK's guarded loader (duplicate keys, limits);
  // the built-in text is part of the binary and its tests load it.
  static const OptionNode options =
      parse_builtin_yaml(kBuiltinYaml, "config/plugins/not_applicable.yaml")["options"];
  return options;
}

std::vector<std::string> builtin_strings(const char* key) {
  return builtin_options()[key].as_strings().value_or(std::vector<std::string>{});
}

// A field written the old snake_case way ("required-categories") is named
// with its kebab-case spelling, so an old file says what to write.
std::string unknown_field(const std::string& what, const std::string& field, const std::vector<std::string>& known) {
  std::string kebab = field;
  std::replace(kebab.begin(), kebab.end(), '_', '-');
  const bool renamed = kebab != field && std::find(known.begin(), known.end(), kebab) != known.end();
  if (renamed)
    return tr("unknown {what} field '{field}' (did you mean '{kebab}'? option keys are kebab-case)",
              {{"what", what}, {"field", field}, {"kebab", kebab}});
  return tr("unknown {what} field '{field}'", {{"what", what}, {"field", field}});
}

std::vector<std::string> folded(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words)
    if (auto f = fold_compact(w); !f.empty()) out.push_back(std::move(f));
  return out;
}

// A list of text values under `node[field]`; problems reported against `key`.
std::vector<std::string> text_list(Options& options, const OptionNode& node, const char* field, const char* key) {
  std::vector<std::string> out;
  const OptionNode& list = node[field];
  if (list.is_null()) return out;
  if (!list.is_sequence()) {
    options.error(list, key, tr("{field} must be a list of text values", {{"field", field}}));
    return out;
  }
  for (const auto& item : list.items()) {
    if (!item.is_scalar()) {
      options.error(item, key, tr("{field} items must be text values", {{"field", field}}));
      continue;
    }
    out.push_back(item.text());
  }
  return out;
}

std::vector<Category> read_categories(Options& options) {
  std::vector<Category> out;
  const OptionNode node = options.get_node("categories", builtin_options()["categories"]);
  if (!node.is_map()) {
    options.error(node, "categories", tr("must be a map of category name: {level1, synonyms}"));
    return out;
  }
  for (const auto& [name, value] : node.entries()) {
    Category c;
    c.name = fold_compact(name.text());
    if (!value.is_map()) {
      options.error(value, "categories", tr("category {name} must be a map with level1 and synonyms", {{"name", c.name}}));
      continue;
    }
    if (value["level1"].is_scalar()) c.level1 = fold_compact(value["level1"].text());
    else options.error(value, "categories", tr("category {name} needs level1", {{"name", c.name}}));
    c.synonyms = folded(text_list(options, value, "synonyms", "categories"));
    for (const auto& field : value.entries())
      if (field.key.text() != "level1" && field.key.text() != "synonyms")
        options.error(field.key, "categories", tr("unknown field '{field}' (level1, synonyms)", {{"field", field.key.text()}}));
    out.push_back(std::move(c));
  }
  return out;
}

Policy read_policy(Options& options, const OptionNode& node, const char* key, bool with_match,
                   const std::vector<Category>& categories) {
  Policy p;
  if (!node.is_map()) {
    options.error(node, key, tr("a policy must be a map"));
    return p;
  }
  const std::vector<std::string> fields = with_match
                                              ? std::vector<std::string>{"name", "match", "required-categories", "require-benefit"}
                                              : std::vector<std::string>{"required-categories", "require-benefit"};
  for (const auto& entry : node.entries()) {
    const std::string& field = entry.key.text();
    if (std::find(fields.begin(), fields.end(), field) == fields.end())
      options.error(entry.key, key, unknown_field(tr("policy"), field, fields));
  }
  p.name = with_match ? node["name"].text() : "default";
  if (with_match && p.name.empty()) options.error(node, key, tr("a policy needs a name"));
  if (with_match) {
    const OptionNode& match = node["match"];
    if (!match.is_map()) {
      options.error(node, key, tr("policy {name} needs match: {templates, project-name-contains, project-code-prefixes}", {{"name", p.name}}));
    } else {
      static const std::vector<std::string> kMatchFields = {"templates", "project-name-contains", "project-code-prefixes"};
      for (const auto& entry : match.entries()) {
        const std::string& field = entry.key.text();
        if (std::find(kMatchFields.begin(), kMatchFields.end(), field) == kMatchFields.end())
          options.error(entry.key, key, unknown_field("match", field, kMatchFields));
      }
      p.project_name_contains = folded(text_list(options, match, "project-name-contains", key));
      p.project_code_prefixes = folded(text_list(options, match, "project-code-prefixes", key));
      p.templates = text_list(options, match, "templates", key);
    }
  }
  // A policy may name a category by a synonym ("成本"); it is kept by its canonical name.
  for (auto& name : folded(text_list(options, node, "required-categories", key))) {
    auto known = std::find_if(categories.begin(), categories.end(), [&](const Category& c) {
      return c.name == name || std::find(c.synonyms.begin(), c.synonyms.end(), name) != c.synonyms.end();
    });
    if (known == categories.end()) {
      options.error(node["required-categories"], key, tr("'{name}' is not a category of `categories`", {{"name", name}}));
      p.required_categories.push_back(std::move(name));
    } else {
      p.required_categories.push_back(known->name);
    }
  }
  if (const OptionNode* rb = node.find("require-benefit")) {
    if (const auto b = rb->as_bool()) p.require_benefit = *b;
    else options.error(*rb, key, tr("require-benefit must be true or false"));
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

NotApplicableSettings NotApplicableSettings::read(Options& options) {
  NotApplicableSettings c;
  c.markers = folded(options.get_strings("markers", builtin_strings("markers")));
  c.benefit_level1 = folded(options.get_strings("benefit-level1", builtin_strings("benefit-level1")));
  c.categories = read_categories(options);
  const OptionNode policies = options.get_node("policies", builtin_options()["policies"]);
  if (policies.is_sequence()) {
    for (const auto& p : policies.items()) c.policies.push_back(read_policy(options, p, "policies", true, c.categories));
  } else if (!policies.is_null()) {
    options.error(policies, "policies", tr("must be a list of policies"));
  }
  c.default_policy = read_policy(options, options.get_node("default-policy", builtin_options()["default-policy"]),
                                 "default-policy", false, c.categories);
  if (c.markers.empty()) options.error({}, "markers", tr("needs at least one marker"));
  return c;
}

std::string_view builtin_yaml() { return kBuiltinYaml; }

NotApplicableSettings NotApplicableSettings::defaults() {
  Options none(OptionNode(), "<defaults>");
  return read(none);
}

bool NotApplicableSettings::is_marker(std::string_view text) const {
  const std::string f = fold_compact(text);
  return !f.empty() && std::find(markers.begin(), markers.end(), f) != markers.end();
}

std::string NotApplicableSettings::canonical_category(std::string_view level2) const {
  const std::string f = fold_compact(level2);
  for (const auto& c : categories) {
    if (c.name == f) return c.name;
    if (std::find(c.synonyms.begin(), c.synonyms.end(), f) != c.synonyms.end()) return c.name;
  }
  return f;
}

const Category* NotApplicableSettings::category(std::string_view canonical) const {
  for (const auto& c : categories)
    if (c.name == canonical) return &c;
  return nullptr;
}

bool NotApplicableSettings::is_benefit_level1(std::string_view level1) const {
  const std::string f = fold_compact(level1);
  return std::find(benefit_level1.begin(), benefit_level1.end(), f) != benefit_level1.end();
}

const Policy& NotApplicableSettings::policy_for(const Table& table) const {
  for (const auto& p : policies)
    if (p.matches(table)) return p;
  return default_policy;
}

}  // namespace jxaudit::not_applicable
