// The canonical form of a parsed Document ("jxaudit/tables@2",
// docs/table-format.md), as JSON or YAML. Numbers are written from their
// Decimal text exactly (never through a binary double), null when blank.
// The report writers may reuse the tree (canonical_tree) or the JSON helpers.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "jxaudit/model.hpp"

namespace jxaudit::parse {

inline constexpr const char* kTablesSchema = "jxaudit/tables@2";

// A small ordered value tree: keys keep insertion order, numbers keep their text.
struct Value {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  std::string text;  // number text, string value, "true"/"false"
  std::vector<Value> items;
  std::vector<std::pair<std::string, Value>> members;

  static Value null() { return {}; }
  static Value string(std::string s);
  static Value number(std::string decimal_text);
  static Value boolean(bool b);
  static Value array() { Value v; v.kind = Kind::array; return v; }
  static Value object() { Value v; v.kind = Kind::object; return v; }
  Value& add(std::string key, Value v);   // object member
  Value& push(Value v);                   // array item
};

Value canonical_tree(const Document& doc);

// JSON with two-space indentation; `indent` < 0 writes one line.
std::string to_json(const Value& v, int indent = 2);
std::string to_yaml(const Value& v);
// JSON string literal (quotes included), with escapes for control characters.
std::string json_quote(std::string_view s);

// One document: the canonical JSON object.
std::string canonical_json(const Document& doc);
std::string canonical_yaml(const Document& doc);

}  // namespace jxaudit::parse
