// Expands the paths given on the command line: files are taken as they are,
// directories are walked recursively and filtered by include/exclude globs
// on the file name (or on the path relative to the directory when the glob
// holds a '/'). The result is sorted, so a run does not depend on directory
// order.
#pragma once

#include <string>
#include <vector>

namespace jxaudit::engine {

struct InputSelection {
  std::vector<std::string> include{"*.txt"};
  std::vector<std::string> exclude;
};

struct ExpandedInputs {
  std::vector<std::string> files;
  std::vector<std::string> missing;  // paths that do not exist
  std::vector<std::string> all;      // files and missing paths, in command-line order
};

ExpandedInputs expand_inputs(const std::vector<std::string>& paths, const InputSelection& selection);

}  // namespace jxaudit::engine
