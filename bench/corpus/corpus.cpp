// generate(): clean tables, one injection every K-th table, rendered in the
// seed's layout or a family's, expectations resolved to lines.
#include "jxaudit/corpus/corpus.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>

#include "defects/registry.hpp"
#include "family_builder.hpp"
#include "family_renderer.hpp"
#include "renderer.hpp"
#include "rng.hpp"
#include "table_builder.hpp"

namespace jxaudit::corpus {
namespace {

// Separate streams for content and for column drift, so a change in how many
// draws a table's content takes does not shift another table.
constexpr std::uint64_t kDriftSalt = 0xD21F7C0DE5EEDULL;
// The family of a table of a "mixed" corpus, likewise its own stream.
constexpr std::uint64_t kFamilySalt = 0xFA3111E5C0DEULL;

struct Selected {
  const DefectKind* kind = nullptr;
  std::string variant;                // a requested variant, or "" to cycle
  std::vector<std::string> variants;  // the ones the family carries, in cycling order
};

// The requested kinds (all when none is named), validated.
std::vector<Selected> requested_kinds(const CorpusOptions& o) {
  std::vector<Selected> out;
  if (o.defect_every <= 0) return out;
  if (o.defect_kinds.empty()) {
    for (const auto& k : defect_registry()) out.push_back({&k, "", {}});
    return out;
  }
  for (const auto& entry : o.defect_kinds) {
    const auto slash = entry.find('/');
    const std::string rule = entry.substr(0, slash);
    const DefectKind* kind = find_defect_kind(rule);
    if (kind == nullptr) throw std::invalid_argument("unknown defect kind: " + rule);
    Selected s{kind, slash == std::string::npos ? "" : entry.substr(slash + 1), {}};
    if (!s.variant.empty()) {
      bool known = false;
      for (const auto& v : kind->variants) known |= v == s.variant;
      if (!known) throw std::invalid_argument("unknown variant '" + s.variant + "' of defect kind " + rule);
    }
    out.push_back(s);
  }
  return out;
}

// What one family carries of the requested kinds (the seed carries all).
std::vector<Selected> kinds_for(const std::vector<Selected>& requested, Family family) {
  std::vector<Selected> out;
  for (Selected s : requested) {
    s.variants = carried_variants(*s.kind, traits(family));
    if (!s.variant.empty()) {
      const bool carried = std::find(s.variants.begin(), s.variants.end(), s.variant) != s.variants.end();
      s.variants = carried ? std::vector<std::string>{s.variant} : std::vector<std::string>{};
    }
    if (!s.variants.empty()) out.push_back(std::move(s));
  }
  return out;
}

InjectedDefect resolve(const Expect& e, const GenTable& t, int table, const std::string& kind, int injection) {
  InjectedDefect d;
  d.table = table;
  d.project_code = t.code;
  d.rule = e.rule;
  d.severity = default_severity(e.rule);
  d.kind = kind;
  d.injection = injection;
  switch (e.anchor) {
    case Anchor::table: break;
    case Anchor::funds_total:
      d.indicator = t.funds[0].label;
      d.line = t.funds[0].line;
      break;
    case Anchor::level1:
      d.indicator = t.level1[static_cast<std::size_t>(e.ref)].name;
      d.line = t.level1[static_cast<std::size_t>(e.ref)].line;
      break;
    case Anchor::indicator:
      for (const auto& ind : t.indicators)
        if (ind.id == e.ref) {
          d.indicator = ind.printed_name.empty() ? ind.name : ind.printed_name;
          d.line = ind.line;
        }
      break;
    case Anchor::total: d.line = t.total_line; break;
  }
  if (!e.about.empty()) d.indicator = e.about;
  if (e.anchor == Anchor::total && t.family == Family::sichuan_2023) d.indicator = "合计";  // its total row's label
  return d;
}

}  // namespace

Corpus generate(const CorpusOptions& o) {
  if (o.tables < 0) throw std::invalid_argument("tables must not be negative");
  if (o.unit != "元" && o.unit != "万元" && o.unit != "mixed")
    throw std::invalid_argument("unit must be 元, 万元 or mixed, not " + o.unit);
  const bool mixed = o.family == "mixed";
  const std::optional<Family> fixed = mixed ? std::optional<Family>() : family_from_id(o.family);
  if (!mixed && !fixed) throw std::invalid_argument("unknown family: " + o.family);
  const std::vector<Selected> requested = requested_kinds(o);
  std::map<Family, std::vector<Selected>> kinds;
  for (Family f : all_families()) kinds[f] = kinds_for(requested, f);
  if (fixed && !requested.empty() && kinds[*fixed].empty())
    throw std::invalid_argument("family " + o.family + " can carry none of the requested defect kinds");
  std::map<const DefectKind*, std::size_t> cycle;
  // Kinds are used round-robin by injection number; with "mixed" by the
  // family's own count, so every family cycles through all it carries.
  std::map<Family, int> injections_of;

  Corpus c;
  c.text.reserve(static_cast<std::size_t>(o.tables) * 2600);
  int line = 1;
  int injection = 0;
  for (int i = 0; i < o.tables; ++i) {
    const Family family = fixed ? *fixed : Rng::stream(o.seed ^ kFamilySalt, static_cast<std::uint64_t>(i))
                                               .pick(template_families());
    const std::vector<Selected>& carried = kinds[family];
    Rng rng = Rng::stream(o.seed, static_cast<std::uint64_t>(i));
    const std::string unit = o.unit == "mixed" ? (rng.chance(family == Family::seed ? 30 : 70) ? "万元" : "元") : o.unit;
    const bool defective = !carried.empty() && (i + 1) % o.defect_every == 0;
    Selected pick;
    if (defective) {
      int& n = fixed ? injection : injections_of[family];
      pick = carried[static_cast<std::size_t>(n) % carried.size()];
      if (!fixed) ++n;
      if (pick.variant.empty()) pick.variant = pick.variants[cycle[pick.kind]++ % pick.variants.size()];
    }
    const BuildNeeds needs = defective ? pick.kind->needs : BuildNeeds{};
    GenTable t;
    if (family == Family::seed) {
      t = build_clean_table(rng, i, unit, needs);
    } else {
      FamilyBuildOptions fo;
      fo.placeholder_percent = o.placeholder_percent;
      fo.breakdown_percent = o.breakdown_percent;
      fo.cut_off_percent = defective ? 0 : o.cut_off_percent;
      fo.defect_rule = defective ? pick.kind->rule : "";
      t = build_family_table(rng, i, unit, needs, family, fo);
    }
    std::vector<Expect> expects;
    if (defective) pick.kind->inject(t, rng, pick.variant, expects);

    TableTruth truth;
    if (family == Family::seed) {
      Rng drift = Rng::stream(o.seed ^ kDriftSalt, static_cast<std::uint64_t>(i));
      render_table(t, drift, c.text, line);
      if (o.record_truth) truth = seed_truth(t);
    } else {
      render_family_table(t, c.text, line, &truth);
    }

    const bool printed_code = family == Family::seed || family == Family::sichuan_2023;
    const int indicators = family == Family::seed ? static_cast<int>(t.indicators.size())
                                                  : static_cast<int>(truth.indicators.size());
    c.tables.push_back({printed_code ? t.code : "", t.title_line, indicators, defective, traits(family).id,
                        truth.cut_off});
    if (defective) {
      const std::string kind = pick.kind->rule + "/" + pick.variant;
      for (const auto& e : expects) {
        InjectedDefect d = resolve(e, t, i, kind, injection);
        d.project_code = c.tables.back().project_code;
        c.defects.push_back(d);
      }
      ++injection;
    }
    if (o.record_truth) c.truth.push_back(std::move(truth));
  }
  return c;
}

std::vector<std::string> defect_kinds() {
  std::vector<std::string> out;
  for (const auto& k : defect_registry()) out.push_back(k.rule);
  return out;
}

std::vector<std::string> defect_variants(const std::string& kind) {
  const DefectKind* k = find_defect_kind(kind);
  if (k == nullptr) throw std::invalid_argument("unknown defect kind: " + kind);
  return k->variants;
}

std::vector<std::string> family_ids() {
  std::vector<std::string> out;
  for (Family f : all_families()) out.push_back(traits(f).id);
  return out;
}

namespace {
const FamilyTraits& known_family(const std::string& family) {
  const std::optional<Family> f = family_from_id(family);
  if (!f) throw std::invalid_argument("unknown family: " + family);
  return traits(*f);
}
}  // namespace

std::vector<std::string> defect_kinds(const std::string& family) {
  const FamilyTraits& f = known_family(family);
  std::vector<std::string> out;
  for (const auto& k : defect_registry())
    if (!carried_variants(k, f).empty()) out.push_back(k.rule);
  return out;
}

std::vector<std::string> defect_variants(const std::string& kind, const std::string& family) {
  const FamilyTraits& f = known_family(family);
  const DefectKind* k = find_defect_kind(kind);
  if (k == nullptr) throw std::invalid_argument("unknown defect kind: " + kind);
  return carried_variants(*k, f);
}

}  // namespace jxaudit::corpus
