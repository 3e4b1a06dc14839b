#include "parse/canonical_fields.hpp"

#include <algorithm>
#include <limits>

#include "config/did_you_mean.hpp"
#include "text/normalize.hpp"

namespace jxaudit::parse::canonical {

using Kind = InputNode::Kind;

std::string kind_zh(Kind kind) {
  switch (kind) {
    case Kind::null: return "null";
    case Kind::boolean: return "布尔值";
    case Kind::number: return "数字";
    case Kind::string: return "字符串";
    case Kind::array: return "数组";
    case Kind::object: return "对象";
  }
  return "值";
}

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

void Fields::problem(const InputNode& at, std::string_view key, std::string zh, std::string en) {
  std::string path = path_ + std::string(key);
  if (!path.empty() && path.back() == '.') path.pop_back();
  context_.problems.push_back({at.line, std::move(path), std::move(zh), std::move(en)});
}

const InputNode* Fields::node(std::string_view key) {
  if (std::find(read_.begin(), read_.end(), key) == read_.end()) read_.emplace_back(key);
  return object_.find(key);
}

const InputNode* Fields::node_of(std::string_view key, Kind kind) {
  const InputNode* n = node(key);
  if (n == nullptr || n->kind == Kind::null) return nullptr;
  if (n->kind == kind) return n;
  problem(*n, key, "应为" + kind_zh(kind) + ",实为" + kind_zh(n->kind),
          std::string("expects ") + to_string(kind) + ", not " + to_string(n->kind));
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
    problem(*n, key, "数字 " + n->text + " 不是十进制写法(不可用指数、进制或 inf/nan),请写出各位数字",
            "the number " + n->text + " is not written as a decimal (no exponent, base prefix, inf or nan): write "
            "its digits");
    return std::nullopt;
  }
  std::optional<Decimal> d = Decimal::parse(n->text);
  if (!d)
    problem(*n, key, "数字 " + n->text + " 超出可精确表示的范围(多于 18 位整数)",
            "the number " + n->text + " cannot be held exactly (more than 18 integer digits)");
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
  problem(*n, key, "应为不小于 " + std::to_string(min) + " 的整数,实为 " + s,
          "expects an integer of at least " + std::to_string(min) + ", not " + s);
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
  problem(*n, key, "取值「" + n->text + "」无效,可用:" + list, "the value '" + n->text + "' is not one of " + list);
  return std::nullopt;
}

bool Fields::listed_absent(std::string_view key, const InputNode& value) {
  if (context_.absent == nullptr) return false;
  const std::string path = path_ + std::string(key);
  if (context_.absent->listed.count(path) == 0) return false;
  context_.absent->used.insert(path);
  if (value.kind != Kind::null)
    problem(value, key, "列于 absent(表中没有此单元格),却有值;按没有此单元格读取",
            "listed under absent (the table has no such cell) but holds a value; read as no cell");
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
    problem(*n, key, "应为字符串或 null,实为数字;按文字「" + n->text + "」读取",
            "expects a string or null, not a number; read as the text '" + n->text + "'");
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
    problem(*n, key, "应为数字或 null,实为字符串「" + n->text + "」;按不含数字的单元格读取",
            "expects a number or null, not the string '" + n->text + "'; read as a cell holding no number");
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
      texts.problem(*map->find(key), key, "number_text 给出了表中没有的单元格的文字",
                    "number_text gives the text of a cell the table does not have");
      continue;
    }
    set_text(*cell, *text);
  }
  texts.finish();
}

void Fields::finish() {
  for (const auto& [key, value] : object_.members) {
    if (std::find(read_.begin(), read_.end(), key) != read_.end()) continue;
    const std::string hint = config::did_you_mean(key, read_);
    std::string known;
    for (const auto& k : read_) known += (known.empty() ? "" : ", ") + k;
    problem(value, key, "未知的键「" + key + "」" + hint + ",未读取(此处可用:" + known + ")",
            "unknown key '" + key + "'" + hint + "; not read (known here: " + known + ")");
  }
}

}  // namespace jxaudit::parse::canonical
