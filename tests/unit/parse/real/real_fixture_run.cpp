#include "real_fixture_run.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "expected_fields.hpp"
#include "io/read_file.hpp"
#include "parse/parser.hpp"
#include "parsed_fields.hpp"

namespace jxaudit::parse::testing::real {
namespace {

namespace fs = std::filesystem;

bool is_fixture(const fs::path& p) {
  const std::string name = p.filename().string();
  return p.extension() == ".txt" && name.size() > 3 && std::isdigit(static_cast<unsigned char>(name[0])) &&
         std::isdigit(static_cast<unsigned char>(name[1])) && name[2] == '_';
}

FixtureResult run_one(const fs::path& txt, const Vocabulary& vocabulary) {
  FixtureResult r;
  r.name = txt.stem().string();
  r.id = r.name.substr(0, 2);
  const fs::path json = txt.parent_path() / "expected" / (r.name + ".json");
  const io::ReadResult expected_bytes = io::read_file(json.string());
  const io::ReadResult table_bytes = io::read_file(txt.string());
  if (!expected_bytes.bytes || !table_bytes.bytes) {
    r.error =
        !expected_bytes.bytes ? json.string() + ": " + expected_bytes.error : txt.string() + ": " + table_bytes.error;
    return r;
  }
  const ExpectedLoad expected = load_expected(*expected_bytes.bytes);
  if (!expected.error.empty()) {
    r.error = json.string() + ": " + expected.error;
    return r;
  }
  // A stable path, so nothing depends on where the tree is checked out.
  const Document doc = parse_bytes(*table_bytes.bytes, "real/" + txt.filename().string(), vocabulary);
  std::vector<TableFields> parsed;
  for (const auto& t : doc.tables) parsed.push_back(fields_of(t));
  r.fields = compare_tables(expected.tables, parsed);
  r.counts = count(r.fields);
  return r;
}

std::string percent(std::size_t right, std::size_t printed) {
  if (printed == 0) return "-";
  return Decimal::divide(Decimal(static_cast<std::int64_t>(right) * 100), Decimal(static_cast<std::int64_t>(printed)),
                         1)
      .to_string();
}

const char* heading(Outcome o) {
  switch (o) {
    case Outcome::wrong:
      return "wrong";
    case Outcome::missing:
      return "missing";
    case Outcome::extra:
      return "extra (not printed)";
    case Outcome::right:
      break;
  }
  return "right";
}

}  // namespace

std::vector<FixtureResult> run_fixtures(const std::string& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && is_fixture(entry.path())) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  const auto vocabulary = builtin_vocabulary();
  std::vector<FixtureResult> results;
  for (const auto& f : files) results.push_back(run_one(f, *vocabulary));
  if (ec) {
    FixtureResult failed;
    failed.name = failed.id = dir;
    failed.error = dir + ": " + ec.message();
    results.push_back(std::move(failed));
  }
  return results;
}

std::string difference_line(const std::string& id, const FieldResult& f) {
  return id + " " + f.path + ": expected " + f.expected + ", got " + f.got;
}

std::vector<std::string> difference_lines(const std::vector<FixtureResult>& results) {
  std::vector<std::string> lines;
  for (const auto& r : results)
    for (const auto& f : r.fields)
      if (f.outcome != Outcome::right) lines.push_back(difference_line(r.id, f));
  std::sort(lines.begin(), lines.end());
  return lines;
}

std::string format_summary(const std::vector<FixtureResult>& results) {
  std::string out = fmt::format("{:<42} {:>7} {:>5} {:>5} {:>7} {:>5} {:>6}\n", "fixture", "printed", "right", "wrong",
                                "missing", "extra", "right%");
  Counts all;
  for (const auto& r : results) {
    const Counts& n = r.counts;
    all += n;
    out += fmt::format("{:<42} {:>7} {:>5} {:>5} {:>7} {:>5} {:>6}{}\n", r.name, n.printed, n.right, n.wrong, n.missing,
                       n.extra, percent(n.right, n.printed), r.error.empty() ? "" : "  ERROR: " + r.error);
  }
  out += fmt::format("{:<42} {:>7} {:>5} {:>5} {:>7} {:>5} {:>6}\n", "all", all.printed, all.right, all.wrong,
                     all.missing, all.extra, percent(all.right, all.printed));
  out += fmt::format("real fixtures: {} of {} printed fields right ({}%); {} extra fields not printed\n", all.right,
                     all.printed, percent(all.right, all.printed), all.extra);
  return out;
}

std::string format_details(const std::vector<FixtureResult>& results) {
  std::string out;
  for (const auto& r : results) {
    const Counts& n = r.counts;
    out += fmt::format("== {}: {} of {} printed fields right, {} wrong, {} missing, {} extra\n", r.name, n.right,
                       n.printed, n.wrong, n.missing, n.extra);
    if (!r.error.empty()) out += "  ERROR: " + r.error + "\n";
    for (const Outcome o : {Outcome::wrong, Outcome::missing, Outcome::extra}) {
      bool first = true;
      for (const auto& f : r.fields) {
        if (f.outcome != o) continue;
        if (first) out += fmt::format("  {}:\n", heading(o));
        first = false;
        out += "    " + difference_line(r.id, f) + "\n";
      }
    }
  }
  return out;
}

BaselineRead read_baseline(const std::string& path) {
  BaselineRead out;
  const io::ReadResult r = io::read_file(path);
  if (!r.bytes) {
    out.error = path + ": " + r.error;
    return out;
  }
  std::istringstream in(*r.bytes);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    out.lines.push_back(line);
  }
  std::sort(out.lines.begin(), out.lines.end());
  return out;
}

std::string write_baseline(const std::string& path, const std::vector<std::string>& lines) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return path + ": cannot be written";
  out << "# Fields the parser gets wrong in tests/fixtures/real today, one per line, sorted\n"
         "# (README.md here: format, and how real_fixtures_tests uses this ratchet).\n"
         "# Goal (issue 11): no line left. Regenerate: JXAUDIT_UPDATE_BASELINE=1 "
         "build/tests/unit/parse/real/real_fixtures_tests\n";
  for (const auto& l : lines) out << l << '\n';
  out.flush();
  return out ? "" : path + ": write failed";
}

BaselineDiff diff_baseline(const std::vector<std::string>& baseline, const std::vector<std::string>& current) {
  BaselineDiff d;
  std::set_difference(current.begin(), current.end(), baseline.begin(), baseline.end(), std::back_inserter(d.appeared));
  std::set_difference(baseline.begin(), baseline.end(), current.begin(), current.end(),
                      std::back_inserter(d.disappeared));
  return d;
}

}  // namespace jxaudit::parse::testing::real
