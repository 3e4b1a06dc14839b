#include "jxaudit/options.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "sdk_messages/sdk_tr.hpp"

namespace jxaudit {

using sdk_messages::sdk_tr;
using sdk_messages::sdk_tr_fmt;

std::string ConfigError::to_string() const {
  std::string where = file;
  if (line > 0) where += fmt::format(":{}:{}", line, column);
  if (key.empty()) return fmt::format("{}: {}", where, message);
  return fmt::format("{}: {}: {}", where, key, message);
}

Options::Options(OptionNode node, std::string file) : node_(std::move(node)), file_(std::move(file)) {
  if (!node_.is_null() && !node_.is_map()) {
    errors_.push_back({file_, node_.line(), node_.column(), "options", std::string(sdk_tr("must be a map of option: value"))});
    node_ = OptionNode();
  }
}

const OptionNode* Options::lookup(std::string_view key) {
  read_.emplace_back(key);
  return node_.find(key);
}

void Options::error(const OptionNode& at, std::string_view key, std::string message) {
  errors_.push_back({file_, at.line(), at.has_position() ? at.column() : 0, std::string(key), std::move(message)});
}

bool Options::get_bool(std::string_view key, bool default_value) {
  const OptionNode* v = lookup(key);
  bool result = default_value;
  if (v) {
    if (const auto b = v->as_bool()) result = *b;
    else error(*v, key, std::string(sdk_tr("expected true or false")));
  }
  effective_.set(std::string(key), OptionNode::scalar(result ? "true" : "false"));
  return result;
}

std::int64_t Options::get_int(std::string_view key, std::int64_t default_value) {
  const OptionNode* v = lookup(key);
  std::int64_t result = default_value;
  if (v) {
    if (const auto i = v->as_int()) result = *i;
    else error(*v, key, std::string(sdk_tr("expected a whole number")));
  }
  effective_.set(std::string(key), OptionNode::scalar(std::to_string(result)));
  return result;
}

Decimal Options::get_decimal(std::string_view key, Decimal default_value) {
  const OptionNode* v = lookup(key);
  Decimal result = default_value;
  if (v) {
    if (const auto d = v->as_decimal()) result = *d;
    else error(*v, key, std::string(sdk_tr("expected a decimal number such as 0.01")));
  }
  effective_.set(std::string(key), OptionNode::scalar(result.to_string()));
  return result;
}

std::string Options::get_string(std::string_view key, std::string default_value,
                                const std::vector<std::string>& allowed) {
  const OptionNode* v = lookup(key);
  std::string result = std::move(default_value);
  if (v) {
    if (!v->is_scalar()) {
      error(*v, key, std::string(sdk_tr("expected a text value")));
    } else if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), v->text()) == allowed.end()) {
      error(*v, key, sdk_tr_fmt("'{}' is not one of: {}", v->text(), fmt::join(allowed, ", ")));
    } else {
      result = v->text();
    }
  }
  effective_.set(std::string(key), OptionNode::scalar(result));
  return result;
}

std::vector<std::string> Options::get_strings(std::string_view key, std::vector<std::string> default_value) {
  const OptionNode* v = lookup(key);
  std::vector<std::string> result = std::move(default_value);
  if (v) {
    if (!v->is_sequence()) {
      error(*v, key, std::string(sdk_tr("expected a list of text values")));
    } else {
      const auto bad = std::find_if(v->items().begin(), v->items().end(),
                                    [](const OptionNode& item) { return !item.is_scalar(); });
      if (bad != v->items().end()) error(*bad, key, std::string(sdk_tr("list items must be text values")));
      else result = *v->as_strings();
    }
  }
  effective_.set(std::string(key), OptionNode::strings(result));
  return result;
}

OptionNode Options::get_node(std::string_view key, OptionNode default_value) {
  const OptionNode* v = lookup(key);
  OptionNode result = v ? *v : std::move(default_value);
  if (!result.is_null()) effective_.set(std::string(key), result);
  return result;
}

std::vector<std::string> Options::unread_keys() const {
  std::vector<std::string> unread;
  for (const auto& e : node_.entries()) {
    const std::string& k = e.key.text();
    if (std::find(read_.begin(), read_.end(), k) == read_.end()) unread.push_back(k);
  }
  return unread;
}

ConfigError Options::position_of(std::string_view key) const {
  ConfigError e{file_, 0, 0, std::string(key), ""};
  // The last entry with the key, as before (the guarded loader refuses a key given twice).
  for (const auto& entry : node_.entries()) {
    if (entry.key.text() == key) {
      e.line = entry.key.line();
      e.column = entry.key.column();
    }
  }
  return e;
}

}  // namespace jxaudit
