#!/usr/bin/env bash
# Measures wall time and peak memory of `jxaudit check` on the small hostile inputs of
# docs/reliability.md (issue 10's probe), and prints one Markdown table row per case.
# Not a test: the regression tests assert each case's finding and report; this records the
# cost. Usage: bash scripts/measure-hostile.sh [BUILD_DIR]   (default: build, the release preset)
# Needs root for mknod (the device cases are skipped with a note otherwise).
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
jx="$(pwd)/$build/jxaudit"
[ -x "$jx" ] || { echo "no $jx: build first (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
seed=tests/fixtures/futian-2022-selfeval.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Title, header, funds and goals of the seed's first table, up to its indicator header row.
header_of_first_table() { awk 'NR<=16' "$seed"; }

make_case() {
  local name=$1 dir="$work/$1"
  mkdir -p "$dir"
  case $name in
    seed) cp "$seed" "$dir/in.txt" ;;
    rows-1m) { header_of_first_table; yes $'\t\t\t5' | head -n 1000000; } > "$dir/in.txt" ;;
    titles-50k) yes '项目支出绩效自评表' | head -n 50000 > "$dir/in.txt" ;;
    cells-1m) { header_of_first_table; yes 1 | head -n 1000000 | paste -sd $'\t'; } > "$dir/in.txt" ;;
    near-limit-tables) for i in $(seq 40); do header_of_first_table; yes $'\t\t\t5' | head -n 4980; done > "$dir/in.txt" ;;
    zero-input) mknod "$dir/in.txt" c 1 5 ;;
    fifo-input) mkfifo "$dir/in.txt" ;;
    zero-config) cp "$seed" "$dir/in.txt"; mknod "$dir/jxaudit.yaml" c 1 5 ;;
    alias-bomb-config)
      cp "$seed" "$dir/in.txt"
      python3 - "$dir/jxaudit.yaml" <<'PY'
import sys
big = "x" * (1 << 20)
with open(sys.argv[1], "w") as f:
    f.write("anchor: &a " + big + "\n")
    f.write("checks: [" + ", ".join(["*a"] * 20000) + "]\n")
PY
      ;;
  esac
}

run_case() {
  local name=$1 dir="$work/$1" config=()
  [ -e "$dir/jxaudit.yaml" ] && config=(--config "$dir/jxaudit.yaml")
  local size
  size=$(stat -c %s "$dir/in.txt" 2>/dev/null || echo 0)
  [ -f "$dir/in.txt" ] || size="($(stat -c %F "$dir/in.txt"))"
  /usr/bin/time -f '%e %M' -o "$dir/time" timeout 120 "$jx" check "$dir/in.txt" "${config[@]}" \
    --format json --output "$dir/out/" >"$dir/stdout" 2>"$dir/stderr"
  local rc=$?
  read -r secs kb < <(tail -n 1 "$dir/time")
  local report=0
  [ -f "$dir/out/jxaudit-report.json" ] && report=$(stat -c %s "$dir/out/jxaudit-report.json")
  local said
  said=$(grep -v '^\[' "$dir/stderr" | head -n 1 | cut -c1-90)
  [ -n "$said" ] || said=$(grep -m1 -o '"rule": "[a-z_.-]*"' "$dir/out/jxaudit-report.json" 2>/dev/null | head -n1)
  printf '| %s | %s | %s | %s s | %s MB | %s | %s |\n' "$name" "$size" "$rc" "$secs" "$((kb / 1024))" \
    "$report" "${said//|/\\|}"
}

echo "| case | input bytes | exit | wall | peak RSS | report bytes | first message |"
echo "|---|---|---|---|---|---|---|"
for c in seed rows-1m titles-50k cells-1m near-limit-tables zero-input fifo-input zero-config alias-bomb-config; do
  if [[ $c == zero-* && $(id -u) -ne 0 ]]; then echo "| $c | (needs root for mknod) |||||"; continue; fi
  make_case "$c"
  run_case "$c"
done
