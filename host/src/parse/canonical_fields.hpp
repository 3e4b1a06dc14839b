// Reading the canonical form back, second step: typed access to one object of
// the input tree (canonical_input_tree.hpp). Every read says what the key
// must hold; what does not fit is a Problem with the line and the path of the
// value, and what the model can still take from it is kept. Keys the object
// holds that nobody asked for are problems too (finish()).
//
// Cells follow one rule: a missing key is a cell the table does not have
// (Cell::at.line 0); null is a blank cell of the row; a value is the cell's
// text or number. The table's `absent` list (paths such as
// "indicators[3].explanation") marks keys written as null for cells the table
// does not have.
#pragma once

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/model.hpp"
#include "parse/canonical_input_tree.hpp"

namespace jxaudit::parse::canonical {

// A value the reader could not take as it is. `path` is relative to what was
// read ("indicators[3].points" in a table, "source.path" in a document).
struct Problem {
  int line = 0;
  std::string path;
  i18n::Bilingual message;
};

// Paths listed in a table's `absent`, and which of them were met.
struct AbsentPaths {
  std::set<std::string> listed;
  std::set<std::string> used;
};

// What every Fields of one table or document shares.
struct ReadContext {
  const std::string& file;         // the canonical file: Cell::at.file of every cell read
  std::vector<Problem>& problems;
  AbsentPaths* absent = nullptr;   // a table's `absent` (nullptr outside tables)
};

class Fields {
 public:
  // `object` must be an object node; `path` ends with "." unless empty.
  Fields(const InputNode& object, std::string path, ReadContext& context);

  bool has(std::string_view key) const { return object_.find(key) != nullptr; }
  // The node, marked as read (nullptr when missing).
  const InputNode* node(std::string_view key);
  // Like node(), but a value of another kind than `kind` (null aside) is a problem and gives nullptr.
  const InputNode* node_of(std::string_view key, InputNode::Kind kind);

  std::optional<std::string> string(std::string_view key);    // a string; null and missing: nullopt
  std::optional<bool> boolean(std::string_view key);
  std::optional<Decimal> decimal(std::string_view key);       // a number; null and missing: nullopt
  int line(std::string_view key);                             // a line (integer >= 1); null and missing: 0
  std::optional<long long> integer(std::string_view key, long long min);
  // One of `allowed`; anything else a problem and nullopt.
  std::optional<std::string> choice(std::string_view key, std::initializer_list<const char*> allowed);

  // A text cell of the row at `line`, a number cell (exact Decimal from the
  // number's text; an exponent, hex, inf or nan is refused), or a note.
  void text_cell(std::string_view key, Cell& cell, int line);
  void number_cell(std::string_view key, Cell& cell, int line);
  // The entity's `number_text` map onto its number cells (cell text as written: "—", "10分").
  void number_texts(std::initializer_list<std::pair<const char*, Cell*>> cells);

  // Keys nobody read: one problem each (a misspelt key is not silently dropped).
  void finish();

  // A problem at `at` (its line) about `key` of this object ("" for the object itself).
  void problem(const InputNode& at, std::string_view key, i18n::Bilingual message);
  const std::string& path() const { return path_; }
  const InputNode& object() const { return object_; }

 private:
  bool listed_absent(std::string_view key, const InputNode& value);

  const InputNode& object_;
  std::string path_;
  ReadContext& context_;
  std::vector<std::string> read_;
};

}  // namespace jxaudit::parse::canonical
