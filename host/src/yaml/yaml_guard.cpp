#include "yaml/yaml_guard.hpp"

#include <exception>
#include <istream>
#include <map>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include "sdk_messages/sdk_tr.hpp"

namespace jxaudit::yaml_guard {
namespace {

using sdk_messages::sdk_tr;
using sdk_messages::sdk_tr_fmt;

// Thrown by the handler to stop the parse once a limit is passed.
struct Stop : std::exception {};

struct Anchor {
  std::string name;
  bool complete = false;  // false while its own content is being read
  std::size_t nodes = 0;  // its node count, aliases inside it expanded
  std::size_t bytes = 0;
  std::optional<std::string> scalar;  // its text when it is a scalar (an alias used as a key)
};

struct Frame {
  bool map = false;
  YAML::Mark mark;
  YAML::anchor_t anchor = 0;
  std::size_t nodes_before = 0;
  std::size_t bytes_before = 0;
  std::size_t children = 0;   // map: keys and values so far
  std::string segment;        // how the parent names this node: "report", "[2]"
  std::string current_key;    // map: the key whose value comes next ("?" for a complex key)
  std::unordered_map<std::string, YAML::Mark> keys;  // map: each scalar key, where it first was
};

std::size_t saturating_add(std::size_t a, std::size_t b) { return a > SIZE_MAX - b ? SIZE_MAX : a + b; }

class Guard : public YAML::EventHandler {
 public:
  Guard(const std::string& origin, const YamlLimits& limits, std::vector<ConfigError>& errors)
      : origin_(origin), limits_(limits), errors_(errors) {}

  bool found() const { return found_; }
  bool over_budget() const { return over_budget_; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_name_ = name; }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor, std::string("~")); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    leaf(mark, anchor, value);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end() || !it->second.complete)
      fatal(mark, "", sdk_tr_fmt("alias *{} is used inside the node it names (the tree would be cyclic)",
                                  it == anchors_.end() ? std::string("?") : it->second.name));
    if (!first_alias_) first_alias_ = mark;
    count(mark, it->second.nodes, it->second.bytes);
    child_done(mark, it->second.scalar);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, false);
  }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor, true);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapEnd() override { close(); }

 private:
  void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, const std::string& text) {
    count(mark, 1, text.size());
    if (anchor != 0) anchors_[anchor] = Anchor{anchor_name_, true, 1, text.size(), text};
    child_done(mark, text);
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool map) {
    Frame frame;
    frame.map = map;
    frame.mark = mark;
    frame.anchor = anchor;
    frame.nodes_before = nodes_;
    frame.bytes_before = bytes_;
    frame.segment = child_segment();
    if (anchor != 0) anchors_[anchor] = Anchor{anchor_name_, false, 0, 0, std::nullopt};
    count(mark, 1, 0);
    if (stack_.size() >= limits_.max_depth)
      fatal(mark, path(""), sdk_tr_fmt("maps and lists nest deeper than {} levels", limits_.max_depth));
    stack_.push_back(std::move(frame));
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    if (frame.anchor != 0) {
      Anchor& a = anchors_[frame.anchor];
      a.complete = true;
      a.nodes = nodes_ - frame.nodes_before;
      a.bytes = bytes_ - frame.bytes_before;
    }
    child_done(frame.mark, std::nullopt);  // a map or list used as a key is not compared
  }

  // A node ended; when it was a key of a map, check it against the others.
  void child_done(const YAML::Mark& mark, const std::optional<std::string>& key) {
    if (stack_.empty()) return;
    Frame& parent = stack_.back();
    if (parent.map && parent.children % 2 == 0) {
      parent.current_key = key.value_or("?");
      if (key) {
        const auto [it, inserted] = parent.keys.emplace(*key, mark);
        if (!inserted) duplicate(it->second, mark, *key);
      }
    }
    ++parent.children;
  }

  std::string child_segment() const {
    if (stack_.empty()) return {};
    const Frame& parent = stack_.back();
    if (!parent.map) return fmt::format("[{}]", parent.children);
    return parent.children % 2 == 0 ? std::string("?") : parent.current_key;
  }

  // "report.fail-on", "rules.x", "a[2].b": the open frames, then `last`.
  std::string path(const std::string& last) const {
    std::string out;
    auto append = [&out](const std::string& segment) {
      if (segment.empty()) return;
      if (!out.empty() && segment.front() != '[') out += '.';
      out += segment;
    };
    for (const auto& frame : stack_) append(frame.segment);
    append(last);
    return out;
  }

  std::string where(const YAML::Mark& mark) const {
    return fmt::format("{}:{}:{}", origin_, mark.line + 1, mark.column + 1);
  }

  ConfigError error(const YAML::Mark& mark, std::string key, std::string message) const {
    ConfigError e{origin_, 0, 0, std::move(key), std::move(message)};
    if (!mark.is_null()) {
      e.line = mark.line + 1;
      e.column = mark.column + 1;
    }
    return e;
  }

  void duplicate(const YAML::Mark& first, const YAML::Mark& again, const std::string& key) {
    found_ = true;
    errors_.push_back(error(again, path(key),
                            sdk_tr_fmt("duplicate key '{}': first at {}, again at {}", key, where(first), where(again))));
  }

  void count(const YAML::Mark& mark, std::size_t nodes, std::size_t bytes) {
    nodes_ = saturating_add(nodes_, nodes);
    bytes_ = saturating_add(bytes_, bytes);
    const bool too_many = nodes_ > limits_.max_nodes;
    if (!too_many && bytes_ <= limits_.max_scalar_bytes) return;
    const std::string limit = too_many ? sdk_tr_fmt("{} nodes", limits_.max_nodes)
                                       : sdk_tr_fmt("{} bytes of text", limits_.max_scalar_bytes);
    over_budget_ = true;
    // Blame the first alias: that is where expansion starts.
    const YAML::Mark at = first_alias_ ? *first_alias_ : mark;
    fatal(at, "", first_alias_ ? sdk_tr_fmt("the YAML is too large once aliases are expanded: more than {} (an "
                                            "alias counts every time it is used, the first alias is here; the "
                                            "limit is passed at {})",
                                            limit, where(mark))
                               : sdk_tr_fmt("the YAML is too large once aliases are expanded: more than {} (an "
                                            "alias counts every time it is used; the limit is passed at {})",
                                            limit, where(mark)));
  }

  [[noreturn]] void fatal(const YAML::Mark& mark, std::string key, std::string message) {
    found_ = true;
    errors_.push_back(error(mark, std::move(key), std::move(message)));
    throw Stop{};
  }

  const std::string& origin_;
  const YamlLimits& limits_;
  std::vector<ConfigError>& errors_;
  bool found_ = false;
  bool over_budget_ = false;
  std::size_t nodes_ = 0;
  std::size_t bytes_ = 0;
  std::optional<YAML::Mark> first_alias_;
  std::string anchor_name_;
  std::map<YAML::anchor_t, Anchor> anchors_;
  std::vector<Frame> stack_;
};

}  // namespace

ConfigError syntax_error(const std::string& origin, const YAML::Exception& e) {
  ConfigError err{origin, 0, 0, "", sdk_tr_fmt("YAML syntax error: {}", sdk_messages::yaml_cpp_message(e.msg))};
  if (!e.mark.is_null()) {
    err.line = e.mark.line + 1;
    err.column = e.mark.column + 1;
  }
  return err;
}

bool check(std::string_view text, const std::string& origin, const YamlLimits& limits,
           std::vector<ConfigError>& errors, bool all_documents, bool* over_budget) {
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  Guard guard(origin, limits, errors);
  try {
    YAML::Parser parser(in);
    // The first document, as YAML::Load reads; or all of them, as YAML::LoadAll does.
    while (parser.HandleNextDocument(guard) && all_documents) {
    }
  } catch (const Stop&) {
    if (over_budget) *over_budget = guard.over_budget();
    return false;
  } catch (const YAML::DeepRecursion& e) {
    errors.push_back({origin, e.mark.line + 1, e.mark.column + 1, "", std::string(sdk_tr("maps and lists nest too deeply"))});
    return false;
  } catch (const YAML::Exception& e) {
    errors.push_back(syntax_error(origin, e));
    return false;
  }
  return !guard.found();
}

}  // namespace jxaudit::yaml_guard
