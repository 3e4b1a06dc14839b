#include "cli/cli_language.hpp"

#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include "i18n/tr.hpp"
#include "jxaudit/catalog.hpp"

namespace jxaudit::cli {
namespace {

using i18n::tr;

// CLI11 words its errors in English only: the error's type chooses our
// sentence, and what the error is about (the argument or option CLI11 names)
// is cut out of its text and kept as it is. The cuts follow CLI11 2.1's
// wording (Debian 12); a text they do not fit is shown whole rather than lost.
enum class Kind { extras, required, mismatch, conversion, validation, excludes, requires_, not_found, other };

Kind kind_of(const CLI::Error& e) {
  // Error::get_name() is not the type's name for every error (an ExtrasError
  // of a subcommand is named after the subcommand): ask the type.
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return Kind::extras;
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return Kind::required;
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return Kind::mismatch;
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return Kind::conversion;
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return Kind::validation;
  if (dynamic_cast<const CLI::ExcludesError*>(&e)) return Kind::excludes;
  if (dynamic_cast<const CLI::RequiresError*>(&e)) return Kind::requires_;
  if (dynamic_cast<const CLI::OptionNotFound*>(&e)) return Kind::not_found;
  return Kind::other;
}

std::string cut_before(const std::string& text, std::string_view marker) {
  const auto at = text.find(marker);
  return at == std::string::npos ? text : text.substr(0, at);
}

std::string cut_after(const std::string& text, std::string_view marker) {
  const auto at = text.find(marker);
  return at == std::string::npos ? text : text.substr(at + marker.size());
}

std::string localized_error(const CLI::Error& e) {
  const std::string what = e.what();
  auto say = [](const char* msgid, const std::string& subject) { return fmt::format(i18n::tr_fmt(msgid), subject); };
  switch (kind_of(e)) {
    case Kind::extras:  // "The following argument was not expected: x"
      return say(N_("unexpected argument: {}"), cut_after(what, ": "));
    case Kind::required: {  // "rule is required", "A subcommand is required"
      const std::string name = cut_before(what, " is required");
      return say(N_("a required argument is missing: {}"),
                 name == "A subcommand" ? std::string(tr("SUBCOMMAND")) : name);
    }
    case Kind::mismatch:  // "-j: 1 required INT missing"
      return say(N_("wrong number of values: {}"), cut_before(what, ": "));
    case Kind::conversion:  // "Could not convert: -j = x", "The value x is not an allowed value for -j"
      if (what.starts_with("Could not convert: ")) return say(N_("a value cannot be read: {}"), cut_after(what, ": "));
      return say(N_("a value cannot be read: {}"), what.substr(what.rfind(' ') + 1));
    case Kind::validation:  // "--lang: fr not in {zh-CN,en}"
      return say(N_("a value is not allowed: {}"), cut_before(what, ": "));
    case Kind::excludes:  // "--a excludes --b"
      return say(N_("options that exclude each other: {}"),
                 cut_before(what, " excludes ") + " / " + cut_after(what, " excludes "));
    case Kind::requires_:  // "--a requires --b"
      return say(N_("an option needs another one: {}"),
                 cut_before(what, " requires ") + " → " + cut_after(what, " requires "));
    case Kind::not_found:  // "--x not found"
      return say(N_("no such option: {}"), cut_before(what, " not found"));
    case Kind::other: break;
  }
  return say(N_("invalid command line: {}"), what);
}

}  // namespace

std::string language_tag(std::string_view value) {
  if (value.substr(0, 2) == "en") return "en";
  if (value.substr(0, 2) == "zh") return "zh-CN";
  return {};
}

MessageLanguage early_language(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg(argv[i]);
    if (arg == "--lang" && i + 1 < argc) return i18n::language_of(argv[i + 1]);
    if (arg.starts_with("--lang=")) return i18n::language_of(arg.substr(7));
  }
  for (const char* variable : {"JXAUDIT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value == nullptr || *value == '\0') continue;
    if (const std::string tag = language_tag(value); !tag.empty()) return i18n::language_of(tag);
    // JXAUDIT_LANG that names no language is warned about later (choose_language);
    // a locale of another language (C.UTF-8, de_DE) means nothing for us.
    if (std::string_view(variable) == "JXAUDIT_LANG") break;
  }
  return MessageLanguage::zh_cn;
}

void localize(CLI::App& app) {
  auto formatter = std::make_shared<CLI::Formatter>();
  for (const char* label : {N_("Usage"), N_("OPTIONS"), N_("SUBCOMMAND"), N_("SUBCOMMANDS"), N_("REQUIRED"),
                            N_("Positionals"), N_("Env"), N_("Needs"), N_("Excludes")})
    formatter->label(label, std::string(tr(label)));
  app.formatter(formatter);
  // The group first: the help flag is made in it.
  app.option_defaults()->group(std::string(tr("Options")));
  app.set_help_flag("-h,--help", std::string(tr("print this help and exit")));
  app.group(std::string(tr("Subcommands")));
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return fmt::format(i18n::tr_fmt("jxaudit: error: {}\nRun with --help for more information.\n"),
                       localized_error(e));
  });
}

void localize_subcommands(CLI::App& app) {
  for (CLI::App* command : app.get_subcommands({}))
    if (CLI::Option* help = command->get_help_ptr(); help != nullptr) help->group(std::string(tr("Options")));
}

}  // namespace jxaudit::cli
