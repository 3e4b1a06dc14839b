// Reading the canonical form back (parse/canonical_reader.hpp), first step:
// JSON or YAML text into a small tree of scalars, arrays and objects in which
// every node knows its line and every number keeps its text as written (it is
// never a double). The JSON and the YAML front end produce the same tree, so
// the model is read from it by one reader whatever the syntax.
//
// Both front ends stream per table: a table (an item of a document's
// `tables`) is handed over as soon as it is complete and then dropped, so
// only one table's tree is held at a time; the document itself follows at its
// end, its `tables` array left empty.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/limits.hpp"
#include "i18n/tr.hpp"

namespace jxaudit::parse::canonical {

struct InputNode {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  std::string text;  // a scalar as written: "4758842.30", "true", the string's value
  int line = 0;      // 1-based line of the canonical file (an object or array: where it opens)
  std::vector<InputNode> items;                              // array
  std::vector<std::pair<std::string, InputNode>> members;    // object, in the order written

  const InputNode* find(std::string_view key) const {
    for (const auto& [k, v] : members)
      if (k == key) return &v;
    return nullptr;
  }
};

const char* to_string(InputNode::Kind kind);  // "null", "a number", "a string" … (msgids) for messages
i18n::Bilingual kind_words(InputNode::Kind kind);  // the same in both languages: "数字" / "a number"

// What the front ends hand over. A file holds one document (an object) or
// several: a JSON array of them (`jxaudit parse a b`), a YAML stream.
class TreeSink {
 public:
  virtual ~TreeSink() = default;
  // Document `document`'s members read before its `tables` (the writer puts
  // `schema` first), when its tables begin: the reader can refuse an unknown
  // schema before reading any table.
  virtual void document_head(std::size_t document, const InputNode& head) = 0;
  // Item `position` of document `document`'s `tables`, when it is an object.
  // False stops reading (a limit was hit).
  virtual bool table(std::size_t document, std::size_t position, InputNode table) = 0;
  // The document once it ends; its `tables` holds only the items that were not objects.
  virtual void document(std::size_t document, InputNode doc) = 0;
  // The text cannot be read on (syntax, or a shape that is no document):
  // `line` 0 for the whole file; the message in both languages (i18n::both).
  virtual void syntax_problem(int line, i18n::Bilingual message) = 0;
  // A limit of config::Limits was passed at `line`; reading stops.
  virtual void limit(config::Limit limit, std::uint64_t value, int line, std::uint64_t actual) = 0;
};

// How large a tree may grow: nodes held at once (JSON: one table and its
// document; YAML: the whole stream, as the guarded loader counts), nesting,
// and the bytes of one string (limits.line-bytes, as for a line of text).
struct TreeLimits {
  std::uint64_t nodes = 1'000'000;
  std::size_t depth = 64;
  std::uint64_t string_bytes = std::uint64_t{1} << 20;
};
TreeLimits tree_limits(const config::Limits& limits);

// nlohmann-json's SAX parser: numbers keep their original text, each node
// its line (counted from the bytes the parser has consumed), a duplicate key
// is a problem (the first value counts).
void read_json_tree(std::string_view text, const TreeLimits& limits, TreeSink& sink);

// yaml-cpp through the guarded loader (yaml/yaml_load.hpp: duplicate keys,
// alias expansion, depth), every document of the stream. Quoted scalars are
// strings; plain ones are resolved as YAML's core schema does (null, true /
// false, numbers — kept as written — and otherwise strings).
void read_yaml_tree(std::string_view text, const std::string& origin, const TreeLimits& limits, TreeSink& sink);

}  // namespace jxaudit::parse::canonical
