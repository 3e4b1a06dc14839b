#include "jxaudit/finding.hpp"

#include <stdexcept>

namespace jxaudit {

FindingSink::~FindingSink() = default;

void FindingSink::verified(std::size_t count) { (void)count; }

void FindingSink::unverifiable(std::string_view reason, std::string_view zh, std::string_view en, std::size_t count) {
  (void)reason;
  (void)zh;
  (void)en;
  (void)count;
}

FindingBuilder::FindingBuilder(FindingSink& sink, const RuleSpec& rule, const Table& table)
    : FindingBuilder(sink, rule.id, table) {
  spec_ = &rule;
}

FindingBuilder::FindingBuilder(FindingSink& sink, std::string_view rule, const Table& table) : sink_(sink) {
  finding_.rule = std::string(rule);
  finding_.location.file = table.file;
  finding_.location.table = table.index;
  finding_.location.line = table.line;
  // Tables of templates without 项目编码 are identified by their name.
  finding_.location.project_code = !table.project.code.empty() ? table.project.code.text : table.project.name.text;
}

FindingBuilder& FindingBuilder::at(const Cell& cell, std::string_view field) {
  if (cell.at.line > 0) finding_.location.line = cell.at.line;
  finding_.location.column = cell.at.column;
  finding_.location.field = std::string(field);
  return *this;
}

FindingBuilder& FindingBuilder::at(const Indicator& indicator, std::string_view field) {
  finding_.location.line = indicator.line;
  finding_.location.column = -1;
  finding_.location.level2 = indicator.level2;
  finding_.location.indicator = indicator.name.text;
  finding_.location.field = std::string(field);
  const Cell* cell = nullptr;
  if (field == "name") cell = &indicator.name;
  else if (field == "target") cell = &indicator.target;
  else if (field == "actual") cell = &indicator.actual;
  else if (field == "points") cell = &indicator.points;
  else if (field == "score") cell = &indicator.score;
  else if (field == "explanation") cell = &indicator.explanation;
  if (cell != nullptr && cell->at.line > 0) finding_.location.column = cell->at.column;
  return *this;
}

FindingBuilder& FindingBuilder::at_line(int line, std::string_view field) {
  if (line > 0) finding_.location.line = line;
  finding_.location.column = -1;
  finding_.location.field = std::string(field);
  return *this;
}

FindingBuilder& FindingBuilder::expected(std::string zh, std::string en) {
  finding_.expected = std::move(zh);
  finding_.expected_en = std::move(en);
  return *this;
}

FindingBuilder& FindingBuilder::expected(std::string text) {
  finding_.expected = std::move(text);
  return *this;
}

FindingBuilder& FindingBuilder::actual(std::string text) {
  finding_.actual = std::move(text);
  return *this;
}

const MessageSpec& FindingBuilder::lookup(std::string_view id) const {
  const MessageSpec* spec = spec_ != nullptr ? find_message(*spec_, id) : nullptr;
  if (spec == nullptr)
    throw std::logic_error("rule " + finding_.rule + " declares no message '" + std::string(id) + "'");
  return *spec;
}

FindingBuilder& FindingBuilder::message(std::string_view id, std::initializer_list<MessageArg> args) {
  const MessageSpec& m = lookup(id);
  const MessageArgs list(args.begin(), args.size());
  finding_.message = fill_message(m.zh, list);
  finding_.message_en = fill_message(m.en, list, MessageLanguage::en);
  finding_.message_id = std::string(id);
  finding_.arguments.clear();
  for (const auto& a : args) finding_.arguments.emplace_back(std::string(a.name), a.value);
  return *this;
}

FindingBuilder& FindingBuilder::fix(std::string_view id, std::initializer_list<MessageArg> args) {
  const MessageSpec& m = lookup(id);
  const MessageArgs list(args.begin(), args.size());
  finding_.fix = fill_message(m.zh, list);
  finding_.fix_en = fill_message(m.en, list, MessageLanguage::en);
  return *this;
}

FindingBuilder& FindingBuilder::text(std::string zh, std::string en) {
  finding_.message = std::move(zh);
  finding_.message_en = std::move(en);
  return *this;
}

FindingBuilder& FindingBuilder::fix_text(std::string zh, std::string en) {
  finding_.fix = std::move(zh);
  finding_.fix_en = std::move(en);
  return *this;
}

void FindingBuilder::emit() {
  if (emitted_) throw std::logic_error("FindingBuilder::emit called twice for rule " + finding_.rule);
  emitted_ = true;
  sink_.add(std::move(finding_));
}

}  // namespace jxaudit
