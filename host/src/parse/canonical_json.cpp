#include "parse/canonical_json.hpp"

#include <initializer_list>

#include <yaml-cpp/yaml.h>

#include "parse/template_families.hpp"

namespace jxaudit::parse {

Value Value::string(std::string s) {
  Value v;
  v.kind = Kind::string;
  v.text = std::move(s);
  return v;
}
Value Value::number(std::string decimal_text) {
  Value v;
  v.kind = Kind::number;
  v.text = std::move(decimal_text);
  return v;
}
Value Value::boolean(bool b) {
  Value v;
  v.kind = Kind::boolean;
  v.text = b ? "true" : "false";
  return v;
}
Value& Value::add(std::string key, Value v) {
  members.emplace_back(std::move(key), std::move(v));
  return members.back().second;
}
Value& Value::push(Value v) {
  items.push_back(std::move(v));
  return items.back();
}

namespace {

Value decimal_of(const std::optional<Decimal>& d) { return d ? Value::number(d->to_string()) : Value::null(); }
Value line_of(int line) { return line > 0 ? Value::number(std::to_string(line)) : Value::null(); }

// Cells whose key the form writes as null although the table has no such
// cell at all (line 0: a column the template lacks, a row cut short) are
// listed by path under the table's `absent`, so a reader can tell them from
// a blank cell: some checks ask whether a column exists.
class TableWriter {
 public:
  explicit TableWriter(const Table& t) : t_(t) {}
  Value tree();

 private:
  static bool absent(const Cell& c) { return c.at.line <= 0 && c.text.empty() && !c.number; }
  Value text_of(const Cell& c, const std::string& path) {
    if (absent(c)) absent_.push_back(path);
    return c.text.empty() ? Value::null() : Value::string(c.text);
  }
  // A number cell: its Decimal text, or null; what else the cell says goes
  // to the entity's `number_text` (below).
  Value number_of(const Cell& c, const std::string& path) {
    if (absent(c)) absent_.push_back(path);
    return c.number ? Value::number(c.number->to_string()) : Value::null();
  }
  // The text of number cells that is not the number as written ("—", "/",
  // "10分", a number too long to hold), by field: checks quote it.
  static void add_number_texts(Value& out, std::initializer_list<std::pair<const char*, const Cell*>> cells) {
    Value texts = Value::object();
    for (const auto& [field, cell] : cells) {
      const bool differs = cell->number ? cell->text != cell->number->to_string() : !cell->text.empty();
      if (differs) texts.add(field, Value::string(cell->text));
    }
    if (!texts.members.empty()) out.add("number_text", std::move(texts));
  }
  Value funds_tree(const Funds& f);
  Value indicator_tree(const Indicator& i, const std::string& path);

  const Table& t_;
  std::vector<std::string> absent_;
};

Value TableWriter::funds_tree(const Funds& f) {
  Value out = Value::object();
  out.add("unit", f.unit.empty() ? Value::null() : Value::string(f.unit));
  // The total row's points, rate and score again, for readers that want the block's result only.
  const FundsRow* total = f.total();
  out.add("points", total && total->points.number ? decimal_of(total->points.number) : Value::null());
  out.add("execution_rate", total && total->execution_rate.number ? decimal_of(total->execution_rate.number) : Value::null());
  out.add("score", total && total->score.number ? decimal_of(total->score.number) : Value::null());
  out.add("line", line_of(f.line));
  Value& rows = out.add("rows", Value::array());
  for (std::size_t k = 0; k < f.rows.size(); ++k) {
    const FundsRow& r = f.rows[k];
    const std::string p = "funds.rows[" + std::to_string(k) + "].";
    Value row = Value::object();
    row.add("kind", Value::string(to_string(r.kind)));
    row.add("label", text_of(r.label, p + "label"));
    row.add("initial_budget", number_of(r.initial_budget, p + "initial_budget"));
    row.add("full_year_budget", number_of(r.full_year_budget, p + "full_year_budget"));
    row.add("executed", number_of(r.executed, p + "executed"));
    row.add("points", number_of(r.points, p + "points"));
    row.add("execution_rate", number_of(r.execution_rate, p + "execution_rate"));
    row.add("score", number_of(r.score, p + "score"));
    // Only under a block with a notes column (原因): the key's absence is the column's.
    if (!absent(r.note)) row.add("note", r.note.text.empty() ? Value::null() : Value::string(r.note.text));
    add_number_texts(row, {{"initial_budget", &r.initial_budget}, {"full_year_budget", &r.full_year_budget},
                           {"executed", &r.executed}, {"points", &r.points}, {"execution_rate", &r.execution_rate},
                           {"score", &r.score}});
    row.add("line", line_of(r.line));
    rows.push(std::move(row));
  }
  return out;
}

Value TableWriter::indicator_tree(const Indicator& i, const std::string& p) {
  Value ind = Value::object();
  ind.add("level1", i.level1.empty() ? Value::null() : Value::string(i.level1));
  ind.add("level1_points", decimal_of(i.level1_points));
  ind.add("level2", i.level2.empty() ? Value::null() : Value::string(i.level2));
  ind.add("name", text_of(i.name, p + "name"));
  ind.add("target", text_of(i.target, p + "target"));
  ind.add("actual", text_of(i.actual, p + "actual"));
  ind.add("points", number_of(i.points, p + "points"));
  ind.add("score", number_of(i.score, p + "score"));
  ind.add("explanation", text_of(i.explanation, p + "explanation"));
  add_number_texts(ind, {{"points", &i.points}, {"score", &i.score}});
  ind.add("line", line_of(i.line));
  // Breakdown rows (其中…, numbered sub-items) only where the table has them.
  if (!i.parts.empty()) {
    Value& parts = ind.add("parts", Value::array());
    for (std::size_t k = 0; k < i.parts.size(); ++k) {
      const IndicatorPart& part_row = i.parts[k];
      const std::string q = p + "parts[" + std::to_string(k) + "].";
      Value part = Value::object();
      part.add("name", text_of(part_row.name, q + "name"));
      part.add("target", text_of(part_row.target, q + "target"));
      part.add("actual", text_of(part_row.actual, q + "actual"));
      part.add("points", number_of(part_row.points, q + "points"));
      part.add("score", number_of(part_row.score, q + "score"));
      part.add("explanation", text_of(part_row.explanation, q + "explanation"));
      add_number_texts(part, {{"points", &part_row.points}, {"score", &part_row.score}});
      part.add("line", line_of(part_row.line));
      parts.push(std::move(part));
    }
  }
  return ind;
}

Value TableWriter::tree() {
  const Table& t = t_;
  Value out = Value::object();
  out.add("index", Value::number(std::to_string(t.index)));
  out.add("line", line_of(t.line));
  if (!t.sheet.empty()) out.add("sheet", Value::string(t.sheet));  // workbooks only: text parses are unchanged
  out.add("title", Value::string(t.title));
  out.add("template", t.template_id.empty() ? Value::null() : Value::string(t.template_id));
  Value& scoring = out.add("scoring", Value::object());
  scoring.add("funds_points", decimal_of(t.scoring.funds_points));
  scoring.add("indicator_points", decimal_of(t.scoring.indicator_points));
  scoring.add("points_column", Value::string(to_string(t.scoring.points_column)));
  scoring.add("scored", Value::boolean(t.scoring.scored));
  scoring.add("funds_score_capped", Value::boolean(t.scoring.funds_score_capped));
  Value& project = out.add("project", Value::object());
  project.add("code", text_of(t.project.code, "project.code"));
  project.add("name", text_of(t.project.name, "project.name"));
  project.add("year", text_of(t.project.year, "project.year"));
  project.add("implementing_unit", text_of(t.project.implementing_unit, "project.implementing_unit"));
  project.add("budget_unit", text_of(t.project.budget_unit, "project.budget_unit"));
  out.add("funds", t.funds ? funds_tree(*t.funds) : Value::null());
  Value& goals = out.add("goals", Value::object());
  goals.add("expected", text_of(t.goals.expected, "goals.expected"));
  goals.add("actual", text_of(t.goals.actual, "goals.actual"));
  // The level-1 groups as labelled, empty ones included (their points count).
  Value& level1 = out.add("level1", Value::array());
  for (std::size_t k = 0; k < t.level1.size(); ++k) {
    const Level1& l = t.level1[k];
    Value group = Value::object();
    group.add("name", l.name.empty() ? Value::null() : Value::string(l.name));
    group.add("points", decimal_of(l.points));
    group.add("label", text_of(l.label, "level1[" + std::to_string(k) + "].label"));
    group.add("line", line_of(l.label.at.line));
    level1.push(std::move(group));
  }
  Value& indicators = out.add("indicators", Value::array());
  for (std::size_t k = 0; k < t.indicators.size(); ++k)
    indicators.push(indicator_tree(t.indicators[k], "indicators[" + std::to_string(k) + "]."));
  // Template slots (指标2:, ……) only where the table has them.
  if (!t.slots.empty()) {
    Value& slots = out.add("slots", Value::array());
    for (std::size_t k = 0; k < t.slots.size(); ++k) {
      const TemplateSlot& s = t.slots[k];
      Value slot = Value::object();
      slot.add("kind", Value::string(to_string(s.kind)));
      slot.add("text", text_of(s.text, "slots[" + std::to_string(k) + "].text"));
      slot.add("line", line_of(s.line));
      slots.push(std::move(slot));
    }
  }
  if (t.total) {
    Value& total = out.add("total", Value::object());
    total.add("points", number_of(t.total->points, "total.points"));
    total.add("score", number_of(t.total->score, "total.score"));
    add_number_texts(total, {{"points", &t.total->points}, {"score", &t.total->score}});
    total.add("line", line_of(t.total->line));
  } else {
    out.add("total", Value::null());
  }
  // Where the source ends early (Table::cut_off_after), only for such a table.
  if (t.cut_off()) out.add("cut_off", Value::object()).add("line", line_of(t.cut_off_after));
  if (!absent_.empty()) {
    Value& absent = out.add("absent", Value::array());
    for (auto& path : absent_) absent.push(Value::string(std::move(path)));
  }
  return out;
}

void write_json(const Value& v, int indent, int depth, std::string& out) {
  auto newline = [&](int d) {
    if (indent < 0) return;
    out.push_back('\n');
    out.append(static_cast<std::size_t>(indent * d), ' ');
  };
  switch (v.kind) {
    case Value::Kind::null: out += "null"; return;
    case Value::Kind::boolean:
    case Value::Kind::number: out += v.text; return;
    case Value::Kind::string: out += json_quote(v.text); return;
    case Value::Kind::array:
      if (v.items.empty()) { out += "[]"; return; }
      out.push_back('[');
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (i) out.push_back(',');
        newline(depth + 1);
        write_json(v.items[i], indent, depth + 1, out);
      }
      newline(depth);
      out.push_back(']');
      return;
    case Value::Kind::object:
      if (v.members.empty()) { out += "{}"; return; }
      out.push_back('{');
      for (std::size_t i = 0; i < v.members.size(); ++i) {
        if (i) out.push_back(',');
        newline(depth + 1);
        out += json_quote(v.members[i].first);
        out += indent < 0 ? ":" : ": ";
        write_json(v.members[i].second, indent, depth + 1, out);
      }
      newline(depth);
      out.push_back('}');
      return;
  }
}

void write_yaml(const Value& v, YAML::Emitter& e) {
  switch (v.kind) {
    case Value::Kind::null: e << YAML::Null; return;
    case Value::Kind::boolean:
    case Value::Kind::number: e << v.text; return;  // plain scalar: read back as a number
    case Value::Kind::string: e << YAML::DoubleQuoted << v.text; return;
    case Value::Kind::array:
      e << YAML::BeginSeq;
      for (const auto& item : v.items) write_yaml(item, e);
      e << YAML::EndSeq;
      return;
    case Value::Kind::object:
      e << YAML::BeginMap;
      for (const auto& [key, value] : v.members) {
        e << YAML::Key << key << YAML::Value;
        write_yaml(value, e);
      }
      e << YAML::EndMap;
      return;
  }
}

}  // namespace

std::string json_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 0xF]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
  return out;
}

Value canonical_tree(const Document& doc) {
  Value out = Value::object();
  out.add("schema", Value::string(kTablesSchema));
  Value& source = out.add("source", Value::object());
  source.add("path", Value::string(doc.source.path));
  if (doc.source.format != "text") source.add("format", Value::string(doc.source.format));
  source.add("encoding", doc.source.encoding.empty() ? Value::null() : Value::string(doc.source.encoding));
  source.add("sha256", doc.source.sha256.empty() ? Value::null() : Value::string(doc.source.sha256));
  Value& tables = out.add("tables", Value::array());
  for (const auto& t : doc.tables) tables.push(TableWriter(t).tree());
  Value& diagnostics = out.add("diagnostics", Value::array());
  for (const auto& d : doc.diagnostics) {
    Value diag = Value::object();
    diag.add("severity", Value::string(std::string(to_string(d.severity))));
    diag.add("line", line_of(d.at.line));
    if (!d.at.sheet.empty()) diag.add("sheet", Value::string(d.at.sheet));
    diag.add("message", Value::string(d.message));
    diag.add("code", Value::string(d.code));
    diag.add("message_en", Value::string(d.message_en));
    diag.add("table", d.table >= 0 ? Value::number(std::to_string(d.table)) : Value::null());
    diagnostics.push(std::move(diag));
  }
  return out;
}

std::string to_json(const Value& v, int indent) {
  std::string out;
  write_json(v, indent, 0, out);
  return out;
}

std::string to_yaml(const Value& v) {
  YAML::Emitter e;
  e.SetOutputCharset(YAML::EmitNonAscii);
  write_yaml(v, e);
  return e.c_str();
}

std::string canonical_json(const Document& doc) { return to_json(canonical_tree(doc)); }
std::string canonical_yaml(const Document& doc) { return to_yaml(canonical_tree(doc)); }

}  // namespace jxaudit::parse
