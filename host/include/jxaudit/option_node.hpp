// jxaudit SDK — an option value as the host read it: null, a scalar, a
// sequence or a map, each node with its position in the file.
//
// Options reach a plugin as OptionNode, never as a YAML library's type, so a
// compiled plugin does not depend on the YAML library the host was built with.
// A node is a plain value (copy it freely); map entries keep the file's order.
// Positions are 1-based; 0 means unknown (a default, a node built in code).
// Scalars are text as written: the typed reads (as_bool, as_int, as_decimal)
// interpret it and give nullopt when it is not of that type. Numbers are
// jxaudit::Decimal, never binary floating point.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jxaudit/decimal.hpp"
#include "jxaudit/export.hpp"

namespace jxaudit {

struct OptionEntry;

class JXAUDIT_SDK_API OptionNode {
 public:
  enum class Kind { null, scalar, sequence, map };

  // A null node (also what a lookup of an absent key gives).
  OptionNode() = default;

  // Builders, for defaults and tests. `line`/`column` as in the file (0: unknown).
  static OptionNode null_at(int line, int column);
  static OptionNode scalar(std::string text, int line = 0, int column = 0);
  static OptionNode sequence(std::vector<OptionNode> items = {}, int line = 0, int column = 0);
  static OptionNode map(std::vector<OptionEntry> entries = {}, int line = 0, int column = 0);
  // A sequence of text scalars.
  static OptionNode strings(const std::vector<std::string>& texts);

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::null; }
  bool is_scalar() const { return kind_ == Kind::scalar; }
  bool is_sequence() const { return kind_ == Kind::sequence; }
  bool is_map() const { return kind_ == Kind::map; }

  int line() const { return line_; }
  int column() const { return column_; }
  bool has_position() const { return line_ > 0; }

  // The text of a scalar as written ("" for other kinds).
  const std::string& text() const { return text_; }
  // A sequence's items (empty for other kinds).
  const std::vector<OptionNode>& items() const { return items_; }
  // A map's entries in file order (empty for other kinds).
  const std::vector<OptionEntry>& entries() const { return entries_; }
  // Items of a sequence or entries of a map; 0 otherwise.
  std::size_t size() const;

  // The value of `key` in a map: nullptr when absent (or this is no map).
  const OptionNode* find(std::string_view key) const;
  // The entry of `key` (its key node carries the key's own position).
  const OptionEntry* find_entry(std::string_view key) const;
  // The value of `key`, or a null node without position when absent.
  const OptionNode& operator[](std::string_view key) const;
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  // Typed reads of a scalar; nullopt when this is not a scalar of that type.
  // as_bool: exactly "true" or "false". as_int: a whole number (a decimal
  // point with zeros only, "5.0", is whole). as_decimal: Decimal::parse.
  std::optional<std::string> as_string() const;
  std::optional<bool> as_bool() const;
  std::optional<std::int64_t> as_int() const;
  std::optional<Decimal> as_decimal() const;
  // The texts of a sequence of scalars; nullopt when this is no sequence or an
  // item is not a scalar.
  std::optional<std::vector<std::string>> as_strings() const;

  // Editing, for builders: push_back makes a null node a sequence, set makes
  // it a map. set replaces the value of an existing key in place (the order
  // stays the order of first insertion).
  OptionNode& push_back(OptionNode item);
  OptionNode& set(std::string key, OptionNode value);

  // Written in YAML flow style ([a, b], {k: v}): kept so that dump-config
  // echoes a structured option as it was written. Not part of its value.
  bool flow() const { return flow_; }
  OptionNode& set_flow(bool flow) {
    flow_ = flow;
    return *this;
  }

  // Same kind and value, recursively; positions and style are not compared.
  bool operator==(const OptionNode& other) const;

 private:
  Kind kind_ = Kind::null;
  int line_ = 0;
  int column_ = 0;
  bool flow_ = false;
  std::string text_;
  std::vector<OptionNode> items_;
  std::vector<OptionEntry> entries_;
};

// One entry of a map: the key (a scalar node, with the key's position) and its value.
struct OptionEntry {
  OptionNode key;
  OptionNode value;

  bool operator==(const OptionEntry& other) const = default;
};

}  // namespace jxaudit
