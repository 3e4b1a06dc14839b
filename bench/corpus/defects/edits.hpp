// Small edits the injections share: picking a suitable row, writing a real
// explanation, turning a met indicator into an unmet one of a given form,
// making a shortfall scored in proportion.
#pragma once

#include <functional>
#include <string>

#include "../rng.hpp"
#include "../table_spec.hpp"
#include "registry.hpp"

namespace jxaudit::corpus::edits {

bool is_real(const GenIndicator& ind);
// A random real indicator for which `ok` holds; nullptr when none.
GenIndicator* pick(GenTable& t, Rng& rng, const std::function<bool(const GenIndicator&)>& ok);
// A real indicator that plain target/actual edits may rewrite (not the
// progress-rate or money-cost row, whose texts other rules read).
GenIndicator* pick_plain(GenTable& t, Rng& rng);
GenIndicator* first_of_form(GenTable& t, Form form);

// "偏差原因：<cause>。改进措施：<measure>" with the table's colon: cause and measure both present.
std::string real_explanation(const GenTable& t, Rng& rng);

// The unmet forms of target_actual.unmet-full-score, in cycling order.
const std::vector<std::string>& unmet_forms();
// Rewrites `ind` so its actual misses its target, in the given form; points
// and score untouched. Returns the indicator actually edited (the money form
// edits the table's money-cost row).
GenIndicator* make_unmet(GenTable& t, Rng& rng, const std::string& form);

// Rewrites a plain indicator as a missed target scored exactly in proportion
// (actual ÷ target × 分值), totals re-added: a shortfall that only needs its
// explanation. Returns the indicator (points ≥ 2).
GenIndicator* make_proportional_shortfall(GenTable& t, Rng& rng);

// make_proportional_shortfall where the family prints points, else a missed
// percent target (make_unmet): a shortfall whose explanation is the defect.
GenIndicator* make_explained_shortfall(GenTable& t, Rng& rng);

Expect at_indicator(const std::string& rule, const GenIndicator& ind);
Expect at_level1(const std::string& rule, int level1);
Expect at_funds(const std::string& rule);
Expect at_total(const std::string& rule);
Expect at_table(const std::string& rule, const std::string& about);

}  // namespace jxaudit::corpus::edits
