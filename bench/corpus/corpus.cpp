// generate(): clean tables, one injection every K-th table, rendered in the
// seed's layout, expectations resolved to lines.
#include "jxaudit/corpus/corpus.hpp"

#include <map>
#include <stdexcept>

#include "defects/registry.hpp"
#include "renderer.hpp"
#include "rng.hpp"
#include "table_builder.hpp"

namespace jxaudit::corpus {
namespace {

// Separate streams for content and for column drift, so a change in how many
// draws a table's content takes does not shift another table.
constexpr std::uint64_t kDriftSalt = 0xD21F7C0DE5EEDULL;

struct Selected {
  const DefectKind* kind = nullptr;
  std::string variant;  // empty: cycle through the kind's variants
};

std::vector<Selected> select_kinds(const CorpusOptions& o) {
  std::vector<Selected> out;
  if (o.defect_every <= 0) return out;
  if (o.defect_kinds.empty()) {
    for (const auto& k : defect_registry()) out.push_back({&k, ""});
    return out;
  }
  for (const auto& entry : o.defect_kinds) {
    const auto slash = entry.find('/');
    const std::string rule = entry.substr(0, slash);
    const DefectKind* kind = find_defect_kind(rule);
    if (kind == nullptr) throw std::invalid_argument("unknown defect kind: " + rule);
    Selected s{kind, slash == std::string::npos ? "" : entry.substr(slash + 1)};
    if (!s.variant.empty()) {
      bool known = false;
      for (const auto& v : kind->variants) known |= v == s.variant;
      if (!known) throw std::invalid_argument("unknown variant '" + s.variant + "' of defect kind " + rule);
    }
    out.push_back(s);
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
          d.indicator = ind.name;
          d.line = ind.line;
        }
      break;
    case Anchor::total: d.line = t.total_line; break;
  }
  if (!e.about.empty()) d.indicator = e.about;
  return d;
}

}  // namespace

Corpus generate(const CorpusOptions& o) {
  if (o.tables < 0) throw std::invalid_argument("tables must not be negative");
  if (o.unit != "元" && o.unit != "万元" && o.unit != "mixed")
    throw std::invalid_argument("unit must be 元, 万元 or mixed, not " + o.unit);
  const std::vector<Selected> kinds = select_kinds(o);
  std::map<const DefectKind*, std::size_t> cycle;

  Corpus c;
  c.text.reserve(static_cast<std::size_t>(o.tables) * 2600);
  int line = 1;
  int injection = 0;
  for (int i = 0; i < o.tables; ++i) {
    Rng rng = Rng::stream(o.seed, static_cast<std::uint64_t>(i));
    const std::string unit = o.unit == "mixed" ? (rng.chance(30) ? "万元" : "元") : o.unit;
    const bool defective = !kinds.empty() && (i + 1) % o.defect_every == 0;
    Selected pick;
    if (defective) {
      pick = kinds[static_cast<std::size_t>(injection) % kinds.size()];
      if (pick.variant.empty()) {
        const auto& variants = pick.kind->variants;
        pick.variant = variants[cycle[pick.kind]++ % variants.size()];
      }
    }
    GenTable t = build_clean_table(rng, i, unit, defective ? pick.kind->needs : BuildNeeds{});
    std::vector<Expect> expects;
    if (defective) pick.kind->inject(t, rng, pick.variant, expects);

    Rng drift = Rng::stream(o.seed ^ kDriftSalt, static_cast<std::uint64_t>(i));
    render_table(t, drift, c.text, line);

    c.tables.push_back({t.code, t.title_line, static_cast<int>(t.indicators.size()), defective});
    if (defective) {
      const std::string kind = pick.kind->rule + "/" + pick.variant;
      for (const auto& e : expects) c.defects.push_back(resolve(e, t, i, kind, injection));
      ++injection;
    }
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

}  // namespace jxaudit::corpus
