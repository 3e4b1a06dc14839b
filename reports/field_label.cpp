#include "field_label.hpp"

#include "i18n/tr.hpp"

namespace jxaudit::reports {
namespace {

// The parts field keys are made of (the model's names, jxaudit/model.hpp,
// and the plugins' funds_field()), marked for the catalogue under the
// context "field".
constexpr const char* kParts[] = {
    NC_("field", "funds"),         NC_("field", "total"),         NC_("field", "current_appropriation"),
    NC_("field", "carryover"),     NC_("field", "other"),         NC_("field", "source"),
    NC_("field", "initial_budget"), NC_("field", "full_year_budget"), NC_("field", "executed"),
    NC_("field", "execution_rate"), NC_("field", "points"),        NC_("field", "score"),
    NC_("field", "actual"),        NC_("field", "target"),        NC_("field", "explanation"),
    NC_("field", "name"),          NC_("field", "level1"),        NC_("field", "level2"),
    NC_("field", "level3"),        NC_("field", "weight"),
};

bool known(std::string_view part) {
  for (const char* p : kParts)
    if (part == p) return true;
  return false;
}

}  // namespace

std::string field_label(std::string_view field, MessageLanguage language) {
  if (language == MessageLanguage::en) return std::string(field);
  std::string out;
  while (!field.empty()) {
    const auto dot = field.find('.');
    const std::string_view part = field.substr(0, dot);
    if (!out.empty()) out += "·";
    out += known(part) ? i18n::trc("field", part, language) : part;
    field = dot == std::string_view::npos ? std::string_view() : field.substr(dot + 1);
  }
  return out;
}

}  // namespace jxaudit::reports
