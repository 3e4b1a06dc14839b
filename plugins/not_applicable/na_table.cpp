#include "na_table.hpp"

#include <algorithm>

#include "jxaudit/text.hpp"

namespace jxaudit::not_applicable {

using namespace jxaudit::text;  // fold_compact, shorten, contains …
namespace {

// A number too large to convert (999999999999999999万元) is still a real
// actual, not "none"; target_actual reports its size.
Measurement::Kind actual_kind(const Indicator& ind, const Evaluator& evaluator) {
  try {
    return evaluator.parse_actual(ind.actual.text).kind;
  } catch (const DecimalOverflow&) {
    return Measurement::Kind::quantity;
  }
}

NaRow classify(const Indicator& ind, const NotApplicableSettings& config, const Evaluator& evaluator) {
  NaRow r;
  r.indicator = &ind;
  r.name_empty = fold_compact(ind.name.text).empty();
  r.target_empty = fold_compact(ind.target.text).empty();
  r.actual_empty = fold_compact(ind.actual.text).empty();
  r.name_marked = config.is_marker(ind.name.text);
  r.target_marked = config.is_marker(ind.target.text);
  // The shared evaluator tells a real actual from "none"; the configured
  // markers add what an office writes beyond its vocabulary.
  const auto kind = actual_kind(ind, evaluator);
  r.actual_none = r.actual_empty || config.is_marker(ind.actual.text) || kind == Measurement::Kind::none_marker ||
                  kind == Measurement::Kind::empty;
  return r;
}

}  // namespace

bool CategoryGroup::has_applicable(const std::vector<NaRow>& all) const {
  return std::any_of(rows.begin(), rows.end(), [&](std::size_t i) { return all[i].applicable(); });
}

bool CategoryGroup::has_marked(const std::vector<NaRow>& all) const {
  return std::any_of(rows.begin(), rows.end(), [&](std::size_t i) { return all[i].marked(); });
}

const CategoryGroup* NaTable::find_category(const std::string& canonical) const {
  for (const auto& g : categories)
    if (g.canonical == canonical) return &g;
  return nullptr;
}

const Level1* NaTable::find_level1(const std::string& name) const {
  for (const auto& l : table.level1)
    if (fold_compact(l.name) == name) return &l;
  return nullptr;
}

NaTable make_na_table(const Table& table, const NotApplicableSettings& config, const Evaluator& evaluator) {
  NaTable t{table, config, config.policy_for(table), {}, {}};
  for (std::size_t i = 0; i < table.indicators.size(); ++i) {
    const Indicator& ind = table.indicators[i];
    t.rows.push_back(classify(ind, config, evaluator));
    if (fold_compact(ind.level2).empty()) continue;  // a template without level 2: no category to group by
    const std::string canonical = config.canonical_category(ind.level2);
    auto it = std::find_if(t.categories.begin(), t.categories.end(), [&](const CategoryGroup& g) {
      return g.canonical == canonical && g.level1_index == ind.level1_index;
    });
    if (it == t.categories.end()) {
      t.categories.push_back({canonical, ind.level2, ind.level1_index, {}});
      it = std::prev(t.categories.end());
    }
    it->rows.push_back(i);
  }
  return t;
}

}  // namespace jxaudit::not_applicable
