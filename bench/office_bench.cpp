// office_bench: parse throughput of office files (issue 12, item 6): the
// seed's 11 tables as .xlsx, .docx and .xls (tests/fixtures/office), bytes
// already in memory, through parse_bounded as `jxaudit check` runs it; the
// text original beside them for scale.
//
// Not a test (ctest never runs it): timings depend on the machine. Rates are
// per CPU second. Run
//   build/bench/office_bench --benchmark_counters_tabular=true
// and record the numbers in docs/performance.md ("Office files (issue 12)").
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

#include "parse/parser.hpp"

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(JXAUDIT_FIXTURES_DIR) + "/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void parse_and_count(benchmark::State& state, const std::string& name, std::size_t expected_tables) {
  const std::string bytes = fixture(name);
  const auto vocabulary = jxaudit::parse::builtin_vocabulary();
  const jxaudit::config::Limits limits;
  std::size_t tables = 0;
  for (auto _ : state) {
    jxaudit::parse::ParseOutcome out = jxaudit::parse::parse_bounded(bytes, name, *vocabulary, limits);
    tables = out.limit ? 0 : out.document.tables.size();
    benchmark::DoNotOptimize(out);
  }
  if (bytes.empty() || tables != expected_tables) {
    state.SkipWithError("the fixture is missing or parsed to another number of tables");
    return;
  }
  const auto iterations = static_cast<std::int64_t>(state.iterations());
  state.SetBytesProcessed(iterations * static_cast<std::int64_t>(bytes.size()));
  state.counters["tables/s"] =
      benchmark::Counter(static_cast<double>(iterations) * static_cast<double>(expected_tables), benchmark::Counter::kIsRate);
  state.counters["KB"] = static_cast<double>(bytes.size()) / 1e3;
}

void BM_ParseSeedXlsx(benchmark::State& state) { parse_and_count(state, "office/futian-2022-selfeval.xlsx", 11); }
BENCHMARK(BM_ParseSeedXlsx)->Unit(benchmark::kMillisecond);

void BM_ParseSeedDocx(benchmark::State& state) { parse_and_count(state, "office/futian-2022-selfeval.docx", 11); }
BENCHMARK(BM_ParseSeedDocx)->Unit(benchmark::kMillisecond);

void BM_ParseSeedXls(benchmark::State& state) { parse_and_count(state, "office/futian-2022-selfeval.xls", 11); }
BENCHMARK(BM_ParseSeedXls)->Unit(benchmark::kMillisecond);

// The same 11 tables as the text export, for scale.
void BM_ParseSeedText(benchmark::State& state) { parse_and_count(state, "futian-2022-selfeval.txt", 11); }
BENCHMARK(BM_ParseSeedText)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
