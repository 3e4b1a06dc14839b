#include "parse/canonical_table_reader.hpp"

#include <algorithm>

namespace jxaudit::parse::canonical {

using Kind = InputNode::Kind;

namespace {

std::string item_path(const std::string& prefix, std::size_t k) { return prefix + "[" + std::to_string(k) + "]."; }

// The object items of array `key`, each with its path; other items are problems.
std::vector<std::pair<const InputNode*, std::string>> objects(Fields& f, const char* key) {
  std::vector<std::pair<const InputNode*, std::string>> out;
  const InputNode* array = f.node_of(key, Kind::array);
  if (array == nullptr) return out;
  for (std::size_t k = 0; k < array->items.size(); ++k) {
    const InputNode& item = array->items[k];
    if (item.kind == Kind::object)
      out.emplace_back(&item, item_path(key, k));
    else
      f.problem(item, std::string(key) + "[" + std::to_string(k) + "]",
                i18n::both("expects {}, not {}", kind_words(Kind::object), kind_words(item.kind)));
  }
  return out;
}

std::optional<FundsKind> funds_kind(const std::string& s) {
  for (FundsKind k : {FundsKind::total, FundsKind::current_appropriation, FundsKind::carryover, FundsKind::other,
                      FundsKind::source})
    if (s == to_string(k)) return k;
  return std::nullopt;
}

class TableReader {
 public:
  TableReader(const InputNode& node, ReadContext& context) : node_(node), context_(context) {}

  Table read(int index) {
    Fields f(node_, "", context_);
    read_absent(f);
    t_.index = index;
    t_.file = context_.file;
    f.integer("index", 0);  // the position counts: tables are numbered as read
    t_.line = f.line("line");
    t_.sheet = f.string("sheet").value_or("");
    t_.title = f.string("title").value_or("");
    t_.template_id = f.string("template").value_or("");
    if (const InputNode* s = f.node_of("scoring", Kind::object)) read_scoring(*s);
    if (const InputNode* p = f.node_of("project", Kind::object)) read_project(*p);
    if (const InputNode* funds = f.node_of("funds", Kind::object)) read_funds(*funds);
    if (const InputNode* g = f.node_of("goals", Kind::object)) {
      Fields goals(*g, "goals.", context_);
      goals.text_cell("expected", t_.goals.expected, t_.line);
      goals.text_cell("actual", t_.goals.actual, t_.line);
      goals.finish();
    }
    const InputNode* groups = node_.find("level1");
    const bool groups_given = groups != nullptr && groups->kind == Kind::array;
    for (const auto& [item, path] : objects(f, "level1")) read_level1(*item, path);
    for (const auto& [item, path] : objects(f, "indicators")) read_indicator(*item, path);
    for (const auto& [item, path] : objects(f, "slots")) read_slot(*item, path);
    if (const InputNode* total = f.node_of("total", Kind::object)) read_total(*total);
    if (const InputNode* cut = f.node_of("cut_off", Kind::object)) {
      Fields c(*cut, "cut_off.", context_);
      t_.cut_off_after = c.line("line");
      const InputNode* line = cut->find("line");
      if (line == nullptr || line->kind == Kind::null)
        c.problem(line ? *line : *cut, "line", i18n::both("the line of the cut is missing"));
      c.finish();
    }
    f.node("absent");
    link_level1(groups_given);
    report_unused_absent(f);
    f.finish();
    return std::move(t_);
  }

 private:
  void read_absent(Fields& f) {
    const InputNode* list = f.node_of("absent", Kind::array);
    if (list == nullptr) return;
    for (const InputNode& item : list->items) {
      if (item.kind == Kind::string)
        absent_.listed.insert(item.text);
      else
        f.problem(item, "absent", i18n::both("the items of absent are field paths (strings)"));
    }
    context_.absent = &absent_;
  }

  void report_unused_absent(Fields& f) {
    const InputNode* list = f.object().find("absent");
    for (const std::string& path : absent_.listed)
      if (absent_.used.count(path) == 0)
        f.problem(list ? *list : node_, "absent", i18n::both("absent lists '{}', which is no cell of this table", path));
    context_.absent = nullptr;
  }

  void read_scoring(const InputNode& node) {
    Fields s(node, "scoring.", context_);
    ScoringScheme& scheme = t_.scoring;
    // A missing key keeps the model's default (the seed's 10 + 90 scheme); null is "not scored".
    if (s.has("funds_points")) scheme.funds_points = s.decimal("funds_points");
    if (s.has("indicator_points")) scheme.indicator_points = s.decimal("indicator_points");
    s.node("funds_points");
    s.node("indicator_points");
    if (auto c = s.choice("points_column", {"points", "weight", "none"}))
      scheme.points_column = *c == "weight" ? PointsColumn::weight : *c == "none" ? PointsColumn::none : PointsColumn::points;
    if (auto b = s.boolean("scored")) scheme.scored = *b;
    if (auto b = s.boolean("funds_score_capped")) scheme.funds_score_capped = *b;
    s.finish();
  }

  void read_project(const InputNode& node) {
    Fields p(node, "project.", context_);
    p.text_cell("code", t_.project.code, t_.line);
    p.text_cell("name", t_.project.name, t_.line);
    p.text_cell("year", t_.project.year, t_.line);
    p.text_cell("implementing_unit", t_.project.implementing_unit, t_.line);
    p.text_cell("budget_unit", t_.project.budget_unit, t_.line);
    p.finish();
  }

  void read_funds(const InputNode& node) {
    Fields f(node, "funds.", context_);
    Funds& funds = t_.funds.emplace();
    funds.unit = f.string("unit").value_or("");
    funds.line = f.line("line");
    const InputNode* total_node = nullptr;  // the first total row's object
    std::size_t total_row = 0;
    for (const auto& [item, path] : objects(f, "rows")) {
      Fields r(*item, "funds." + path, context_);
      FundsRow row;
      row.line = r.line("line");
      if (auto kind = r.choice("kind", {"total", "current_appropriation", "carryover", "other", "source"}))
        row.kind = *funds_kind(*kind);
      r.text_cell("label", row.label, row.line);
      r.number_cell("initial_budget", row.initial_budget, row.line);
      r.number_cell("full_year_budget", row.full_year_budget, row.line);
      r.number_cell("executed", row.executed, row.line);
      r.number_cell("points", row.points, row.line);
      r.number_cell("execution_rate", row.execution_rate, row.line);
      r.number_cell("score", row.score, row.line);
      r.text_cell("note", row.note, row.line);
      r.number_texts({{"initial_budget", &row.initial_budget}, {"full_year_budget", &row.full_year_budget},
                      {"executed", &row.executed}, {"points", &row.points}, {"execution_rate", &row.execution_rate},
                      {"score", &row.score}});
      r.finish();
      if (row.kind == FundsKind::total && total_node == nullptr) {
        total_node = item;
        total_row = funds.rows.size();
      }
      funds.rows.push_back(std::move(row));
    }
    // The block's points, rate and score repeat the total row's. A table
    // written without them on its rows (jxaudit/tables@1, another system)
    // gives them to the total row here.
    for (auto [key, cell] : {std::pair<const char*, Cell FundsRow::*>{"points", &FundsRow::points},
                             {"execution_rate", &FundsRow::execution_rate}, {"score", &FundsRow::score}}) {
      const std::optional<Decimal> value = f.decimal(key);
      if (total_node == nullptr || !value || total_node->find(key) != nullptr) continue;
      FundsRow& total = funds.rows[total_row];
      Cell& c = total.*cell;
      c.number = value;
      c.text = c.raw = value->to_string();
      c.at = SourceRef{context_.file, total.line, -1, ""};
    }
    f.finish();
  }

  void read_level1(const InputNode& node, const std::string& path) {
    Fields g(node, path, context_);
    Level1 group;
    group.name = g.string("name").value_or("");
    group.points = g.decimal("points");
    const int line = g.line("line");
    g.text_cell("label", group.label, line);
    group.label.number = group.points;  // as the parser reads "(50分)"
    g.finish();
    t_.level1.push_back(std::move(group));
  }

  void read_cells(Fields& f, Cell& name, Cell& target, Cell& actual, Cell& points, Cell& score, Cell& explanation,
                  int line) {
    f.text_cell("name", name, line);
    f.text_cell("target", target, line);
    f.text_cell("actual", actual, line);
    f.number_cell("points", points, line);
    f.number_cell("score", score, line);
    f.text_cell("explanation", explanation, line);
    f.number_texts({{"points", &points}, {"score", &score}});
  }

  void read_indicator(const InputNode& node, const std::string& path) {
    Fields f(node, path, context_);
    Indicator ind;
    ind.line = f.line("line");
    ind.level1 = f.string("level1").value_or("");
    ind.level1_points = f.decimal("level1_points");
    ind.level2 = f.string("level2").value_or("");
    read_cells(f, ind.name, ind.target, ind.actual, ind.points, ind.score, ind.explanation, ind.line);
    for (const auto& [item, part_path] : objects(f, "parts")) {
      Fields p(*item, path + part_path, context_);
      IndicatorPart part;
      part.line = p.line("line");
      read_cells(p, part.name, part.target, part.actual, part.points, part.score, part.explanation, part.line);
      p.finish();
      ind.parts.push_back(std::move(part));
    }
    f.finish();
    t_.indicators.push_back(std::move(ind));
  }

  void read_slot(const InputNode& node, const std::string& path) {
    Fields f(node, path, context_);
    TemplateSlot slot;
    slot.line = f.line("line");
    if (auto kind = f.choice("kind", {"placeholder", "note"})) slot.kind = *kind == "note" ? SlotKind::note : SlotKind::placeholder;
    f.text_cell("text", slot.text, slot.line);
    f.finish();
    t_.slots.push_back(std::move(slot));
  }

  void read_total(const InputNode& node) {
    Fields f(node, "total.", context_);
    Total& total = t_.total.emplace();
    total.line = f.line("line");
    f.number_cell("points", total.points, total.line);
    f.number_cell("score", total.score, total.line);
    f.number_texts({{"points", &total.points}, {"score", &total.score}});
    f.finish();
  }

  // Indicator::level1_index. Each indicator carries its group's name and
  // points; the group is the one of that name and points at or after the
  // previous indicator's (the last such one labelled above the indicator,
  // when lines are known). Without a `level1` list (tables@1, another
  // system) the groups are the runs of indicators that share name and points.
  void link_level1(bool groups_given) {
    std::size_t cursor = 0;
    for (std::size_t i = 0; i < t_.indicators.size(); ++i) {
      Indicator& ind = t_.indicators[i];
      // An indicator above every level-1 label belongs to no group (index 0, as the parser leaves it).
      if (ind.level1.empty() && !ind.level1_points) continue;
      auto same = [&ind](const Level1& g) { return g.name == ind.level1 && g.points == ind.level1_points; };
      if (!groups_given) {
        if (t_.level1.empty() || !same(t_.level1.back())) {
          Level1 group;
          group.name = ind.level1;
          group.points = ind.level1_points;
          group.label.number = ind.level1_points;
          t_.level1.push_back(std::move(group));
        }
        ind.level1_index = t_.level1.size() - 1;
        continue;
      }
      std::optional<std::size_t> found;
      for (std::size_t g = cursor; g < t_.level1.size(); ++g) {
        if (!same(t_.level1[g])) continue;
        const int label_line = t_.level1[g].label.at.line;
        if (found && (ind.line <= 0 || label_line <= 0 || label_line > ind.line)) break;
        found = g;
      }
      if (!found) {
        const auto any = std::find_if(t_.level1.begin(), t_.level1.end(), same);
        if (any != t_.level1.end()) found = static_cast<std::size_t>(any - t_.level1.begin());
      }
      if (!found) {
        context_.problems.push_back({node_.line, "indicators[" + std::to_string(i) + "].level1",
                                     i18n::both("the indicator's level-1 group '{}' is not in the level1 list",
                                                ind.level1)});
        continue;
      }
      ind.level1_index = *found;
      cursor = *found;
    }
  }

  const InputNode& node_;
  ReadContext& context_;
  AbsentPaths absent_;
  Table t_;
};

}  // namespace

Table read_table(const InputNode& node, int index, ReadContext& context) { return TableReader(node, context).read(index); }

std::size_t table_rows(const Table& table) {
  std::size_t rows = table.level1.size() + table.indicators.size() + table.slots.size();
  if (table.funds) rows += table.funds->rows.size();
  for (const auto& ind : table.indicators) rows += ind.parts.size();
  return rows;
}

}  // namespace jxaudit::parse::canonical
