#!/usr/bin/env bash
# Installs dependencies, builds everything with AddressSanitizer + UndefinedBehaviorSanitizer
# (CMake preset `asan`) and runs the whole test suite under them. Any sanitizer report aborts the
# process that hit it (halt_on_error, abort_on_error: the preset's test environment), so the test
# that ran it fails. .ci/run runs this after scripts/test.sh, as a separate step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
