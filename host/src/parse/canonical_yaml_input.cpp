// The YAML front end of the canonical reader (canonical_input_tree.hpp):
// the stream is loaded through the guarded loader (yaml/yaml_load.hpp), then
// each document is turned into the reader's tree, its tables one at a time.
#include <algorithm>
#include <cctype>

#include "sdk_messages/sdk_tr.hpp"
#include "yaml/yaml_load.hpp"
#include "parse/canonical_input_tree.hpp"

namespace jxaudit::parse::canonical {
namespace {

bool digits(std::string_view s, std::size_t& i, bool hex = false) {
  const std::size_t from = i;
  while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) ||
                          (hex && std::isxdigit(static_cast<unsigned char>(s[i])))))
    ++i;
  return i > from;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?, 0o…, 0x…, .inf, .nan:
// every number form of YAML's core schema, so that 1e5, 0x1F or .inf is read
// as the number it is (and refused by the model reader as no decimal), not
// as a string that happens to look like one.
bool number_form(std::string_view s) {
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o')) {
    std::size_t i = 2;
    return digits(s, i, s[1] == 'x') && i == s.size();
  }
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  const std::string_view rest = s.substr(i);
  if (rest == ".inf" || rest == ".Inf" || rest == ".INF") return true;
  if (i == 0 && (rest == ".nan" || rest == ".NaN" || rest == ".NAN")) return true;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digits(s, i)) return false;
  } else {
    if (!digits(s, i)) return false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      digits(s, i);
    }
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (!digits(s, i)) return false;
  }
  return i == s.size();
}

// YAML 1.2 core schema: what a plain (unquoted) scalar is.
InputNode::Kind resolve_plain(std::string_view s) {
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return InputNode::Kind::null;
  if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE")
    return InputNode::Kind::boolean;
  if (number_form(s)) return InputNode::Kind::number;
  return InputNode::Kind::string;
}

class Converter {
 public:
  Converter(const TreeLimits& limits, TreeSink& sink) : limits_(limits), sink_(sink) {}

  // False once a limit stopped the reading.
  bool convert(const YAML::Node& node, int fallback_line, InputNode& out) {
    out.line = node.Mark().is_null() ? fallback_line : node.Mark().line + 1;
    switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null: out.kind = InputNode::Kind::null; return true;
      case YAML::NodeType::Scalar: {
        const std::string& text = node.Scalar();
        if (text.size() > limits_.string_bytes) {
          sink_.limit(config::Limit::line_bytes, limits_.string_bytes, out.line, text.size());
          return false;
        }
        // "?" is a plain scalar; "!" a quoted one; an explicit !!str tag is a string too.
        const std::string& tag = node.Tag();
        out.kind = tag == "?" ? resolve_plain(text) : tag == "!" || tag == "tag:yaml.org,2002:str"
                                                            ? InputNode::Kind::string
                                                            : resolve_plain(text);
        out.text = out.kind == InputNode::Kind::null ? "null" : text;
        return true;
      }
      case YAML::NodeType::Sequence:
        out.kind = InputNode::Kind::array;
        for (const auto& item : node) {
          InputNode child;
          if (!convert(item, out.line, child)) return false;
          out.items.push_back(std::move(child));
        }
        return true;
      case YAML::NodeType::Map:
        out.kind = InputNode::Kind::object;
        for (const auto& pair : node) {
          const int key_line = pair.first.Mark().is_null() ? out.line : pair.first.Mark().line + 1;
          if (!pair.first.IsScalar()) {
            sink_.syntax_problem(key_line, i18n::both("a key that is not a scalar; the entry is not read"));
            continue;
          }
          InputNode child;
          if (!convert(pair.second, key_line, child)) return false;
          out.members.emplace_back(pair.first.Scalar(), std::move(child));
        }
        return true;
    }
    return true;
  }

  // A document: its other members first (the reader looks at the schema),
  // then its tables one by one, then the document.
  bool document(std::size_t index, const YAML::Node& doc) {
    InputNode out;
    out.kind = InputNode::Kind::object;
    out.line = doc.Mark().is_null() ? 1 : doc.Mark().line + 1;
    std::optional<YAML::Node> tables;
    for (const auto& pair : doc) {
      const int key_line = pair.first.Mark().is_null() ? out.line : pair.first.Mark().line + 1;
      if (!pair.first.IsScalar()) {
        sink_.syntax_problem(key_line, i18n::both("a key that is not a scalar; the entry is not read"));
        continue;
      }
      if (pair.first.Scalar() == "tables" && pair.second.IsSequence() && !tables) {
        tables = pair.second;
        continue;
      }
      InputNode child;
      if (!convert(pair.second, key_line, child)) return false;
      out.members.emplace_back(pair.first.Scalar(), std::move(child));
    }
    if (tables) {
      sink_.document_head(index, out);
      InputNode list;
      list.kind = InputNode::Kind::array;
      list.line = tables->Mark().is_null() ? out.line : tables->Mark().line + 1;
      std::size_t position = 0;
      for (const auto& item : *tables) {
        InputNode table;
        if (!convert(item, list.line, table)) return false;
        if (table.kind != InputNode::Kind::object) {
          list.items.push_back(std::move(table));
        } else if (!sink_.table(index, position, std::move(table))) {
          return false;
        }
        ++position;
      }
      out.members.emplace_back("tables", std::move(list));
    }
    sink_.document(index, std::move(out));
    return true;
  }

 private:
  const TreeLimits& limits_;
  TreeSink& sink_;
};

}  // namespace

void read_yaml_tree(std::string_view text, const std::string& origin, const TreeLimits& limits, TreeSink& sink) {
  YamlLimits yaml;
  yaml.max_bytes = text.size();  // read already, within limits.file-bytes
  yaml.max_nodes = static_cast<std::size_t>(limits.nodes);
  yaml.max_scalar_bytes = std::max(yaml.max_scalar_bytes, text.size());
  yaml.max_depth = limits.depth;
  std::vector<ConfigError> errors;
  bool over_budget = false;
  const std::optional<std::vector<YAML::Node>> documents =
      load_yaml_documents(text, origin, errors, yaml, &over_budget);
  if (!documents) {
    // The guard's budget is limits.yaml-nodes here: the input fails over a
    // limit, as a JSON file holding too many nodes does, rather than being invalid.
    if (over_budget) {
      sink.limit(config::Limit::yaml_nodes, limits.nodes, errors.empty() ? 0 : errors.back().line, 0);
      return;
    }
    // The report keeps a diagnostic in both languages: the loader says its
    // errors once in each (a broken input is rare; reading it again is cheap).
    const auto errors_in = [&](MessageLanguage language) {
      const sdk_messages::LanguageScope scope(language);
      std::vector<ConfigError> said;
      (void)load_yaml_documents(text, origin, said, yaml);
      return said;
    };
    const std::vector<ConfigError> zh = errors_in(MessageLanguage::zh_cn);
    const std::vector<ConfigError> en = errors_in(MessageLanguage::en);
    for (std::size_t i = 0; i < zh.size() && i < en.size(); ++i) {
      const auto what = [](const ConfigError& e) { return e.key.empty() ? e.message : e.key + ": " + e.message; };
      sink.syntax_problem(zh[i].line, i18n::both("YAML cannot be read: {}", i18n::Bilingual{what(zh[i]), what(en[i])}));
    }
    return;
  }
  Converter converter(limits, sink);
  std::size_t index = 0;
  for (const YAML::Node& doc : *documents) {
    if (doc.IsNull()) continue;  // an empty document (a trailing ---)
    if (!doc.IsMap()) {
      const int line = doc.Mark().is_null() ? 0 : doc.Mark().line + 1;
      sink.syntax_problem(line,
                          i18n::both("a canonical YAML document is a map (key: value); this one is not and is not read"));
      ++index;
      continue;
    }
    if (!converter.document(index++, doc)) return;
  }
  if (index == 0) sink.syntax_problem(0, i18n::both("the YAML holds no document"));
}

}  // namespace jxaudit::parse::canonical
