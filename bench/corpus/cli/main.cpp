// jxaudit-corpus: writes a generated corpus and, optionally, its labels.
//
//   jxaudit-corpus --seed 7 --tables 1000 --defects all --defect-every 2
//                  --out corpus.txt --labels corpus.labels.json
//   jxaudit-corpus --family sichuan-2023 --tables 500 --out c.txt
#include <fstream>
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "jxaudit/corpus/corpus.hpp"

namespace {

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

nlohmann::json labels_json(const jxaudit::corpus::CorpusOptions& o, const jxaudit::corpus::Corpus& c) {
  nlohmann::json expected = nlohmann::json::array();
  for (const auto& d : c.defects)
    expected.push_back({{"table", d.table},
                        {"project_code", d.project_code},
                        {"rule", d.rule},
                        {"severity", d.severity},
                        {"indicator", d.indicator},
                        {"line", d.line},
                        {"kind", d.kind},
                        {"injection", d.injection}});
  nlohmann::json labels = {{"schema", "jxaudit/corpus-labels@1"},
                            {"seed", o.seed},
                            {"tables", o.tables},
                            {"defect_every", o.defect_every},
                            {"unit", o.unit},
                            {"expected", expected}};
  // The seed family's labels stay as they were; other families say theirs,
  // per table too (a "mixed" corpus draws one per table).
  if (o.family != "seed") {
    labels["family"] = o.family;
    nlohmann::json families = nlohmann::json::array();
    for (const auto& t : c.tables) families.push_back(t.family);
    labels["table_families"] = families;
  }
  return labels;
}

bool write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Generates 项目支出绩效自评表 tables in the seed's text layout or a template family's, with labelled injected defects."};
  jxaudit::corpus::CorpusOptions options;
  std::string defects;
  std::string out_path;
  std::string labels_path;
  bool list = false;
  app.add_option("--seed", options.seed, "seed number: the same seed gives the same bytes")->required(false);
  app.add_option("--tables", options.tables, "number of tables")->check(CLI::NonNegativeNumber);
  app.add_option("--defects", defects, "injection kinds: rule[,rule…] (rule or rule/variant), or all");
  app.add_option("--defect-every", options.defect_every,
                 "every K-th table carries one injection (default 2 when --defects is given)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--unit", options.unit, "funds unit: 元, 万元 or mixed");
  std::string families_help = "template family: mixed (one of A–G per table) or one of";
  for (const auto& id : jxaudit::corpus::family_ids()) families_help += " " + id;
  families_help += " (or its letter A–G; default seed)";
  app.add_option("--family", options.family, families_help);
  app.add_option("--placeholders", options.placeholder_percent,
                 "families A–G: percent of tables with placeholder rows (指标2:, ……)")
      ->check(CLI::Range(0, 100));
  app.add_option("--breakdowns", options.breakdown_percent,
                 "families A–G: percent of tables with one indicator broken down (其中…, 1、…)")
      ->check(CLI::Range(0, 100));
  app.add_option("--cut-off", options.cut_off_percent, "families A–G: percent of clean tables that end early")
      ->check(CLI::Range(0, 100));
  app.add_option("--out", out_path, "file to write the tables to");
  app.add_option("--labels", labels_path, "file to write the expected findings to (JSON)");
  app.add_flag("--list-defects", list,
               "list the injection kinds and their variants (those --family can carry), then exit");
  CLI11_PARSE(app, argc, argv);

  if (list) {
    const bool all = options.family == "mixed";
    try {
      for (const auto& kind : all ? jxaudit::corpus::defect_kinds() : jxaudit::corpus::defect_kinds(options.family)) {
        std::cout << kind << ':';
        for (const auto& v : all ? jxaudit::corpus::defect_variants(kind)
                                 : jxaudit::corpus::defect_variants(kind, options.family))
          std::cout << ' ' << v;
        std::cout << '\n';
      }
    } catch (const std::invalid_argument& e) {
      std::cerr << "jxaudit-corpus: " << e.what() << '\n';
      return 2;
    }
    return 0;
  }
  if (out_path.empty()) {
    std::cerr << "jxaudit-corpus: --out FILE is required\n";
    return 2;
  }
  if (!defects.empty() && defects != "all") options.defect_kinds = split_commas(defects);
  if (!defects.empty() && options.defect_every == 0) options.defect_every = 2;

  jxaudit::corpus::Corpus corpus;
  try {
    corpus = jxaudit::corpus::generate(options);
  } catch (const std::invalid_argument& e) {
    std::cerr << "jxaudit-corpus: " << e.what() << '\n';
    return 2;
  }
  if (!write_file(out_path, corpus.text)) {
    std::cerr << "jxaudit-corpus: cannot write " << out_path << '\n';
    return 1;
  }
  if (!labels_path.empty() && !write_file(labels_path, labels_json(options, corpus).dump(1) + "\n")) {
    std::cerr << "jxaudit-corpus: cannot write " << labels_path << '\n';
    return 1;
  }
  std::cout << corpus.tables.size() << " tables, " << corpus.text.size() << " bytes, " << corpus.defects.size()
            << " expected findings\n";
  return 0;
}
