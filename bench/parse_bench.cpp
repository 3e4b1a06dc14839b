// parse_bench: parse throughput over a generated corpus (issue 2, item 8).
//
// Not a test (ctest never runs it): timings depend on the machine. Rates are
// per CPU second (the default), which stays meaningful on a shared machine. Run
//   build/bench/parse_bench --benchmark_counters_tabular=true
// and record the numbers in docs/performance.md with the machine, build type
// and command line.
#include <sys/resource.h>

#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

#include "jxaudit/corpus/corpus.hpp"
#include "parse/parser.hpp"

namespace {

constexpr int kTables = 10000;

// One corpus for every benchmark: 10,000 tables, a defect in every 4th (as
// real batches look: mostly right, some wrong), amounts in 元 and 万元.
const jxaudit::corpus::Corpus& corpus() {
  static const jxaudit::corpus::Corpus c = [] {
    jxaudit::corpus::CorpusOptions o;
    o.seed = 20221231;
    o.tables = kTables;
    o.defect_every = 4;
    o.unit = "mixed";
    return jxaudit::corpus::generate(o);
  }();
  return c;
}

const std::string& seed_file() {
  static const std::string bytes = [] {
    std::ifstream in(std::string(JXAUDIT_FIXTURES_DIR) + "/futian-2022-selfeval.txt", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return bytes;
}

void report_peak_memory(benchmark::State& state) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MiB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is KiB on Linux
}

void parse_and_count(benchmark::State& state, const std::string& bytes, std::size_t expected_tables) {
  const auto vocabulary = jxaudit::parse::builtin_vocabulary();
  // 10,000 tables in one file is over the default limits.tables-per-file
  // (5,000): raised here, as a user with such a batch would in jxaudit.yaml.
  jxaudit::config::Limits limits;
  limits.tables_per_file = 100000;
  std::size_t tables = 0;
  for (auto _ : state) {
    jxaudit::parse::ParseOutcome out = jxaudit::parse::parse_bounded(bytes, "corpus.txt", *vocabulary, limits);
    tables = out.limit ? 0 : out.document.tables.size();
    benchmark::DoNotOptimize(out);
  }
  if (tables != expected_tables) {
    state.SkipWithError("parser found a different number of tables than generated");
    return;
  }
  const auto iterations = static_cast<std::int64_t>(state.iterations());
  state.SetBytesProcessed(iterations * static_cast<std::int64_t>(bytes.size()));
  state.SetItemsProcessed(iterations * static_cast<std::int64_t>(expected_tables));
  state.counters["tables/s"] =
      benchmark::Counter(static_cast<double>(iterations) * static_cast<double>(expected_tables), benchmark::Counter::kIsRate);
  state.counters["MB"] = static_cast<double>(bytes.size()) / 1e6;
  report_peak_memory(state);
}

// The whole 10,000-table corpus as one file.
void BM_ParseCorpus(benchmark::State& state) { parse_and_count(state, corpus().text, corpus().tables.size()); }
BENCHMARK(BM_ParseCorpus)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// The seed file (11 tables): small inputs, where per-file set-up shows.
void BM_ParseSeedFile(benchmark::State& state) { parse_and_count(state, seed_file(), 11); }
BENCHMARK(BM_ParseSeedFile)->Unit(benchmark::kMicrosecond);

// The generator itself, for scale: how fast a benchmark or test corpus is made.
void BM_GenerateCorpus(benchmark::State& state) {
  jxaudit::corpus::CorpusOptions o;
  o.seed = 1;
  o.tables = 1000;
  o.defect_every = 4;
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto c = jxaudit::corpus::generate(o);
    bytes = c.text.size();
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.counters["tables/s"] = benchmark::Counter(static_cast<double>(state.iterations()) * 1000.0, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_GenerateCorpus)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
