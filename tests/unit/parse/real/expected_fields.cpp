#include "expected_fields.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <utility>

namespace jxaudit::parse::testing::real {
namespace {

// A JSON tree whose numbers are their source text.
struct Node {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  std::string text;
  std::vector<std::pair<std::string, Node>> members;
  std::vector<Node> items;
};

class TreeBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  Node root;
  std::string error;

  bool null() override { return put(Node{}); }
  bool boolean(bool b) override { return put(leaf(Node::Kind::boolean, b ? "true" : "false")); }
  bool number_integer(number_integer_t v) override { return put(leaf(Node::Kind::number, std::to_string(v))); }
  bool number_unsigned(number_unsigned_t v) override { return put(leaf(Node::Kind::number, std::to_string(v))); }
  bool number_float(number_float_t, const string_t& s) override { return put(leaf(Node::Kind::number, s)); }
  bool string(string_t& s) override { return put(leaf(Node::Kind::string, s)); }
  bool binary(binary_t&) override { return fail("binary values are not JSON text"); }
  bool start_object(std::size_t) override { return open(Node::Kind::object); }
  bool key(string_t& k) override {
    pending_key_ = k;
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(Node::Kind::array); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    return fail(e.what());
  }

 private:
  static Node leaf(Node::Kind kind, std::string text) {
    Node n;
    n.kind = kind;
    n.text = std::move(text);
    return n;
  }
  bool fail(std::string message) {
    error = std::move(message);
    return false;
  }
  // Containers are built on a stack of values and attached when they close,
  // so no pointer into a growing vector is ever kept.
  bool put(Node n) {
    if (stack_.empty()) {
      root = std::move(n);
      return true;
    }
    Frame& top = stack_.back();
    if (top.node.kind == Node::Kind::object)
      top.node.members.emplace_back(std::move(pending_key_), std::move(n));
    else
      top.node.items.push_back(std::move(n));
    return true;
  }
  bool open(Node::Kind kind) {
    Frame f;
    f.node.kind = kind;
    f.key = std::move(pending_key_);
    stack_.push_back(std::move(f));
    return true;
  }
  bool close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    pending_key_ = std::move(f.key);
    return put(std::move(f.node));
  }
  struct Frame {
    Node node;
    std::string key;  // the key this container is stored under in its parent object
  };
  std::vector<Frame> stack_;
  std::string pending_key_;
};

struct SchemaError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const Node& expect_kind(const Node& n, Node::Kind kind, const std::string& where, const char* what) {
  if (n.kind != kind) throw SchemaError(where + ": expected " + what);
  return n;
}

bool known(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

FieldValue value_of(const Node& n, const std::string& key, const std::string& where) {
  FieldValue v;
  v.text = n.text;
  if (numeric_key(key)) {
    expect_kind(n, Node::Kind::number, where, "a number");
    v.number = Decimal::parse(n.text);
    if (!v.number) throw SchemaError(where + ": not an exact decimal: " + n.text);
  } else if (key == "year") {  // written as a number in expected/, compared as the year's digits
    if (n.kind != Node::Kind::number && n.kind != Node::Kind::string) throw SchemaError(where + ": expected a year");
  } else {
    expect_kind(n, Node::Kind::string, where, "a string");
  }
  return v;
}

Record record_of(const Node& n, const std::vector<std::string>& keys, const std::string& where) {
  expect_kind(n, Node::Kind::object, where, "an object");
  Record r;
  for (const auto& [key, value] : n.members) {
    if (!known(keys, key)) throw SchemaError(where + ": unknown key '" + key + "'");
    r[key] = value_of(value, key, where + "." + key);
  }
  return r;
}

FundsRowFields funds_row_of(const Node& n, const std::string& where) {
  expect_kind(n, Node::Kind::object, where, "an object");
  FundsRowFields row;
  Node amounts;
  amounts.kind = Node::Kind::object;
  for (const auto& [key, value] : n.members) {
    if (key == "kind")
      row.kind = expect_kind(value, Node::Kind::string, where + ".kind", "a string").text;
    else
      amounts.members.emplace_back(key, value);
  }
  if (row.kind.empty()) throw SchemaError(where + ": a funds row without kind");
  row.amounts = record_of(amounts, funds_row_keys(), where);
  return row;
}

TableFields table_of(const Node& n, const std::string& where) {
  expect_kind(n, Node::Kind::object, where, "an object");
  TableFields t;
  for (const auto& [key, value] : n.members) {
    const std::string at = where + "." + key;
    if (key == "project") {
      t.project = record_of(value, project_keys(), at);
    } else if (key == "funds") {
      t.has_funds = true;
      Node scalars;
      scalars.kind = Node::Kind::object;
      for (const auto& [fkey, fvalue] : expect_kind(value, Node::Kind::object, at, "an object").members) {
        if (fkey != "rows") {
          scalars.members.emplace_back(fkey, fvalue);
          continue;
        }
        const Node& rows = expect_kind(fvalue, Node::Kind::array, at + ".rows", "an array");
        for (std::size_t i = 0; i < rows.items.size(); ++i)
          t.fund_rows.push_back(funds_row_of(rows.items[i], at + ".rows[" + std::to_string(i) + "]"));
      }
      t.funds = record_of(scalars, funds_keys(), at);
    } else if (key == "indicators") {
      const Node& list = expect_kind(value, Node::Kind::array, at, "an array");
      for (std::size_t i = 0; i < list.items.size(); ++i)
        t.indicators.push_back(record_of(list.items[i], indicator_keys(), at + "[" + std::to_string(i) + "]"));
    } else if (key == "total") {
      t.total = record_of(value, total_keys(), at);
    } else {
      throw SchemaError(where + ": unknown key '" + key + "'");
    }
  }
  return t;
}

}  // namespace

ExpectedLoad load_expected(std::string_view json_text) {
  ExpectedLoad out;
  TreeBuilder builder;
  if (!nlohmann::json::sax_parse(json_text, &builder)) {
    out.error = builder.error.empty() ? "not valid JSON" : builder.error;
    return out;
  }
  try {
    const Node& list = expect_kind(builder.root, Node::Kind::array, "tables", "an array of tables");
    for (std::size_t i = 0; i < list.items.size(); ++i)
      out.tables.push_back(table_of(list.items[i], "tables[" + std::to_string(i) + "]"));
  } catch (const SchemaError& e) {
    out.tables.clear();
    out.error = e.what();
  }
  return out;
}

}  // namespace jxaudit::parse::testing::real
