#include "jxaudit/option_node.hpp"

#include <utility>

namespace jxaudit {

OptionNode OptionNode::null_at(int line, int column) {
  OptionNode n;
  n.line_ = line;
  n.column_ = column;
  return n;
}

OptionNode OptionNode::scalar(std::string text, int line, int column) {
  OptionNode n = null_at(line, column);
  n.kind_ = Kind::scalar;
  n.text_ = std::move(text);
  return n;
}

OptionNode OptionNode::sequence(std::vector<OptionNode> items, int line, int column) {
  OptionNode n = null_at(line, column);
  n.kind_ = Kind::sequence;
  n.items_ = std::move(items);
  return n;
}

OptionNode OptionNode::map(std::vector<OptionEntry> entries, int line, int column) {
  OptionNode n = null_at(line, column);
  n.kind_ = Kind::map;
  n.entries_ = std::move(entries);
  return n;
}

OptionNode OptionNode::strings(const std::vector<std::string>& texts) {
  OptionNode n = sequence();
  for (const auto& t : texts) n.items_.push_back(scalar(t));
  return n;
}

std::size_t OptionNode::size() const {
  if (kind_ == Kind::sequence) return items_.size();
  if (kind_ == Kind::map) return entries_.size();
  return 0;
}

const OptionEntry* OptionNode::find_entry(std::string_view key) const {
  // The first entry, as a map lookup in yaml-cpp finds it (the guarded loader
  // refuses a key given twice, so for loaded files there is only one).
  for (const auto& e : entries_)
    if (e.key.is_scalar() && e.key.text() == key) return &e;
  return nullptr;
}

const OptionNode* OptionNode::find(std::string_view key) const {
  const OptionEntry* e = find_entry(key);
  return e ? &e->value : nullptr;
}

const OptionNode& OptionNode::operator[](std::string_view key) const {
  static const OptionNode kAbsent;
  const OptionNode* v = find(key);
  return v ? *v : kAbsent;
}

std::optional<std::string> OptionNode::as_string() const {
  if (!is_scalar()) return std::nullopt;
  return text_;
}

std::optional<bool> OptionNode::as_bool() const {
  if (is_scalar() && text_ == "true") return true;
  if (is_scalar() && text_ == "false") return false;
  return std::nullopt;
}

std::optional<std::int64_t> OptionNode::as_int() const {
  const std::optional<Decimal> d = as_decimal();
  if (!d || d->normalized().scale() != 0) return std::nullopt;
  return d->normalized().mantissa();
}

std::optional<Decimal> OptionNode::as_decimal() const {
  if (!is_scalar()) return std::nullopt;
  return Decimal::parse(text_);
}

std::optional<std::vector<std::string>> OptionNode::as_strings() const {
  if (!is_sequence()) return std::nullopt;
  std::vector<std::string> out;
  for (const auto& item : items_) {
    if (!item.is_scalar()) return std::nullopt;
    out.push_back(item.text_);
  }
  return out;
}

OptionNode& OptionNode::push_back(OptionNode item) {
  if (kind_ == Kind::null) kind_ = Kind::sequence;
  items_.push_back(std::move(item));
  return *this;
}

OptionNode& OptionNode::set(std::string key, OptionNode value) {
  if (kind_ == Kind::null) kind_ = Kind::map;
  for (auto& e : entries_) {
    if (e.key.is_scalar() && e.key.text() == key) {
      e.value = std::move(value);
      return *this;
    }
  }
  entries_.push_back({scalar(std::move(key)), std::move(value)});
  return *this;
}

bool OptionNode::operator==(const OptionNode& other) const {
  return kind_ == other.kind_ && text_ == other.text_ && items_ == other.items_ && entries_ == other.entries_;
}

}  // namespace jxaudit
