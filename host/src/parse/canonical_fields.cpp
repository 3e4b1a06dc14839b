#include "parse/canonical_fields.hpp"

#include <algorithm>
#include <limits>

#include "config/did_you_mean.hpp"
#include "text/normalize.hpp"

namespace jxaudit::parse::canonical {

using Kind = InputNode::Kind;

namespace {

// The text of a string as a cell keeps it (Cell::raw) and matches it (Cell::text).
void set_text(Cell& cell, const std::string& value) {
  cell.raw = value;
  cell.text = text::is_normalized(value) ? value : text::normalize(value);
}

// Digits with at most one decimal point and a sign: what the writer writes.
// An exponent (1e5), a base (0x1F, YAML) or inf/nan is no decimal text, and
// a number is never taken through a double.
bool plain_decimal(std::string_view s) {
  std::size_t i = s.empty() || (s[0] != '-' && s[0] != '+') ? 0 : 1;
  bool digit = false, point = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') digit = true;
    else if (s[i] == '.' && !point) point = true;
    else return false;
  }
  return digit;
}

}  // namespace

Fields::Fields(const InputNode& object, std::string path, ReadContext& context)
    : object_(object), path_(std::move(path)), context_(context) {}

void Fields::problem(const InputNode& at, std::string_view key, i18n::Bilingual message) {
  std::string path = path_ + std::string(key);
  if (!path.empty() && path.back() == '.') path.pop_back();
  context_.problems.push_back({at.line, std::move(path), std::move(message)});
}

const InputNode* Fields::node(std::string_view key) {
  if (std::find(read_.begin(), read_.end(), key) == read_.end()) read_.emplace_back(key);
  return object_.find(key);
}

const InputNode* Fields::node_of(std::string_view key, Kind kind) {
  const InputNode* n = node(key);
  if (n == nullptr || n->kind == Kind::null) return nullptr;
  if (n->kind == kind) return n;
  problem(*n, key, i18n::both("expects {}, not {}", kind_words(kind), kind_words(n->kind)));
  return nullptr;
}

std::optional<std::string> Fields::string(std::string_view key) {
  const InputNode* n = node_of(key, Kind::string);
  return n ? std::optional<std::string>(n->text) : std::nullopt;
}

std::optional<bool> Fields::boolean(std::string_view key) {
  const InputNode* n = node_of(key, Kind::boolean);
  return n ? std::optional<bool>(n->text == "true" || n->text == "True" || n->text == "TRUE") : std::nullopt;
}

std::optional<Decimal> Fields::decimal(std::string_view key) {
  const InputNode* n = node_of(key, Kind::number);
  if (n == nullptr) return std::nullopt;
  if (!plain_decimal(n->text)) {
    problem(*n, key,
            i18n::both("the number {} is not written as a decimal (no exponent, base prefix, inf or nan): write its "
                       "digits",
                       n->text));
    return std::nullopt;
  }
  std::optional<Decimal> d = Decimal::parse(n->text);
  if (!d)
    problem(*n, key, i18n::both("the number {} cannot be held exactly (more than 18 integer digits)", n->text));
  return d;
}

std::optional<long long> Fields::integer(std::string_view key, long long min) {
  const InputNode* n = node_of(key, Kind::number);
  if (n == nullptr) return std::nullopt;
  const std::string& s = n->text;
  const bool digits = !s.empty() && s.size() <= 12 && std::all_of(s.begin() + (s[0] == '-' ? 1 : 0), s.end(), [](char c) {
    return c >= '0' && c <= '9';
  }) && s != "-";
  // At most 12 digits: stoll cannot overflow; an int holds every line and index.
  const long long value = digits ? std::stoll(s) : min - 1;
  if (value >= min && value <= std::numeric_limits<int>::max()) return value;
  problem(*n, key, i18n::both("expects an integer of at least {}, not {}", min, s));
  return std::nullopt;
}

int Fields::line(std::string_view key) {
  const std::optional<long long> v = integer(key, 1);
  return v ? static_cast<int>(*v) : 0;
}

std::optional<std::string> Fields::choice(std::string_view key, std::initializer_list<const char*> allowed) {
  const InputNode* n = node_of(key, Kind::string);
  if (n == nullptr) return std::nullopt;
  std::string list;
  for (const char* a : allowed) {
    if (n->text == a) return n->text;
    list += (list.empty() ? "" : ", ") + std::string(a);
  }
  problem(*n, key, i18n::both("the value '{}' is not one of {}", n->text, list));
  return std::nullopt;
}

bool Fields::listed_absent(std::string_view key, const InputNode& value) {
  if (context_.absent == nullptr) return false;
  const std::string path = path_ + std::string(key);
  if (context_.absent->listed.count(path) == 0) return false;
  context_.absent->used.insert(path);
  if (value.kind != Kind::null)
    problem(value, key, i18n::both("listed under absent (the table has no such cell) but holds a value; read as no cell"));
  return true;
}

void Fields::text_cell(std::string_view key, Cell& cell, int line) {
  const InputNode* n = node(key);
  if (n == nullptr || listed_absent(key, *n)) return;
  if (n->kind == Kind::array || n->kind == Kind::object || n->kind == Kind::boolean) {
    node_of(key, Kind::string);  // the problem
    return;
  }
  cell.at = SourceRef{context_.file, line, -1, ""};
  if (n->kind == Kind::number) {
    problem(*n, key, i18n::both("expects a string or null, not a number; read as the text '{}'", n->text));
    set_text(cell, n->text);
  } else if (n->kind == Kind::string) {
    set_text(cell, n->text);
  }
}

void Fields::number_cell(std::string_view key, Cell& cell, int line) {
  const InputNode* n = node(key);
  if (n == nullptr || listed_absent(key, *n)) return;
  if (n->kind == Kind::array || n->kind == Kind::object || n->kind == Kind::boolean) {
    node_of(key, Kind::number);  // the problem
    return;
  }
  cell.at = SourceRef{context_.file, line, -1, ""};
  if (n->kind == Kind::string) {
    // Kept as the cell's text, as the parser keeps a cell that holds no number.
    problem(*n, key,
            i18n::both("expects a number or null, not the string '{}'; read as a cell holding no number", n->text));
    set_text(cell, n->text);
    return;
  }
  if (n->kind != Kind::number) return;  // null: a blank cell
  if (!plain_decimal(n->text)) {
    decimal(key);  // the problem
    set_text(cell, n->text);
    return;
  }
  cell.number = Decimal::parse(n->text);
  // A number with more than 18 integer digits is a cell whose text says a
  // number too large to hold, as the parser reads it (the checks report it).
  cell.text = cell.number ? cell.number->to_string() : n->text;
  cell.raw = cell.text;
}

void Fields::number_texts(std::initializer_list<std::pair<const char*, Cell*>> cells) {
  const InputNode* map = node_of("number_text", Kind::object);
  if (map == nullptr) return;
  Fields texts(*map, path_ + "number_text.", context_);
  for (const auto& [key, cell] : cells) {
    const std::optional<std::string> text = texts.string(key);
    if (!text) continue;
    if (cell->at.line <= 0 && !cell->number) {
      texts.problem(*map->find(key), key, i18n::both("number_text gives the text of a cell the table does not have"));
      continue;
    }
    set_text(*cell, *text);
  }
  texts.finish();
}

void Fields::finish() {
  for (const auto& [key, value] : object_.members) {
    if (std::find(read_.begin(), read_.end(), key) != read_.end()) continue;
    // The suggestion in each language (config::did_you_mean says it in the user's only).
    const std::string best = config::closest(key, read_);
    const i18n::Bilingual hint = best.empty() ? i18n::Bilingual{} : i18n::both(" (did you mean '{}'?)", best);
    std::string known;
    for (const auto& k : read_) known += (known.empty() ? "" : ", ") + k;
    problem(value, key, i18n::both("unknown key '{}'{}; not read (known here: {})", key, hint, known));
  }
}

}  // namespace jxaudit::parse::canonical
