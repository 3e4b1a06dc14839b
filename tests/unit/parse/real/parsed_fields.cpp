#include "parsed_fields.hpp"

namespace jxaudit::parse::testing::real {
namespace {

void put_text(Record& r, const std::string& key, const std::string& text) {
  if (!text.empty()) r[key] = FieldValue{text, std::nullopt};
}
void put_number(Record& r, const std::string& key, const std::optional<Decimal>& d) {
  if (d) r[key] = FieldValue{d->to_string(), d};
}
void put_number(Record& r, const std::string& key, const Cell& c) { put_number(r, key, c.number); }

}  // namespace

TableFields fields_of(const Table& t) {
  TableFields out;
  put_text(out.project, "code", t.project.code.text);
  put_text(out.project, "name", t.project.name.text);
  put_text(out.project, "year", t.project.year.text);
  put_text(out.project, "implementing_unit", t.project.implementing_unit.text);
  put_text(out.project, "budget_unit", t.project.budget_unit.text);
  if (t.funds) {
    out.has_funds = true;
    put_text(out.funds, "unit", t.funds->unit);
    // As in the canonical form: the funds points, rate and score are the total row's.
    if (const FundsRow* total = t.funds->total()) {
      put_number(out.funds, "points", total->points);
      put_number(out.funds, "execution_rate", total->execution_rate);
      put_number(out.funds, "score", total->score);
    }
    for (const auto& r : t.funds->rows) {
      // expected/ lists the four kinds of the model's template only (README).
      if (r.kind == FundsKind::source) continue;
      FundsRowFields row;
      row.kind = to_string(r.kind);
      put_number(row.amounts, "initial_budget", r.initial_budget);
      put_number(row.amounts, "full_year_budget", r.full_year_budget);
      put_number(row.amounts, "executed", r.executed);
      out.fund_rows.push_back(std::move(row));
    }
  }
  for (const auto& i : t.indicators) {
    Record r;
    put_text(r, "level1", i.level1);
    put_number(r, "level1_points", i.level1_points);
    put_text(r, "level2", i.level2);
    put_text(r, "name", i.name.text);
    put_text(r, "target", i.target.text);
    put_text(r, "actual", i.actual.text);
    put_number(r, "points", i.points);
    put_number(r, "score", i.score);
    put_text(r, "explanation", i.explanation.text);
    out.indicators.push_back(std::move(r));
  }
  if (t.total) {
    put_number(out.total, "points", t.total->points);
    put_number(out.total, "score", t.total->score);
  }
  return out;
}

}  // namespace jxaudit::parse::testing::real
