#include "config/setting_origin.hpp"

#include "i18n/tr.hpp"

namespace jxaudit::config {
namespace {

// The words of --explain-config, kept together for the message catalogue.
constexpr const char* kDefault = N_("default");
constexpr const char* kCommandLine = N_("command line");
constexpr const char* kEnvironment = N_("environment");

}  // namespace

std::string SettingOrigin::describe() const {
  if (is_default()) return std::string(i18n::tr(kDefault));
  std::string out;
  auto add = [&out](const std::string& part) { out += (out.empty() ? "" : " + ") + part; };
  for (const auto& f : files) add(f.file + ":" + std::to_string(f.line));
  if (!environment.empty()) add(std::string(i18n::tr(kEnvironment)) + " (" + environment + ")");
  if (!flags.empty()) {
    std::string list;
    for (const auto& f : flags) list += (list.empty() ? "" : ", ") + f;
    add(std::string(i18n::tr(kCommandLine)) + " (" + list + ")");
  }
  return out;
}

SettingOrigin SettingOrigin::file_line(std::string file, int line) {
  SettingOrigin o;
  o.files.push_back({std::move(file), line});
  return o;
}

SettingOrigin SettingOrigin::flag(std::string name) {
  SettingOrigin o;
  o.flags.push_back(std::move(name));
  return o;
}

SettingOrigin SettingOrigin::env(std::string name) {
  SettingOrigin o;
  o.environment = std::move(name);
  return o;
}

SettingOrigin origin_of(const SettingOrigins& origins, const std::string& key) {
  auto it = origins.find(key);
  return it == origins.end() ? SettingOrigin{} : it->second;
}

}  // namespace jxaudit::config
