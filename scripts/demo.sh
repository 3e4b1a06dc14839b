#!/usr/bin/env bash
# Installs dependencies, builds jxaudit and audits the bundled sample tables.
# This is the first README command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release
mkdir -p out
# A folder as units hand it in: text exports, an .xlsx and a .docx (examples/sample-tables/README.md).
sample=examples/sample-tables
if ./build/jxaudit check --help >/dev/null 2>&1; then
  # exit code 1 only means "findings at or above fail-on": expected on these tables.
  ./build/jxaudit check "$sample" --format text,json --output out/ || [ $? -eq 1 ]
  echo
  echo "Report written to: $(pwd)/out/jxaudit-report.txt and $(pwd)/out/jxaudit-report.json"
else
  ./build/jxaudit parse "$sample"/*.txt --format json > out/tables.json
  echo "Parse result written to: $(pwd)/out/tables.json"
fi
