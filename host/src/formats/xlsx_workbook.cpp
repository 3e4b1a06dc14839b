#include "formats/xlsx_workbook.hpp"

#include <charconv>
#include <map>

#include "formats/number_format.hpp"
#include "formats/xml_stream.hpp"

namespace jxaudit::formats {

namespace {

bool truthy(const char* text) {
  return text != nullptr && (std::string_view(text) == "1" || std::string_view(text) == "true");
}

// Relationships part: Id → (Type, Target).
struct Relationships : XmlHandler {
  struct Rel {
    std::string type, target;
  };
  std::map<std::string, Rel> by_id;
  void start(std::string_view local, const XmlAttributes& a) override {
    if (local != "Relationship") return;
    const char* id = a.get("Id");
    const char* target = a.get("Target");
    if (id == nullptr || target == nullptr) return;
    const char* type = a.get("Type");
    by_id[id] = Rel{type != nullptr ? type : "", target};
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

struct WorkbookPart : XmlHandler {
  struct Sheet {
    std::string name, rel;
  };
  std::vector<Sheet> sheets;
  bool date1904 = false;
  void start(std::string_view local, const XmlAttributes& a) override {
    if (local == "workbookPr") date1904 = truthy(a.get("date1904"));
    if (local != "sheet") return;
    const char* name = a.get("name");
    const char* rel = a.get("id");  // r:id
    if (name != nullptr && rel != nullptr) sheets.push_back({name, rel});
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

struct StylesPart : XmlHandler {
  std::map<int, std::string> custom;  // numFmtId → formatCode
  std::vector<int> xf_formats;        // cellXfs order → numFmtId
  bool in_cell_xfs = false;
  void start(std::string_view local, const XmlAttributes& a) override {
    if (local == "numFmt") {
      const char* code = a.get("formatCode");
      if (code != nullptr) custom[a.get_int("numFmtId", -1)] = code;
    } else if (local == "cellXfs") {
      in_cell_xfs = true;
    } else if (local == "xf" && in_cell_xfs) {
      xf_formats.push_back(a.get_int("numFmtId", 0));
    }
  }
  void end(std::string_view local) override {
    if (local == "cellXfs") in_cell_xfs = false;
  }
  void text(std::string_view) override {}
};

// <si> items: the text of their <t> elements (rich runs joined), phonetic
// guides (<rPh>) left out.
struct SharedStringsPart : XmlHandler {
  std::vector<std::string> strings;
  std::string current;
  bool in_t = false;
  int in_phonetic = 0;
  void start(std::string_view local, const XmlAttributes&) override {
    if (local == "si") current.clear();
    else if (local == "rPh") ++in_phonetic;
    else if (local == "t") in_t = in_phonetic == 0;
  }
  void end(std::string_view local) override {
    if (local == "si") strings.push_back(std::move(current));
    else if (local == "rPh") --in_phonetic;
    else if (local == "t") in_t = false;
  }
  void text(std::string_view t) override {
    if (in_t) current.append(t);
  }
};

std::optional<Relationships> read_relationships(ZipArchive& zip, const std::string& part, std::string& error) {
  Relationships rels;
  const std::optional<std::string> xml = zip.read(part);
  if (!xml) {
    error = zip.error();
    return std::nullopt;
  }
  if (!parse_xml(*xml, rels, error)) {
    error = part + ": " + error;
    return std::nullopt;
  }
  return rels;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string dir_of(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

}  // namespace

std::string resolve_part(const std::string& base_dir, const std::string& target) {
  const std::string joined = !target.empty() && target.front() == '/' ? target.substr(1) : base_dir + target;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    const std::string piece = joined.substr(start, slash - start);
    if (piece == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!piece.empty() && piece != ".") {
      parts.push_back(piece);
    }
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::string office_document_part(ZipArchive& zip, const std::string& fallback) {
  std::string error;
  if (!zip.has("_rels/.rels")) return fallback;
  if (std::optional<Relationships> root = read_relationships(zip, "_rels/.rels", error))
    for (const auto& [id, rel] : root->by_id)
      if (ends_with(rel.type, "/officeDocument")) return resolve_part("", rel.target);
  return fallback;
}

std::optional<XlsxWorkbook> read_xlsx_workbook(ZipArchive& zip, std::string& error) {
  const std::string workbook_part = office_document_part(zip, "xl/workbook.xml");
  const std::optional<std::string> workbook_xml = zip.read(workbook_part);
  if (!workbook_xml) {
    error = zip.error();
    return std::nullopt;
  }
  WorkbookPart workbook;
  if (!parse_xml(*workbook_xml, workbook, error)) {
    error = workbook_part + ": " + error;
    return std::nullopt;
  }
  const std::string base = dir_of(workbook_part);
  const std::string rels_part = base + "_rels/" + workbook_part.substr(base.size()) + ".rels";
  std::optional<Relationships> rels = read_relationships(zip, rels_part, error);
  if (!rels) return std::nullopt;

  XlsxWorkbook out;
  out.date1904 = workbook.date1904;
  for (const auto& sheet : workbook.sheets) {
    const auto it = rels->by_id.find(sheet.rel);
    if (it == rels->by_id.end() || !ends_with(it->second.type, "/worksheet")) continue;  // chart and dialog sheets
    out.sheets.push_back({sheet.name, resolve_part(base, it->second.target)});
  }
  for (const auto& [id, rel] : rels->by_id) {
    if (ends_with(rel.type, "/styles")) {
      StylesPart styles;
      const std::optional<std::string> xml = zip.read(resolve_part(base, rel.target));
      if (!xml || !parse_xml(*xml, styles, error)) {
        if (!xml) error = zip.error();
        return std::nullopt;
      }
      for (int id_value : styles.xf_formats) {
        const auto custom = styles.custom.find(id_value);
        out.cell_formats.push_back(custom != styles.custom.end() ? custom->second
                                                                 : std::string(builtin_number_format(id_value)));
      }
    } else if (ends_with(rel.type, "/sharedStrings")) {
      SharedStringsPart strings;
      XmlStream stream(strings);
      bool ok = zip.stream(resolve_part(base, rel.target), [&](std::string_view chunk) { return stream.feed(chunk, false); });
      if (ok) ok = stream.feed({}, true);
      if (!ok) {
        error = !stream.error().empty() ? "shared strings: " + stream.error() : zip.error();
        return std::nullopt;
      }
      out.shared_strings = std::move(strings.strings);
    }
  }
  return out;
}

}  // namespace jxaudit::formats
