#!/usr/bin/env bash
# Installs dependencies, builds everything and runs every test.
# This is the second README command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset release
cmake --build --preset release
ctest --preset release
