// jxaudit — command-line entry point. Each subcommand lives in its own file
// (cli/<name>_command.cpp) and registers itself here.
#include <cerrno>
#include <iostream>
#include <sstream>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "cli/cli_language.hpp"
#include "cli/commands.hpp"
#include "i18n/tr.hpp"
#include "i18n/words.hpp"
#include "jxaudit/catalog.hpp"
#include "output_file.hpp"

namespace {

// A closed stdin, stdout or stderr would let the next open() take its number,
// so a report "to stdout" could land in a config file opened meanwhile. Hold
// each closed one with a descriptor that refuses reads and writes (O_PATH):
// writing to it fails with EBADF, as writing to a closed stdout would.
void hold_closed_standard_streams() {
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    // open() returns the lowest free number: `fd`, since every lower one is held.
    const int held = ::open("/", O_PATH | O_CLOEXEC);
    if (held != fd && held >= 0) ::close(held);
  }
}

// stdout is written unbuffered (reports::write_stdout), but closing it is the
// last chance to hear of a write the kernel deferred (NFS, FUSE). Exit 2 then.
int close_stdout(int exit_code) {
  if (::close(STDOUT_FILENO) != 0) {
    const int err = errno;
    std::cerr << fmt::format(jxaudit::i18n::tr_fmt("jxaudit: error: cannot write stdout: {}"),
                             jxaudit::i18n::system_error_text(err))
              << '\n';
    return jxaudit::cli::kExitUsage;
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  hold_closed_standard_streams();
  // Help is written before any config is read: the language comes from the
  // command line, JXAUDIT_LANG or the locale; commands refine it (choose_language).
  jxaudit::set_user_language(jxaudit::cli::early_language(argc, argv));
  CLI::App app{std::string(jxaudit::i18n::tr(
      "jxaudit - audit checker for project expenditure performance self-evaluation tables"))};
  jxaudit::cli::localize(app);
  app.require_subcommand(1);
  jxaudit::cli::CommandRegistry registry;
  // Subcommands register here, one line each.
  jxaudit::cli::add_check_command(app, registry);
  jxaudit::cli::add_list_plugins_command(app, registry);
  jxaudit::cli::add_list_rules_command(app, registry);
  jxaudit::cli::add_dump_config_command(app, registry);
  jxaudit::cli::add_explain_command(app, registry);
  jxaudit::cli::add_parse_command(app, registry);
  jxaudit::cli::add_version_command(app, registry);
  jxaudit::cli::localize_subcommands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version go to stdout through the same checked write as
    // every report; usage errors go to stderr.
    std::ostringstream out;
    int code = app.exit(e, out, std::cerr);
    if (std::string error = jxaudit::reports::write_stdout(out.str()); !error.empty()) {
      std::cerr << fmt::format(jxaudit::i18n::tr_fmt("jxaudit: error: {}"), error) << '\n';
      return jxaudit::cli::kExitUsage;
    }
    // Usage errors exit 2 (documented in README); --help exits 0.
    return close_stdout(code == 0 ? 0 : 2);
  }
  return close_stdout(registry.exit_code);
}
