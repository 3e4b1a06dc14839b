#include "truth_compare.hpp"

#include <sstream>

#include "jxaudit/decimal.hpp"
#include "text/normalize.hpp"

namespace jxaudit::corpus::testing {
namespace {

class Comparer {
 public:
  explicit Comparer(std::vector<Difference>& out) : out_(out) {}

  void text(const std::string& field, int line, const std::string& expected, const Cell& got) {
    const std::string want = text::normalize(expected);
    if (want != got.text) out_.push_back({field, line, want, got.text});
  }
  void text(const std::string& field, int line, const std::string& expected, const std::string& got) {
    const std::string want = text::normalize(expected);
    if (want != got) out_.push_back({field, line, want, got});
  }
  // "" expects no number; anything else that number.
  void number(const std::string& field, int line, const std::string& expected, const std::optional<Decimal>& got) {
    const std::optional<Decimal> want = expected.empty() ? std::nullopt : Decimal::parse(expected);
    if (want == got) return;
    out_.push_back({field, line, want ? want->to_string() : "<none>", got ? got->to_string() : "<none>"});
  }
  void number(const std::string& field, int line, const std::string& expected, const Cell& got) {
    number(field, line, expected, got.number);
  }
  void add(const std::string& field, int line, const std::string& expected, const std::string& got) {
    out_.push_back({field, line, expected, got});
  }

 private:
  std::vector<Difference>& out_;
};

std::string points_column_name(PointsColumn c) {
  switch (c) {
    case PointsColumn::points: return "points";
    case PointsColumn::weight: return "weight";
    case PointsColumn::none: return "none";
  }
  return "?";
}

void compare_funds(const TableTruth& truth, const Table& t, Comparer& c) {
  if (truth.funds.empty()) return;
  if (!t.funds) {
    c.add("funds.missing", truth.funds[0].line, "funds block", "<none>");
    return;
  }
  c.text("funds.unit", truth.funds[0].line, truth.unit, t.funds->unit);
  for (const auto& want : truth.funds) {
    const FundsRow* got = nullptr;
    for (const auto& r : t.funds->rows)
      if (r.line == want.line) got = &r;
    if (got == nullptr) {
      c.add("funds.row.missing", want.line, want.label, "<none>");
      continue;
    }
    const std::string kind = to_string(got->kind);
    // A component of a kind the model does not name is any row but the three named ones.
    const bool kind_ok = want.kind == "extra"
                             ? (got->kind != FundsKind::total && got->kind != FundsKind::current_appropriation &&
                                got->kind != FundsKind::carryover)
                             : kind == want.kind;
    if (!kind_ok) c.add("funds.row.kind", want.line, want.kind, kind);
    c.number("funds.row.initial_budget", want.line, want.initial_budget, got->initial_budget);
    c.number("funds.row.full_year_budget", want.line, want.full_year_budget, got->full_year_budget);
    c.number("funds.row.executed", want.line, want.executed, got->executed);
    c.number("funds.row.points", want.line, want.points, got->points);
    c.number("funds.row.execution_rate", want.line, want.execution_rate, got->execution_rate);
    c.number("funds.row.score", want.line, want.score, got->score);
  }
  for (const auto& r : t.funds->rows) {
    bool known = false;
    for (const auto& want : truth.funds) known |= want.line == r.line;
    if (!known) c.add("funds.row.extra", r.line, "<none>", r.label.text);
  }
}

void compare_indicator(const TruthIndicator& want, const Indicator& got, Comparer& c) {
  const int l = want.line;
  c.text("indicator.level1", l, want.level1, got.level1);
  c.text("indicator.level2", l, want.level2, got.level2);
  c.text("indicator.name", l, want.name, got.name);
  c.text("indicator.target", l, want.target, got.target);
  c.text("indicator.actual", l, want.actual, got.actual);
  c.number("indicator.points", l, want.points, got.points);
  c.number("indicator.score", l, want.score, got.score);
  c.text("indicator.explanation", l, want.explanation, got.explanation);
  for (const auto& p : want.parts) {
    const IndicatorPart* part = nullptr;
    for (const auto& q : got.parts)
      if (q.line == p.line) part = &q;
    if (part == nullptr) {
      c.add("part.missing", p.line, p.name, "<none>");
      continue;
    }
    c.text("part.name", p.line, p.name, part->name);
    c.text("part.target", p.line, p.target, part->target);
    c.text("part.actual", p.line, p.actual, part->actual);
    c.number("part.score", p.line, p.score, part->score);
  }
  for (const auto& q : got.parts) {
    bool known = false;
    for (const auto& p : want.parts) known |= p.line == q.line;
    if (!known) c.add("part.extra", q.line, "<none>", q.name.text);
  }
}

void compare_indicators(const TableTruth& truth, const Table& t, Comparer& c) {
  for (const auto& want : truth.indicators) {
    const Indicator* got = nullptr;
    for (const auto& i : t.indicators)
      if (i.line == want.line) got = &i;
    if (got == nullptr) {
      c.add("indicator.missing", want.line, want.name, "<none>");
      continue;
    }
    compare_indicator(want, *got, c);
  }
  for (const auto& i : t.indicators) {
    bool known = false;
    for (const auto& want : truth.indicators) known |= want.line == i.line;
    bool is_part = false;
    for (const auto& want : truth.indicators)
      for (const auto& p : want.parts) is_part |= p.line == i.line;
    if (known) continue;
    std::string field = "indicator.extra";
    for (const auto& s : truth.slots)
      if (s.line == i.line) field = "indicator.extra." + s.kind;  // a placeholder, label or note read as an indicator
    if (is_part) field = "indicator.extra.part";
    c.add(field, i.line, "<none>", i.name.text);
  }
}

void compare_level1(const TableTruth& truth, const Table& t, Comparer& c) {
  for (const auto& want : truth.level1) {
    const Level1* got = nullptr;
    for (const auto& g : t.level1)
      if (g.label.at.line == want.line) got = &g;
    if (got == nullptr) {
      c.add("level1.missing", want.line, want.label, "<none>");
      continue;
    }
    c.text("level1.name", want.line, want.name, got->name);
    c.number("level1.points", want.line, want.points, got->points);
  }
}

void compare_slots(const TableTruth& truth, const Table& t, Comparer& c) {
  for (const auto& want : truth.slots) {
    if (want.kind != "placeholder") continue;  // label and note rows may be kept or not
    bool found = false;
    for (const auto& s : t.slots) found |= s.line == want.line && s.kind == SlotKind::placeholder;
    if (!found) c.add("slot.placeholder.missing", want.line, want.text, "<none>");
  }
  for (const auto& s : t.slots) {
    bool known = false;
    for (const auto& want : truth.slots) known |= want.line == s.line;
    if (!known) c.add("slot.extra", s.line, "<none>", s.text.text);
  }
}

void compare_total(const TableTruth& truth, const Table& t, Comparer& c) {
  if (!truth.has_total) {
    if (t.total) c.add("total.extra", t.total->line, "<none>", t.total->points.text + "/" + t.total->score.text);
    return;
  }
  if (!t.total) {
    c.add("total.missing", truth.total_line, truth.total_points + "/" + truth.total_score, "<none>");
    return;
  }
  if (t.total->line != truth.total_line)
    c.add("total.line", truth.total_line, std::to_string(truth.total_line), std::to_string(t.total->line));
  c.number("total.points", truth.total_line, truth.total_points, t.total->points);
  c.number("total.score", truth.total_line, truth.total_score, t.total->score);
}

void compare_scoring(const TableTruth& truth, const Table& t, Comparer& c) {
  const int l = truth.line;
  c.number("scoring.funds_points", l, truth.funds_points_scheme, t.scoring.funds_points);
  c.number("scoring.indicator_points", l, truth.indicator_points_scheme, t.scoring.indicator_points);
  if (points_column_name(t.scoring.points_column) != truth.points_column)
    c.add("scoring.points_column", l, truth.points_column, points_column_name(t.scoring.points_column));
  if (t.scoring.scored != truth.scored)
    c.add("scoring.scored", l, truth.scored ? "true" : "false", t.scoring.scored ? "true" : "false");
}

}  // namespace

std::vector<Difference> compare_table(const TableTruth& truth, const Table* parsed) {
  std::vector<Difference> out;
  Comparer c(out);
  if (parsed == nullptr) {
    c.add("table.missing", truth.line, truth.family, "<none>");
    return out;
  }
  const Table& t = *parsed;
  if (t.template_id != truth.template_id) c.add("table.template_id", truth.line, truth.template_id, t.template_id);
  c.text("project.code", truth.line, truth.code, t.project.code);
  c.text("project.name", truth.line, truth.name, t.project.name);
  c.text("project.year", truth.line, truth.year, t.project.year);
  c.text("project.implementing_unit", truth.line, truth.implementing_unit, t.project.implementing_unit);
  c.text("project.budget_unit", truth.line, truth.budget_unit, t.project.budget_unit);
  compare_funds(truth, t, c);
  compare_level1(truth, t, c);
  compare_indicators(truth, t, c);
  compare_slots(truth, t, c);
  compare_total(truth, t, c);
  compare_scoring(truth, t, c);
  return out;
}

std::vector<Difference> compare_document(const std::vector<TableTruth>& truth, const Document& doc) {
  std::vector<Difference> out;
  for (const auto& want : truth) {
    const Table* got = nullptr;
    for (const auto& t : doc.tables)
      if (t.line == want.line) got = &t;
    auto d = compare_table(want, got);
    out.insert(out.end(), d.begin(), d.end());
  }
  for (const auto& t : doc.tables) {
    bool known = false;
    for (const auto& want : truth) known |= want.line == t.line;
    if (!known) out.push_back({"table.extra", t.line, "<none>", t.title});
  }
  for (const auto& d : doc.diagnostics)
    if (d.severity == Severity::error) out.push_back({"diagnostic." + d.code, d.at.line, "<none>", d.message_en});
  return out;
}

std::map<std::string, Difference> by_field(const std::vector<Difference>& differences) {
  std::map<std::string, Difference> first;
  for (const auto& d : differences) first.emplace(d.field, d);
  return first;
}

std::set<std::string> fields_of(const std::vector<Difference>& differences) {
  std::set<std::string> s;
  for (const auto& d : differences) s.insert(d.field);
  return s;
}

std::string describe(const std::map<std::string, Difference>& examples) {
  std::ostringstream out;
  for (const auto& [field, d] : examples)
    out << "  " << field << " — e.g. line " << d.line << ": expected \"" << d.expected << "\", got \"" << d.got << "\"\n";
  return out.str();
}

}  // namespace jxaudit::corpus::testing
