#!/usr/bin/env bash
# Issue 4 / issue 8 scale and depth benchmarks of the `lexcheck` executable:
#   - N x P load + check + JSON end to end (default 100000 x 50, every listed finding);
#   - 1,000,000 measures x 200 provisions with --only violation,undetermined, cold and warm;
#   - the "levels" exception chain and the define chain at several depths (linear time).
# Wall time and peak RSS come from /usr/bin/time -v. Generated data goes to
# $LEXCHECK_BENCH_DATA (default /tmp/lexcheck-bench); outputs to a temporary folder.
#
#   bench/scale.sh [all|small|large|chains]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${LEXCHECK_BUILD:-$root/build-perf}
data_root=${LEXCHECK_BENCH_DATA:-/tmp/lexcheck-bench}
lexcheck=$build/cli/lexcheck
what=${1:-all}
runs=${RUNS:-3}
gen() { /usr/bin/python3 "$root/bench/generate.py" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache

[ -x "$lexcheck" ] || ninja -C "$build" -j2 lexcheck >/dev/null
no_cache=()
usage=$("$lexcheck" --help 2>&1 || true)
case "$usage" in *--no-cache*) no_cache=(--no-cache) ;; esac

# measure LABEL CMD...: best of $runs; prints "LABEL  wall s  peak RSS MB"
measure() {
  local label=$1; shift
  local best="" rss=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
      local rc=$?
      [ "$rc" -eq 1 ] || { cat "$work/err" "$work/time" >&2; return "$rc"; }
    }
    local wall r
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i]; print s}' "$work/time")
    r=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time")
    if [ -z "$best" ] || awk "BEGIN {exit !($wall < $best)}"; then best=$wall; rss=$r; fi
  done
  printf '| %-58s | %8.2f | %8s |\n' "$label" "$best" "$rss"
}

outcome_of() {  # the outcome of the single finding in a JSON report
  /usr/bin/python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["findings"]; print(f[0]["outcome"] if f else "none")' "$1"
}

echo "# $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), best of $runs"
printf '| %-58s | %8s | %8s |\n' "run" "wall s" "peak MB"
printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "----------" "----------"

if [ "$what" = all ] || [ "$what" = small ]; then
  d=$data_root/n100000_p50
  [ -d "$d/corpus" ] || gen instance --measures 100000 --provisions 50 --formats yaml,json --out "$d" >/dev/null
  [ -d "$d/json" ] || gen instance --measures 100000 --provisions 50 --formats yaml,json --out "$d" >/dev/null
  args=(check --rules "$d/rules" --as-of 2024-01-01 --format json --fail-on never)
  measure "100k x 50, YAML, JSON of all findings, cold" "$lexcheck" "${args[@]}" "${no_cache[@]}" --corpus "$d/corpus" --output "$work/a.json"
  measure "100k x 50, JSON corpus, JSON of all findings, cold" "$lexcheck" "${args[@]}" "${no_cache[@]}" --corpus "$d/json" --output "$work/a.json"
  if [ ${#no_cache[@]} -gt 0 ]; then
    "$lexcheck" "${args[@]}" --corpus "$d/corpus" --output "$work/a.json" >/dev/null 2>&1 || true
    measure "100k x 50, YAML, JSON of all findings, second run (cache)" "$lexcheck" "${args[@]}" --corpus "$d/corpus" --output "$work/a.json"
  fi
fi

if [ "$what" = all ] || [ "$what" = large ]; then
  d=$data_root/n1000000_p200
  [ -f "$d/expected.txt" ] || gen instance --measures 1000000 --provisions 200 --formats yaml,json --out "$d" >/dev/null
  args=(check --rules "$d/rules" --as-of 2024-01-01 --format json --only violation,undetermined --fail-on never)
  measure "1M x 200, YAML, --only violation,undetermined, cold" "$lexcheck" "${args[@]}" "${no_cache[@]}" --corpus "$d/corpus" --output "$work/b.json"
  want=$(awk '/^violations/ {print $2}' "$d/expected.txt")
  got=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["violation"])' "$work/b.json")
  [ "$got" = "$want" ] || echo "MISMATCH: 1M x 200 found $got violations, expected $want" >&2
  measure "1M x 200, JSON corpus, --only violation,undetermined, cold" "$lexcheck" "${args[@]}" "${no_cache[@]}" --corpus "$d/json" --output "$work/b.json"
  if [ ${#no_cache[@]} -gt 0 ]; then
    "$lexcheck" "${args[@]}" --corpus "$d/corpus" --output "$work/b.json" >/dev/null 2>&1 || true
    measure "1M x 200, YAML, --only violation,undetermined, second run" "$lexcheck" "${args[@]}" --corpus "$d/corpus" --output "$work/b.json"
  fi
fi

if [ "$what" = all ] || [ "$what" = chains ]; then
  for family in levels defines; do
    if [ $family = levels ]; then depths="1000 10000 100000"; else depths="10000 100000 1000000"; fi
    for depth in $depths; do
      d=$data_root/$family$depth
      [ -f "$d/expected.txt" ] || gen $family --depth "$depth" --out "$d" >/dev/null
      measure "$family chain, depth $depth (full trace, JSON)" "$lexcheck" check --rules "$d/rules" \
        --corpus "$d/corpus" --as-of 2024-01-01 --format json --fail-on never --output "$work/c.json"
      want=$(awk '/^outcome/ {print $2}' "$d/expected.txt")
      got=$(outcome_of "$work/c.json")
      [ "$got" = "$want" ] || echo "MISMATCH: $family $depth decided $got, expected $want" >&2
      # The same decision with the finding filtered out: parse + decide, no trace to write.
      measure "$family chain, depth $depth (--only undetermined: no trace)" "$lexcheck" check \
        --rules "$d/rules" --corpus "$d/corpus" --as-of 2024-01-01 --format json --fail-on never \
        --only undetermined --output "$work/c.json"
    done
  done
fi
