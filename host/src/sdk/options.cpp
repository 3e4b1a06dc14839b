#include "jxaudit/options.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace jxaudit {

std::string ConfigError::to_string() const {
  std::string where = file;
  if (line > 0) where += fmt::format(":{}:{}", line, column);
  if (key.empty()) return fmt::format("{}: {}", where, message);
  return fmt::format("{}: {}: {}", where, key, message);
}

Options::Options(YAML::Node node, std::string file) : node_(std::move(node)), file_(std::move(file)) {
  effective_ = YAML::Node(YAML::NodeType::Map);
  if (node_ && !node_.IsNull() && !node_.IsMap()) {
    errors_.push_back({file_, node_.Mark().line + 1, node_.Mark().column + 1, "options",
                       "must be a map of option: value"});
    node_ = YAML::Node();
  }
}

YAML::Node Options::lookup(std::string_view key) {
  read_.emplace_back(key);
  // An absent key is an Undefined node (a default-constructed Node is Null,
  // which tests true).
  if (!node_ || !node_.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (it->first.Scalar() == key) return it->second;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

void Options::error(const YAML::Node& at, std::string_view key, std::string message) {
  int line = 0;
  int column = 0;
  if (at && !at.Mark().is_null()) {
    line = at.Mark().line + 1;
    column = at.Mark().column + 1;
  }
  errors_.push_back({file_, line, column, std::string(key), std::move(message)});
}

bool Options::get_bool(std::string_view key, bool default_value) {
  YAML::Node v = lookup(key);
  bool result = default_value;
  if (v.IsDefined()) {
    if (!v.IsScalar() || (v.Scalar() != "true" && v.Scalar() != "false")) {
      error(v, key, "expected true or false");
    } else {
      result = v.Scalar() == "true";
    }
  }
  effective_[std::string(key)] = result;
  return result;
}

std::int64_t Options::get_int(std::string_view key, std::int64_t default_value) {
  YAML::Node v = lookup(key);
  std::int64_t result = default_value;
  if (v.IsDefined()) {
    auto d = v.IsScalar() ? Decimal::parse(v.Scalar()) : std::nullopt;
    if (!d || d->normalized().scale() != 0) {
      error(v, key, "expected a whole number");
    } else {
      result = d->normalized().mantissa();
    }
  }
  effective_[std::string(key)] = result;
  return result;
}

Decimal Options::get_decimal(std::string_view key, Decimal default_value) {
  YAML::Node v = lookup(key);
  Decimal result = default_value;
  if (v.IsDefined()) {
    auto d = v.IsScalar() ? Decimal::parse(v.Scalar()) : std::nullopt;
    if (!d) {
      error(v, key, "expected a decimal number such as 0.01");
    } else {
      result = *d;
    }
  }
  effective_[std::string(key)] = result.to_string();
  return result;
}

std::string Options::get_string(std::string_view key, std::string default_value,
                                const std::vector<std::string>& allowed) {
  YAML::Node v = lookup(key);
  std::string result = std::move(default_value);
  if (v.IsDefined()) {
    if (!v.IsScalar()) {
      error(v, key, "expected a text value");
    } else if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), v.Scalar()) == allowed.end()) {
      error(v, key, fmt::format("'{}' is not one of: {}", v.Scalar(), fmt::join(allowed, ", ")));
    } else {
      result = v.Scalar();
    }
  }
  effective_[std::string(key)] = result;
  return result;
}

std::vector<std::string> Options::get_strings(std::string_view key, std::vector<std::string> default_value) {
  YAML::Node v = lookup(key);
  std::vector<std::string> result = std::move(default_value);
  if (v.IsDefined()) {
    if (!v.IsSequence()) {
      error(v, key, "expected a list of text values");
    } else {
      std::vector<std::string> read;
      bool ok = true;
      for (const auto& item : v) {
        if (!item.IsScalar()) {
          error(item, key, "list items must be text values");
          ok = false;
          break;
        }
        read.push_back(item.Scalar());
      }
      if (ok) result = std::move(read);
    }
  }
  YAML::Node list(YAML::NodeType::Sequence);
  for (const auto& s : result) list.push_back(s);
  effective_[std::string(key)] = list;
  return result;
}

YAML::Node Options::get_node(std::string_view key, YAML::Node default_value) {
  YAML::Node v = lookup(key);
  YAML::Node result = v.IsDefined() ? v : default_value;
  if (result.IsDefined() && !result.IsNull()) effective_[std::string(key)] = YAML::Clone(result);
  return result;
}

std::vector<std::string> Options::unread_keys() const {
  std::vector<std::string> unread;
  if (!node_ || !node_.IsMap()) return unread;
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    const std::string& k = it->first.Scalar();
    if (std::find(read_.begin(), read_.end(), k) == read_.end()) unread.push_back(k);
  }
  return unread;
}

ConfigError Options::position_of(std::string_view key) const {
  ConfigError e{file_, 0, 0, std::string(key), ""};
  if (!node_ || !node_.IsMap()) return e;
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (it->first.Scalar() == key) {
      e.line = it->first.Mark().line + 1;
      e.column = it->first.Mark().column + 1;
    }
  }
  return e;
}

}  // namespace jxaudit
