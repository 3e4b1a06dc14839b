// Hand-built tables for the arithmetic rules' tests: a clean table modelled on
// the seed's 网格信息管理 (funds in 元, 10 + 50 + 30 + 10 points), which each
// test breaks in one place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "collecting_sink.hpp"
#include "jxaudit/model.hpp"

namespace jxaudit::arithmetic::testing {

// Funds 4770000.00 budgeted, 4758842.30 executed → 99.77 %, funds score 9.98;
// indicators worth 90 points, all fully scored; total 100 / 99.98.
Table clean_table();

FundsRow& funds_row(Table& table, FundsKind kind);
Indicator& indicator(Table& table, std::string_view name);
// Sets a cell's text and number the way the parser would, keeping its position.
void set(Cell& cell, std::string text);

// Re-states the funds block consistently: total and 当年财政拨款 rows get
// `budget` and `executed`; the total row `rate` and `score`; the 总分 score
// and the 支出进度达标率 indicator follow, so only what a test changes after
// this is wrong.
void set_funds(Table& table, const std::string& budget, const std::string& executed, const std::string& rate,
               const std::string& score);

// Configures an ArithmeticCheck with `options_yaml` (the `options:` map) and
// runs it on `table`.
std::vector<Finding> run(const Table& table, const std::string& options_yaml = "");
// The findings of one rule.
std::vector<Finding> of_rule(const std::vector<Finding>& findings, std::string_view rule);
// "rule:expected:actual" for every finding, for compact assertions.
std::vector<std::string> summary(const std::vector<Finding>& findings);

}  // namespace jxaudit::arithmetic::testing
