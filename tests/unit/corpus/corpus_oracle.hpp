// A reference reading of the plugin rules (issues 4–7), written only for the
// generator's own layout: it tells the corpus tests whether a clean table is
// really clean and whether each injection breaks exactly the rules its labels
// name. It is not the plugins (they are tested against the labels
// themselves); it is the generator's self-check.
#pragma once

#include <string>
#include <vector>

#include "corpus_reader.hpp"
#include "jxaudit/measure.hpp"

namespace jxaudit::corpus::testing {

struct OracleFinding {
  std::string rule;
  int line = 0;  // 0 for table-level findings
  std::string about;
};

std::vector<OracleFinding> oracle_check(const ReadTable& table, const Evaluator& evaluator);

}  // namespace jxaudit::corpus::testing
