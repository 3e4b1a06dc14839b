// A table as the not_applicable rules see it: each indicator row classified
// (a 不适用 row, a real indicator, or in between), rows grouped by level-2
// category, and the policy that applies to the table. Built once per table.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "jxaudit/measure.hpp"
#include "jxaudit/model.hpp"
#include "not_applicable_settings.hpp"

namespace jxaudit::not_applicable {

struct NaRow {
  const Indicator* indicator = nullptr;
  bool name_marked = false;    // name is a marker (不适用 …)
  bool target_marked = false;
  bool name_empty = false;
  bool target_empty = false;
  bool actual_none = false;    // actual is empty or a marker / none (evaluator or markers)
  bool actual_empty = false;

  // The template's 不适用 row: its name or its target says not applicable.
  bool marked() const { return name_marked || target_marked; }
  // A real indicator: a real name and a real target.
  bool real() const { return !name_marked && !name_empty && !target_marked && !target_empty; }
  // Counts for a category: not marked and named (an empty row with no name does not).
  bool applicable() const { return !marked() && !name_empty; }
};

struct CategoryGroup {
  std::string canonical;       // "成本指标"
  std::string level2;          // as first written in the table
  std::size_t level1_index = 0;
  std::vector<std::size_t> rows;  // indexes into NaTable::rows

  bool has_applicable(const std::vector<NaRow>& all) const;
  bool has_marked(const std::vector<NaRow>& all) const;
};

struct NaTable {
  const Table& table;
  const NotApplicableSettings& config;
  const Policy& policy;
  std::vector<NaRow> rows;  // one per table.indicators, same order
  std::vector<CategoryGroup> categories;

  const CategoryGroup* find_category(const std::string& canonical) const;
  // The label cell of a level-1 group by name ("效益指标"), nullptr when absent.
  const Level1* find_level1(const std::string& name) const;
};

NaTable make_na_table(const Table& table, const NotApplicableSettings& config, const Evaluator& evaluator);

}  // namespace jxaudit::not_applicable
