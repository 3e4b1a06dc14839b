// An HTML page with tables (web systems export their "Excel" files so):
// libxml2's forgiving HTML parser builds the tree, and the page is walked in
// order. Text outside tables becomes one-cell rows (a title, a caption), at
// each block boundary; each <tr> is a row, colspan and rowspan leaving empty
// cells where a spreadsheet copy of the merged range would.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstdlib>
#include <string>
#include <vector>

#include "formats/office_reader.hpp"

namespace jxaudit::formats {

namespace {

constexpr int kMaxSpan = 64;

bool named(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool is_block(const xmlNode* n) {
  for (const char* b : {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "li", "title"})
    if (named(n, b)) return true;
  return false;
}

int span_attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return 1;
  const int span = std::atoi(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return span < 1 ? 1 : (span > kMaxSpan ? kMaxSpan : span);
}

// The text of a cell: its text nodes, <br> and block ends as newlines, nested tables left out.
void cell_text(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content != nullptr) out += reinterpret_cast<const char*>(c->content);
    else if (named(c, "table") || named(c, "script") || named(c, "style")) continue;
    else if (named(c, "br")) out += '\n';
    else if (c->type == XML_ELEMENT_NODE) {
      cell_text(c, out);
      if (is_block(c) && !out.empty() && out.back() != '\n') out += '\n';
    }
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
}

class PageWalker {
 public:
  explicit PageWalker(RowSink& sink) : sink_(sink) {}
  bool stopped() const { return stopped_; }

  void walk(const xmlNode* n) {
    for (const xmlNode* c = n; c != nullptr && !stopped_; c = c->next) {
      if (c->type == XML_TEXT_NODE && c->content != nullptr) {
        line_text_ += reinterpret_cast<const char*>(c->content);
      } else if (named(c, "script") || named(c, "style") || named(c, "head")) {
        continue;
      } else if (named(c, "table")) {
        flush_text();
        table(c);
      } else if (c->type == XML_ELEMENT_NODE) {
        if (is_block(c)) flush_text();
        walk(c->children);
        if (is_block(c)) flush_text();
      }
    }
  }

  void finish() { flush_text(); }

 private:
  void table(const xmlNode* t) {
    std::vector<int> covered;  // per column: rows a rowspan still covers
    std::vector<const xmlNode*> nested;
    const auto each_row = [&](const auto& self, const xmlNode* parent) -> void {
      for (const xmlNode* r = parent->children; r != nullptr && !stopped_; r = r->next) {
        if (named(r, "thead") || named(r, "tbody") || named(r, "tfoot")) self(self, r);
        else if (named(r, "tr")) row(r, covered, nested);
      }
    };
    each_row(each_row, t);
    for (const xmlNode* n : nested) table(n);
  }

  void row(const xmlNode* tr, std::vector<int>& covered, std::vector<const xmlNode*>& nested) {
    std::vector<std::string> cells;
    std::size_t column = 0;
    const auto skip_covered = [&] {
      while (column < covered.size() && covered[column] > 0) {
        --covered[column];
        cells.emplace_back();
        ++column;
      }
    };
    for (const xmlNode* td = tr->children; td != nullptr; td = td->next) {
      if (!named(td, "td") && !named(td, "th")) continue;
      skip_covered();
      std::string text;
      cell_text(td, text);
      for (const xmlNode* c = td->children; c != nullptr; c = c->next)
        if (named(c, "table")) nested.push_back(c);
      const int colspan = span_attribute(td, "colspan");
      const int rowspan = span_attribute(td, "rowspan");
      for (int k = 0; k < colspan; ++k) {
        if (covered.size() <= column) covered.resize(column + 1, 0);
        covered[column] = rowspan - 1;
        cells.push_back(k == 0 ? std::move(text) : std::string());
        ++column;
      }
    }
    skip_covered();
    emit(cells);
  }

  void flush_text() {
    std::string text;
    text.swap(line_text_);
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return;
    const std::size_t last = text.find_last_not_of(" \t\r\n");
    std::vector<std::string> cells{text.substr(first, last - first + 1)};
    emit(cells);
  }

  void emit(const std::vector<std::string>& cells) {
    ++line_;
    if (stopped_) return;
    std::vector<std::string_view> views(cells.begin(), cells.end());
    while (!views.empty() && views.back().empty()) views.pop_back();
    if (views.empty()) return;
    stopped_ = !sink_.row(line_, views);
  }

  RowSink& sink_;
  std::string line_text_;
  int line_ = 0;
  bool stopped_ = false;
};

}  // namespace

ReadOutcome read_html_tables(std::string_view utf8, RowSink& sink) {
  ReadOutcome out;
  if (utf8.size() > static_cast<std::size_t>(INT_MAX)) {  // libxml2 takes an int length; file-bytes keeps far below
    out.limit = config::Limit::file_bytes;
    out.fatal = true;
    return out;
  }
  htmlDocPtr doc = htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  if (doc == nullptr) {
    out.problems.push_back({ParserRule::corrupt_file, i18n::both("the HTML file cannot be parsed"), "", 0});
    out.fatal = true;
    return out;
  }
  sink.begin_part("");
  PageWalker walker(sink);
  walker.walk(xmlDocGetRootElement(doc));
  walker.finish();
  sink.end_part();
  xmlFreeDoc(doc);
  return out;
}

}  // namespace jxaudit::formats
