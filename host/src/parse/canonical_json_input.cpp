// The JSON front end of the canonical reader (canonical_input_tree.hpp):
// nlohmann-json's SAX parser builds the tree, so numbers arrive with the text
// they were written in (floats) or as exact 64-bit integers, never through a
// double; lines are counted from the bytes the parser has consumed.
#include <algorithm>
#include <iterator>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "parse/canonical_input_tree.hpp"

namespace jxaudit::parse::canonical {

const char* to_string(InputNode::Kind kind) {
  switch (kind) {
    case InputNode::Kind::null: return N_("null");
    case InputNode::Kind::boolean: return N_("a boolean");
    case InputNode::Kind::number: return N_("a number");
    case InputNode::Kind::string: return N_("a string");
    case InputNode::Kind::array: return N_("an array");
    case InputNode::Kind::object: return N_("an object");
  }
  return N_("a value");
}

i18n::Bilingual kind_words(InputNode::Kind kind) {
  const char* msgid = to_string(kind);
  return {std::string(i18n::tr(msgid, MessageLanguage::zh_cn)), std::string(i18n::tr(msgid, MessageLanguage::en))};
}

TreeLimits tree_limits(const config::Limits& limits) {
  TreeLimits out;
  out.nodes = limits.yaml_nodes;
  out.string_bytes = limits.line_bytes;
  return out;
}

namespace {

// A byte iterator that tells, through a shared pointer, how far nlohmann's
// lexer has read: the SAX callbacks carry no position of their own.
class TrackedIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackedIterator(const char* at, const char** read) : at_(at), read_(read) {}
  reference operator*() const { return *at_; }
  TrackedIterator& operator++() {
    *read_ = ++at_;
    return *this;
  }
  TrackedIterator operator++(int) {
    TrackedIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const TrackedIterator& other) const { return at_ == other.at_; }
  bool operator!=(const TrackedIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** read_;
};

using json = nlohmann::json;

class TreeBuilder : public nlohmann::json_sax<json> {
 public:
  TreeBuilder(std::string_view text, const TreeLimits& limits, TreeSink& sink)
      : begin_(text.data()), end_(text.data() + text.size()), read_(begin_), counted_(begin_), limits_(limits),
        sink_(sink) {}

  const char** read_position() { return &read_; }

  bool null() override { return leaf(InputNode::Kind::null, "null"); }
  bool boolean(bool value) override { return leaf(InputNode::Kind::boolean, value ? "true" : "false"); }
  bool number_integer(number_integer_t value) override { return leaf(InputNode::Kind::number, std::to_string(value)); }
  bool number_unsigned(number_unsigned_t value) override { return leaf(InputNode::Kind::number, std::to_string(value)); }
  // `text` is the number as written: 4758842.30 keeps its zero, 1e5 its exponent.
  bool number_float(number_float_t, const string_t& text) override { return leaf(InputNode::Kind::number, text); }
  bool string(string_t& value) override {
    if (value.size() > limits_.string_bytes) {
      sink_.limit(config::Limit::line_bytes, limits_.string_bytes, line(), value.size());
      return false;
    }
    return leaf(InputNode::Kind::string, std::move(value));
  }
  bool binary(binary_t&) override { return leaf(InputNode::Kind::null, "null"); }  // not in JSON text

  bool start_object(std::size_t) override { return open(InputNode::Kind::object); }
  bool start_array(std::size_t) override { return open(InputNode::Kind::array); }
  bool key(string_t& key) override {
    Frame& frame = stack_.back();
    frame.duplicate = !frame.keys.insert(key).second;
    if (frame.duplicate)
      sink_.syntax_problem(line(), i18n::both("the key '{}' appears twice in one object; the first value is read", key));
    frame.key = std::move(key);
    return true;
  }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    // nlohmann counts the bytes read; the last one is where it stopped.
    const std::size_t read = std::min<std::size_t>(position, static_cast<std::size_t>(end_ - begin_));
    const char* last = begin_ + (read > 0 ? read - 1 : 0);
    const int at = 1 + static_cast<int>(std::count(begin_, std::max(begin_, last), '\n'));
    std::string what = e.what();
    if (const std::size_t cut = what.find("] "); what.rfind("[json.exception", 0) == 0 && cut != std::string::npos)
      what.erase(0, cut + 2);
    sink_.syntax_problem(at, i18n::both("JSON syntax error: {}", what));
    return false;
  }

 private:
  struct Frame {
    InputNode node;
    std::string key;                        // object: the key whose value comes next
    std::unordered_set<std::string> keys;   // object: the keys seen
    bool duplicate = false;                 // that key was seen before: its value is dropped
    bool document = false;                  // the root object, or an object item of a root array
    bool tables = false;                    // the `tables` array of a document
    std::size_t items = 0;                  // array: items seen (tables handed over included)
    std::uint64_t nodes = 1;                // nodes held in this subtree
  };

  // The line of the token just read: nlohmann has consumed it, and after a
  // number the one character that ended it.
  int line() {
    const char* last = read_ > begin_ ? read_ - 1 : begin_;
    if (last > begin_ && (*last == '\n' || *last == '\r')) --last;
    if (last > counted_) {
      line_ += static_cast<int>(std::count(counted_, last, '\n'));
      counted_ = last;
    }
    return line_;
  }

  bool count_node() {
    if (++held_ <= limits_.nodes) return true;
    sink_.limit(config::Limit::yaml_nodes, limits_.nodes, line(), 0);
    return false;
  }

  bool leaf(InputNode::Kind kind, std::string text) {
    if (!count_node()) return false;
    InputNode node;
    node.kind = kind;
    node.text = std::move(text);
    node.line = line();
    return attach(std::move(node), 1);
  }

  bool open(InputNode::Kind kind) {
    if (!count_node()) return false;
    if (stack_.size() >= limits_.depth) {
      sink_.syntax_problem(line(), i18n::both("objects and arrays nest deeper than {} levels; not read on", limits_.depth));
      return false;
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.line = line();
    if (kind == InputNode::Kind::object)
      frame.document = stack_.empty() || (stack_.size() == 1 && stack_.front().node.kind == InputNode::Kind::array);
    else
      frame.tables = !stack_.empty() && stack_.back().document && stack_.back().key == "tables" &&
                     !stack_.back().duplicate;
    if (frame.tables) sink_.document_head(documents_, stack_.back().node);
    stack_.push_back(std::move(frame));
    return true;
  }

  bool close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    if (frame.document) {
      sink_.document(documents_++, std::move(frame.node));
      held_ -= frame.nodes;
      return true;
    }
    if (stack_.empty()) {  // a root array: its documents were handed over one by one
      if (documents_ == 0)
        sink_.syntax_problem(frame.node.line, i18n::both("the array of documents is empty"));
      return true;
    }
    Frame& parent = stack_.back();
    if (parent.tables && frame.node.kind == InputNode::Kind::object) {
      const std::size_t position = parent.items++;
      held_ -= frame.nodes;
      return sink_.table(documents_, position, std::move(frame.node));
    }
    return attach(std::move(frame.node), frame.nodes);
  }

  // A finished node goes into its parent (or, at the root, is no document).
  bool attach(InputNode node, std::uint64_t nodes) {
    if (stack_.empty()) {
      sink_.syntax_problem(node.line, i18n::both("a canonical file is one document (an object) or an array of "
                                                 "documents, not {}",
                                                 kind_words(node.kind)));
      return true;
    }
    Frame& parent = stack_.back();
    if (parent.node.kind == InputNode::Kind::array && stack_.size() == 1) {
      // An item of a root array that is not an object: no document.
      sink_.syntax_problem(node.line, i18n::both("this item of the array of documents is {}, not an object; not read",
                                                 kind_words(node.kind)));
      ++documents_;
      held_ -= nodes;
      return true;
    }
    if (parent.node.kind == InputNode::Kind::array) {
      ++parent.items;
      parent.node.items.push_back(std::move(node));
    } else if (parent.duplicate) {
      held_ -= nodes;
      return true;
    } else {
      parent.node.members.emplace_back(parent.key, std::move(node));
    }
    parent.nodes += nodes;
    return true;
  }

  const char* begin_;
  const char* end_;
  const char* read_;     // how far the lexer has read (TrackedIterator)
  const char* counted_;  // newlines counted up to here
  int line_ = 1;
  const TreeLimits& limits_;
  TreeSink& sink_;
  std::vector<Frame> stack_;
  std::size_t documents_ = 0;
  std::uint64_t held_ = 0;
};

}  // namespace

void read_json_tree(std::string_view text, const TreeLimits& limits, TreeSink& sink) {
  TreeBuilder builder(text, limits, sink);
  const char** read = builder.read_position();
  json::sax_parse(TrackedIterator(text.data(), read), TrackedIterator(text.data() + text.size(), read), &builder);
}

}  // namespace jxaudit::parse::canonical
