#include "family.hpp"

namespace jxaudit::corpus {
namespace {

std::vector<FamilyTraits> make_traits() {
  std::vector<FamilyTraits> v;
  FamilyTraits seed;
  seed.id = "seed";
  seed.template_id = "shenzhen-2022";
  v.push_back(seed);

  FamilyTraits a = seed;  // 财预〔2020〕10号: the seed's columns, other labels
  a.family = Family::central_2020;
  a.id = "central-2020";
  a.template_id = "central-2020";
  a.letter = 'A';
  v.push_back(a);

  FamilyTraits b = seed;  // 扶贫/衔接资金 绩效目标自评表: 分值 before 年度指标值
  b.family = Family::poverty_relief;
  b.id = "goal-selfeval-2022";
  b.template_id = "goal-selfeval-2022";
  b.letter = 'B';
  b.initial_column = false;
  v.push_back(b);

  FamilyTraits c = seed;  // Sichuan 2023: 权重, split targets, 合计 = points only
  c.family = Family::sichuan_2023;
  c.id = "sichuan-2023";
  c.template_id = "sichuan-2023";
  c.letter = 'C';
  c.weight_column = true;
  c.level1_points = false;
  c.total_score = false;
  v.push_back(c);

  FamilyTraits d = seed;  // Yunnan 20 + 80: funds 20 × 执行率, scores without points
  d.family = Family::yunnan_20_80;
  d.id = "yunnan-20-80";
  d.template_id = "yunnan-20-80";
  d.letter = 'D';
  d.points_column = false;
  d.funds_points = 20;
  d.indicator_points = 80;
  d.level1_points = false;
  d.initial_column = false;
  d.explanation_column = false;
  d.total_points = false;
  d.component_rows = false;
  v.push_back(d);

  FamilyTraits e = seed;  // 转移支付 绩效目标自评表: no scores
  e.family = Family::transfer_payment;
  e.id = "transfer-payment-2024";
  e.template_id = "transfer-payment-2024";
  e.letter = 'E';
  e.scored = false;
  e.points_column = false;
  e.funds_points = 0;
  e.indicator_points = 0;
  e.level1_points = false;
  e.initial_column = false;
  e.total_points = false;
  e.total_score = false;
  v.push_back(e);

  FamilyTraits f = seed;  // Beijing 2016: 年初预算数(A) only, 分值(10分), 得分计算方法
  f.family = Family::beijing_2016;
  f.id = "beijing-2016";
  f.template_id = "beijing-2016";
  f.letter = 'F';
  f.initial_column = false;
  v.push_back(f);

  FamilyTraits g = e;  // Hunan 县级专项资金绩效目标自评表: no scores
  g.family = Family::hunan_county;
  g.id = "county-special-2020";
  g.template_id = "county-special-2020";
  g.letter = 'G';
  v.push_back(g);
  return v;
}

}  // namespace

const FamilyTraits& traits(Family f) {
  static const std::vector<FamilyTraits> v = make_traits();
  return v[static_cast<std::size_t>(f)];
}

std::optional<Family> family_from_id(const std::string& id) {
  for (Family f : all_families()) {
    const FamilyTraits& t = traits(f);
    if (id == t.id || (id.size() == 1 && id[0] == t.letter)) return f;
  }
  return std::nullopt;
}

const std::vector<Family>& all_families() {
  static const std::vector<Family> v = {Family::seed,         Family::central_2020,     Family::poverty_relief,
                                        Family::sichuan_2023, Family::yunnan_20_80,     Family::transfer_payment,
                                        Family::beijing_2016, Family::hunan_county};
  return v;
}

const std::vector<Family>& template_families() {
  static const std::vector<Family> v(all_families().begin() + 1, all_families().end());
  return v;
}

}  // namespace jxaudit::corpus
