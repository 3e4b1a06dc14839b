#include "field_compare.hpp"

#include <algorithm>

#include "text/normalize.hpp"

namespace jxaudit::parse::testing::real {
namespace {

constexpr const char* kAbsent = "<absent>";

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string level_key(const std::string& text) {
  std::string key = text::label_key(text::normalize(text));
  for (std::string_view suffix : {"等", "指标"})
    if (ends_with(key, suffix)) key.erase(key.size() - suffix.size());
  return key;
}

std::string name_key(const Record& r) {
  const auto it = r.find("name");
  return it == r.end() ? std::string() : text::label_key(text::normalize(it->second.text));
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

std::string display(const std::string& key, const FieldValue* v) {
  if (!v) return kAbsent;
  return numeric_key(key) && v->number ? v->text : quoted(v->text);
}

const FieldValue* find(const Record* r, const std::string& key) {
  if (!r) return nullptr;
  const auto it = r->find(key);
  return it == r->end() ? nullptr : &it->second;
}

class Collector {
 public:
  explicit Collector(std::vector<FieldResult>& out) : out_(out) {}

  void field(const std::string& path, const std::string& key, const FieldValue* e, const FieldValue* p) {
    if (!e && !p) return;
    const Outcome o = !e                        ? Outcome::extra
                      : !p                      ? Outcome::missing
                      : same_value(key, *e, *p) ? Outcome::right
                                                : Outcome::wrong;
    out_.push_back({path, o, display(key, e), display(key, p)});
  }

  void record(const std::string& prefix, const std::vector<std::string>& keys, const Record* e, const Record* p) {
    for (const auto& key : keys) field(prefix + key, key, find(e, key), find(p, key));
  }

  // A count both sides always have (number of tables, of indicators).
  void count(const std::string& path, std::size_t expected, std::size_t got) {
    out_.push_back(
        {path, expected == got ? Outcome::right : Outcome::wrong, std::to_string(expected), std::to_string(got)});
  }
  void push(FieldResult r) { out_.push_back(std::move(r)); }

 private:
  std::vector<FieldResult>& out_;
};

std::string row_label(const std::string& kind, std::size_t occurrence) {
  return "funds.rows[" + kind + (occurrence == 0 ? "" : "#" + std::to_string(occurrence + 1)) + "].";
}

void compare_fund_rows(const std::string& prefix, const TableFields* e, const TableFields* p, Collector& c) {
  const std::vector<FundsRowFields> none;
  const auto& erows = e ? e->fund_rows : none;
  const auto& prows = p ? p->fund_rows : none;
  std::vector<bool> used(prows.size(), false);
  auto occurrence = [](const std::vector<FundsRowFields>& rows, std::size_t i) {
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(i),
                                                  [&](const FundsRowFields& r) { return r.kind == rows[i].kind; }));
  };
  for (std::size_t i = 0; i < erows.size(); ++i) {
    const std::size_t n = occurrence(erows, i);
    const FundsRowFields* match = nullptr;
    for (std::size_t j = 0, seen = 0; j < prows.size() && !match; ++j) {
      if (prows[j].kind != erows[i].kind) continue;
      if (seen++ == n) {
        match = &prows[j];
        used[j] = true;
      }
    }
    const std::string at = prefix + row_label(erows[i].kind, n);
    const FieldValue kind{erows[i].kind, std::nullopt};
    c.field(at + "kind", "kind", &kind, match ? &kind : nullptr);
    c.record(at, funds_row_keys(), &erows[i].amounts, match ? &match->amounts : nullptr);
  }
  for (std::size_t j = 0; j < prows.size(); ++j) {
    if (used[j]) continue;
    const std::string at = prefix + row_label(prows[j].kind, occurrence(prows, j));
    const FieldValue kind{prows[j].kind, std::nullopt};
    c.field(at + "kind", "kind", nullptr, &kind);
    c.record(at, funds_row_keys(), nullptr, &prows[j].amounts);
  }
}

void compare_indicators(const std::string& prefix, const TableFields* e, const TableFields* p, Collector& c) {
  const std::vector<Record> none;
  const auto& eind = e ? e->indicators : none;
  const auto& pind = p ? p->indicators : none;
  if (e && p)
    c.count(prefix + "indicators.count", eind.size(), pind.size());
  else if (e)
    c.push({prefix + "indicators.count", Outcome::missing, std::to_string(eind.size()), kAbsent});
  for (const Pairing& pair : align_indicators(eind, pind)) {
    const std::string at = pair.expected >= 0 ? prefix + "indicators[" + std::to_string(pair.expected) + "]."
                                              : prefix + "indicators[got#" + std::to_string(pair.parsed) + "].";
    const Record* er = pair.expected >= 0 ? &eind[static_cast<std::size_t>(pair.expected)] : nullptr;
    const Record* pr = pair.parsed >= 0 ? &pind[static_cast<std::size_t>(pair.parsed)] : nullptr;
    c.record(at, indicator_keys(), er, pr);
  }
}

// `e` or `p` may be null: a table the parse did not find, or one expected/ does not have.
void compare_table(const std::string& prefix, const TableFields* e, const TableFields* p, Collector& c) {
  c.record(prefix + "project.", project_keys(), e ? &e->project : nullptr, p ? &p->project : nullptr);
  c.record(prefix + "funds.", funds_keys(), e && e->has_funds ? &e->funds : nullptr,
           p && p->has_funds ? &p->funds : nullptr);
  compare_fund_rows(prefix, e, p, c);
  compare_indicators(prefix, e, p, c);
  c.record(prefix + "total.", total_keys(), e ? &e->total : nullptr, p ? &p->total : nullptr);
}

std::size_t right_fields(const TableFields& e, const TableFields& p) {
  std::vector<FieldResult> results;
  Collector c(results);
  compare_table("", &e, &p, c);
  return count(results).right;
}

}  // namespace

Counts& Counts::operator+=(const Counts& o) {
  printed += o.printed;
  right += o.right;
  wrong += o.wrong;
  missing += o.missing;
  extra += o.extra;
  return *this;
}

Counts count(const std::vector<FieldResult>& results) {
  Counts n;
  for (const auto& r : results) {
    switch (r.outcome) {
      case Outcome::right:
        ++n.right;
        break;
      case Outcome::wrong:
        ++n.wrong;
        break;
      case Outcome::missing:
        ++n.missing;
        break;
      case Outcome::extra:
        ++n.extra;
        break;
    }
  }
  n.printed = n.right + n.wrong + n.missing;
  return n;
}

bool same_value(const std::string& key, const FieldValue& e, const FieldValue& p) {
  if (numeric_key(key) && e.number && p.number) return *e.number == *p.number;
  if (key == "level1" || key == "level2") return level_key(e.text) == level_key(p.text);
  return text::normalize(e.text) == text::normalize(p.text);
}

std::vector<Pairing> align_indicators(const std::vector<Record>& expected, const std::vector<Record>& parsed) {
  const std::size_t ne = expected.size(), np = parsed.size();
  std::vector<std::string> ek(ne), pk(np);
  for (std::size_t i = 0; i < ne; ++i) ek[i] = name_key(expected[i]);
  for (std::size_t j = 0; j < np; ++j) pk[j] = name_key(parsed[j]);
  auto matches = [&](std::size_t i, std::size_t j) { return !ek[i].empty() && ek[i] == pk[j]; };
  // lcs[i][j]: longest common subsequence of expected[i..] and parsed[j..].
  std::vector<std::vector<std::size_t>> lcs(ne + 1, std::vector<std::size_t>(np + 1, 0));
  for (std::size_t i = ne; i-- > 0;)
    for (std::size_t j = np; j-- > 0;)
      lcs[i][j] = matches(i, j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);

  std::vector<Pairing> out;
  std::size_t gi = 0, gj = 0;  // start of the current gap
  auto close_gap = [&](std::size_t ei, std::size_t pj) {
    for (; gi < ei && gj < pj; ++gi, ++gj) out.push_back({static_cast<int>(gi), static_cast<int>(gj)});
    for (; gi < ei; ++gi) out.push_back({static_cast<int>(gi), -1});
    for (; gj < pj; ++gj) out.push_back({-1, static_cast<int>(gj)});
  };
  for (std::size_t i = 0, j = 0; i < ne && j < np;) {
    if (matches(i, j) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
      close_gap(i, j);
      out.push_back({static_cast<int>(i), static_cast<int>(j)});
      gi = ++i;
      gj = ++j;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  close_gap(ne, np);
  return out;
}

std::vector<FieldResult> compare_tables(const std::vector<TableFields>& expected,
                                        const std::vector<TableFields>& parsed) {
  std::vector<FieldResult> results;
  Collector c(results);
  c.count("tables", expected.size(), parsed.size());
  const bool several = expected.size() > 1;
  std::vector<bool> used(parsed.size(), false);
  std::size_t next = 0;  // tables keep their order: a match is searched after the previous one
  for (std::size_t i = 0; i < expected.size(); ++i) {
    std::size_t best = parsed.size(), best_right = 0;
    for (std::size_t j = next; j < parsed.size(); ++j) {
      const std::size_t right = right_fields(expected[i], parsed[j]);
      if (best == parsed.size() || right > best_right) {
        best = j;
        best_right = right;
      }
    }
    const std::string prefix = several ? "tables[" + std::to_string(i) + "]." : "";
    if (best < parsed.size()) {
      used[best] = true;
      next = best + 1;
      compare_table(prefix, &expected[i], &parsed[best], c);
    } else {
      compare_table(prefix, &expected[i], nullptr, c);
    }
  }
  for (std::size_t j = 0; j < parsed.size(); ++j)
    if (!used[j]) compare_table("tables[got#" + std::to_string(j) + "].", nullptr, &parsed[j], c);
  return results;
}

}  // namespace jxaudit::parse::testing::real
