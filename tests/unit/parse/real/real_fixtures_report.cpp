// Prints how well the parser reads the real fixtures: the per-fixture counts,
// the grand total, then every wrong, missing and extra field.
//   real_fixtures_report [--summary] [DIR]   (DIR defaults to tests/fixtures/real)
// Exit status 0, or 1 when a fixture or its expected file could not be read.
#include <cstdio>
#include <string>

#include "real_fixture_run.hpp"

int main(int argc, char** argv) {
  using namespace jxaudit::parse::testing::real;
  std::string dir = std::string(JXAUDIT_FIXTURES_DIR) + "/real";
  bool summary_only = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--summary")
      summary_only = true;
    else
      dir = arg;
  }
  const auto results = run_fixtures(dir);
  std::string out = format_summary(results);
  if (!summary_only) out += "\n" + format_details(results);
  std::fwrite(out.data(), 1, out.size(), stdout);
  for (const auto& r : results)
    if (!r.error.empty()) return 1;
  return results.empty() ? 1 : 0;
}
