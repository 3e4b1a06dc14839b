// The funds and indicator blocks of the families A–G, written from one
// column list per family (the header cell labels of the real tables), and
// what a parser should read from each row.
#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "family_renderer.hpp"
#include "jxaudit/text.hpp"
#include "spec_math.hpp"

namespace jxaudit::corpus::family_blocks {
namespace {

enum class Col { target, op, value, unit, actual, points, score, explanation, method };
using Columns = std::vector<std::pair<Col, std::string>>;

const Columns& indicator_columns(Family family) {
  static const Columns a = {{Col::target, "年度指标值"}, {Col::actual, "实际完成值"}, {Col::points, "分值"},
                            {Col::score, "得分"}, {Col::explanation, "偏差原因分析及改进措施"}};
  static const Columns b = {{Col::points, "分值"}, {Col::target, "年度指标值"}, {Col::actual, "全年实际值"},
                            {Col::score, "得分"}, {Col::explanation, "未完成原因及拟采取的改进措施"}};
  static const Columns c = {{Col::op, "指标性质"}, {Col::value, "指标值"}, {Col::unit, "度量单位"},
                            {Col::actual, "完成值"}, {Col::points, "权重"}, {Col::score, "得分"},
                            {Col::explanation, "未完成原因分析"}};
  static const Columns d = {{Col::target, "年初目标值(A)"}, {Col::actual, "实际完成值(B)"}, {Col::score, "得分"}};
  static const Columns e = {{Col::target, "指标值"}, {Col::actual, "全年实际完成值"},
                            {Col::explanation, "未完成原因和改进措施"}};
  static const Columns f = {{Col::points, "分值"}, {Col::target, "年度指标值(A)"}, {Col::actual, "全年实际值(B)"},
                            {Col::method, "得分计算方法"}, {Col::score, "得分"}, {Col::explanation, "未完成原因分析"}};
  static const Columns g = {{Col::target, "年度指标 值"}, {Col::actual, "全年 完成值"},
                            {Col::explanation, "未完成原因和 改进措施"}};
  switch (family) {
    case Family::poverty_relief: return b;
    case Family::sichuan_2023: return c;
    case Family::yunnan_20_80: return d;
    case Family::transfer_payment: return e;
    case Family::beijing_2016: return f;
    case Family::hunan_county: return g;
    default: return a;
  }
}

// A target the Sichuan form writes over 指标性质 | 指标值 | 度量单位:
// [comparator] number unit, the unit holding no digit and no suffix
// comparator. Anything else goes whole into 指标值.
struct SplitTarget {
  std::string op, value, unit;
};

SplitTarget split_target(const std::string& target) {
  static const std::vector<std::string> ops = {"≥", "≤", "≧", "≦", ">", "<", "="};
  SplitTarget s;
  std::string rest = target;
  for (const auto& op : ops)
    if (rest.rfind(op, 0) == 0) {
      s.op = op;
      rest = rest.substr(op.size());
      if (!rest.empty() && rest[0] == ' ') rest.erase(0, 1);
      break;
    }
  std::size_t i = 0;
  while (i < rest.size() && ((rest[i] >= '0' && rest[i] <= '9') || rest[i] == '.')) ++i;
  const std::string number = rest.substr(0, i), unit = rest.substr(i);
  // An empty unit is fine (≥254: the unit only on the actual).
  bool plain_unit = unit.find_first_of("0123456789") == std::string::npos;
  for (const std::string bad : {"内", "前", "以上", "以下", "或", "年", "月"})
    if (unit.find(bad) != std::string::npos) plain_unit = false;
  if (number.empty() || !plain_unit || (s.op.empty() && unit.empty())) return {"", target, ""};
  s.value = number;
  s.unit = unit;
  return s;
}

std::string joined(const SplitTarget& s) { return s.op + s.value + s.unit; }

std::string spaced(const std::string& text) {
  // 产出指标 → 产 出 指 标 (every CJK character apart).
  std::string out;
  for (const std::string& c : jxaudit::text::code_points(text)) {
    if (!out.empty()) out += ' ';
    out += c;
  }
  return out;
}

std::string level1_label(const GenTable& t, const GenLevel1& g) {
  std::string name = t.style.spaced_level1 ? spaced(g.name) : g.name;
  if (!t.style.level1_points) return name;
  return name + (t.style.spaced_level1 ? " (" : "(") + g.points + "分)";
}

std::string level2_label(const GenTable& t, const std::string& level2) {
  const std::string suffix = "指标";
  const bool benefit = level2 == "经济效益指标" || level2 == "社会效益指标" || level2 == "生态效益指标" || level2 == "可持续影响指标";
  const std::string stem = level2.substr(0, level2.size() - suffix.size());
  if (t.style.short_level2 && benefit) return stem;
  if (t.style.spaced_level2) return stem + " " + suffix;
  return level2;
}

std::string chinese_number(int n) {
  static const std::vector<std::string> digits = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  if (n >= 1 && n <= 10) return digits[static_cast<std::size_t>(n - 1)];
  return std::to_string(n);
}

std::string method_text(const GenTable& t) {
  return t.style.notes_text ? "完成指标值得满分,未完成按比例得分" : "";
}

class IndicatorBlock {
 public:
  IndicatorBlock(GenTable& t, RowWriter& w, TableTruth& truth)
      : t_(t), w_(w), truth_(truth), cols_(indicator_columns(t.family)) {}

  void header() {
    Row head;
    switch (t_.family) {
      case Family::sichuan_2023: head = {"绩效指标(90分)"}; break;
      case Family::yunnan_20_80: head = {"年度绩效目标 (80分)"}; break;
      case Family::hunan_county: head = {"绩 效 指 标"}; break;
      case Family::poverty_relief: head = {t_.style.filler_row ? "" : "绩效指标"}; break;
      default: head = {"绩效指标"}; break;
    }
    const bool spaced_levels = t_.family == Family::transfer_payment || t_.family == Family::hunan_county;
    head.push_back(spaced_levels ? "一级 指标" : "一级指标");
    head.push_back(t_.family == Family::hunan_county ? "二级 指标" : "二级指标");
    head.push_back("三级指标");
    for (const auto& [col, label] : cols_) head.push_back(label);
    w_.row(head);
  }

  // Writes the rows up to the cut; false when the table is cut off here.
  bool rows() {
    const CutKind cut = t_.style.cut;
    const bool cuts_rows = cut == CutKind::after_row || cut == CutKind::label_row || cut == CutKind::partial_row;
    const std::size_t complete = cuts_rows ? static_cast<std::size_t>(t_.style.cut_after) : t_.indicators.size();
    mark_numbered_categories();
    for (std::size_t i = 0; i < t_.indicators.size(); ++i) {
      GenIndicator& ind = t_.indicators[i];
      if (i == complete) {
        if (cut == CutKind::label_row) label_only(ind, "label");
        if (cut == CutKind::partial_row) partial(ind);
        return false;
      }
      if (ind.form == Form::not_applicable && t_.style.na_label_only)
        label_only(ind, "label");
      else
        full(ind);
    }
    return true;
  }

 private:
  // Leading cells: the merged first column, then level-1 and level-2 labels
  // on the first row of their group.
  Row lead(const GenIndicator& ind) {
    const bool first_l1 = prev_ == nullptr || prev_->level1 != ind.level1;
    const bool first_l2 = first_l1 || prev_->level2 != ind.level2;
    if (first_l2) counter_ = 0;
    Row r = {"", "", ""};
    auto& l1 = t_.level1[static_cast<std::size_t>(ind.level1)];
    if (first_l1) {
      l1.label = level1_label(t_, l1);
      r[1] = l1.label;
      l1.line = w_.next();
      truth_.level1.push_back({l1.name, t_.style.level1_points ? l1.points : "", l1.label, l1.line});
    }
    if (first_l2) r[2] = level2_label(t_, ind.level2);
    prev_ = &ind;
    return r;
  }

  std::string printed_name(const GenIndicator& ind) {
    if (ind.form == Form::not_applicable) return ind.name;
    ++counter_;
    std::string number;
    if (numbered_.count(ind.level2) > 0)
      number = chinese_number(counter_) + "、";
    else if (t_.style.numbering == "指标N:")
      number = "指标" + std::to_string(counter_) + ":";
    else if (t_.style.numbering == "指标N")
      number = "指标" + std::to_string(counter_);
    return number + ind.prefix + ind.name;
  }

  std::string cell(Col c, const GenIndicator& ind, const SplitTarget& split) const {
    switch (c) {
      case Col::target: return ind.target;
      case Col::op: return split.op;
      case Col::value: return split.value;
      case Col::unit: return split.unit;
      case Col::actual: return ind.actual;
      case Col::points: return ind.points;
      case Col::score: return ind.score;
      case Col::explanation: return ind.explanation;
      case Col::method: return method_text(t_);
    }
    return "";
  }

  void full(GenIndicator& ind) {
    Row r = lead(ind);
    ind.printed_name = printed_name(ind);
    r.push_back(ind.printed_name);
    const SplitTarget split = split_target(ind.target);
    for (const auto& [col, label] : cols_) r.push_back(cell(col, ind, split));
    ind.line = write(r);
    TruthIndicator ti = truth_of(ind);
    ti.target = t_.family == Family::sichuan_2023 ? joined(split) : ind.target;
    ti.actual = ind.actual;
    ti.points = traits(t_.family).points_column ? ind.points : "";
    ti.score = traits(t_.family).scored ? ind.score : "";
    ti.explanation = traits(t_.family).explanation_column ? ind.explanation : "";
    truth_.indicators.push_back(ti);
    parts(ind);
    placeholders(ind);
  }

  void parts(GenIndicator& ind) {
    int n = 0;
    for (auto& p : ind.parts) {
      Row r = {"", "", ""};
      const std::string name = (t_.family == Family::yunnan_20_80 ? std::to_string(++n) + "、" : "") + p.name;
      r.push_back(name);
      const SplitTarget split = split_target(p.target);
      for (const auto& [col, label] : cols_) {
        switch (col) {
          case Col::target: r.push_back(p.target); break;
          case Col::op: r.push_back(split.op); break;
          case Col::value: r.push_back(split.value); break;
          case Col::unit: r.push_back(split.unit); break;
          case Col::actual: r.push_back(p.actual); break;
          case Col::score: r.push_back(p.score); break;
          default: r.push_back(""); break;
        }
      }
      p.line = write(r);
      const std::string target = t_.family == Family::sichuan_2023 ? joined(split) : p.target;
      truth_.indicators.back().parts.push_back({name, target, p.actual, "", p.score, p.line});
    }
  }

  void placeholders(const GenIndicator& ind) {
    for (int k = 0; k < ind.placeholders; ++k) {
      std::string text = "……";
      if (k == 0 && t_.style.numbering == "指标N:") text = "指标" + std::to_string(counter_ + 1) + ":";
      if (k == 0 && t_.style.numbering == "指标N") text = "指标" + std::to_string(counter_ + 1);
      const int line = write({"", "", "", text});
      truth_.slots.push_back({"placeholder", text, line});
    }
  }

  void label_only(GenIndicator& ind, const std::string& kind) {
    Row r = lead(ind);
    ind.line = write(r);
    truth_.slots.push_back({kind, r[2].empty() ? r[1] : r[2], ind.line});
  }

  // The row of a cut-off table: its name and at most its first value cell.
  void partial(GenIndicator& ind) {
    Row r = lead(ind);
    ind.printed_name = printed_name(ind);
    r.push_back(ind.printed_name);
    TruthIndicator ti;
    const Col first = cols_.front().first;
    if (first == Col::op) {
      const SplitTarget split = split_target(ind.target);
      if (!split.op.empty()) {
        r.push_back(split.op);
        r.push_back(split.value);  // the unit is lost: no target
      }
    } else if (first == Col::target && !ind.target.empty()) {
      r.push_back(ind.target);
      ti.target = ind.target;
    } else if (first == Col::points && traits(t_.family).points_column) {
      r.push_back(ind.points);
      ti.points = ind.points;
    }
    ind.line = write(r);
    const TruthIndicator base = truth_of(ind);
    ti.level1 = base.level1;
    ti.level2 = base.level2;
    ti.name = base.name;
    ti.line = base.line;
    truth_.indicators.push_back(ti);
    truth_.cut_off = true;
  }

  TruthIndicator truth_of(const GenIndicator& ind) {
    TruthIndicator ti;
    ti.level1 = t_.level1[static_cast<std::size_t>(ind.level1)].name;
    ti.level2 = ind.level2;
    ti.name = ind.printed_name;
    ti.line = ind.line;
    return ti;
  }

  int write(const Row& r) { return w_.trimmed(r); }

  // D numbers every row of a category holding a parent with sub-items.
  void mark_numbered_categories() {
    if (t_.family != Family::yunnan_20_80) return;
    for (const auto& ind : t_.indicators)
      if (!ind.parts.empty()) numbered_.insert(ind.level2);
  }

  GenTable& t_;
  RowWriter& w_;
  TableTruth& truth_;
  const Columns& cols_;
  const GenIndicator* prev_ = nullptr;
  int counter_ = 0;
  std::set<std::string> numbered_;
};

}  // namespace

bool indicators(GenTable& t, RowWriter& w, TableTruth& truth) {
  IndicatorBlock block(t, w, truth);
  block.header();
  if (t.style.cut == CutKind::after_header) {
    truth.cut_off = true;
    return false;
  }
  const bool whole = block.rows();
  if (!whole) truth.cut_off = true;
  return whole;
}

// Where the total row's points and score stand: under the block's 分值/权重
// and 得分 columns (four leading cells: first column, 一级, 二级, 三级).
void total(GenTable& t, RowWriter& w, TableTruth& truth) {
  const FamilyTraits& tr = traits(t.family);
  if (!tr.total_points && !tr.total_score) return;
  if (t.family == Family::sichuan_2023) {  // 合计 | 100: the points alone
    t.total_line = w.row({"合计", t.total_points});
  } else {
    Row r = {"总分"};
    const Columns& cols = indicator_columns(t.family);
    for (std::size_t i = 0; i < cols.size(); ++i) {
      const std::size_t at = 4 + i;
      if (r.size() <= at) r.resize(at + 1);
      if (cols[i].first == Col::points && tr.total_points) r[at] = t.total_points;
      if (cols[i].first == Col::score && tr.total_score) r[at] = t.total_score;
    }
    t.total_line = w.trimmed(r);
  }
  truth.has_total = true;
  truth.total_points = tr.total_points ? t.total_points : "";
  truth.total_score = tr.total_score ? t.total_score : "";
  truth.total_line = t.total_line;
}

}  // namespace jxaudit::corpus::family_blocks
