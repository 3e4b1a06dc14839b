// The defect registry: every injection kind the generator knows, one per rule
// id, registered per plugin (arithmetic_defects.cpp, target_actual_defects.cpp,
// deviation_defects.cpp, not_applicable_defects.cpp).
//
// An injection edits a clean GenTable as little as possible, keeps the rest
// of the table consistent (points taken from a sibling so sums still hold,
// totals re-added), and lists every finding a correct plugin set reports for
// it as Expect entries. Info-level side effects that depend on plugin policy
// (arithmetic.level1-weights when a level-1 label changes,
// target_actual.unverifiable for a 无 actual) are not listed.
#pragma once

#include <string>
#include <vector>

#include "../family.hpp"
#include "../rng.hpp"
#include "../table_builder.hpp"
#include "../table_spec.hpp"

namespace jxaudit::corpus {

// What an expected finding points at; resolved to a line after rendering.
enum class Anchor { table, funds_total, level1, indicator, total };

struct Expect {
  std::string rule;        // full rule id
  Anchor anchor = Anchor::table;
  int ref = 0;             // level-1 index or indicator id
  std::string about;       // overrides InjectedDefect::indicator when set
};

using InjectFn = void (*)(GenTable& table, Rng& rng, const std::string& variant, std::vector<Expect>& expects);

// Whether a family can carry one variant of a kind (nullptr: every family).
using CarriesFn = bool (*)(const FamilyTraits& family, const std::string& variant);

struct DefectKind {
  std::string rule;                   // the rule the injection must trigger
  std::vector<std::string> variants;  // cycled in order; never empty
  BuildNeeds needs;                   // what the clean table must contain
  InjectFn inject = nullptr;
  CarriesFn carries = nullptr;
};

// The variants of `kind` that `family` can carry, in cycling order (empty: none).
std::vector<std::string> carried_variants(const DefectKind& kind, const FamilyTraits& family);

// Every kind, sorted by rule id.
const std::vector<DefectKind>& defect_registry();
const DefectKind* find_defect_kind(const std::string& rule);
// The severity a bundled plugin declares for `rule` ("arithmetic.total-score"):
// "error", "warning", "info". Throws std::logic_error for a rule none declares.
std::string default_severity(const std::string& rule);

// Per-plugin registration (one file each).
void add_arithmetic_defects(std::vector<DefectKind>& kinds);
void add_target_actual_defects(std::vector<DefectKind>& kinds);
void add_deviation_defects(std::vector<DefectKind>& kinds);
void add_not_applicable_defects(std::vector<DefectKind>& kinds);

}  // namespace jxaudit::corpus
