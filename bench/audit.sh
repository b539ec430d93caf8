#!/usr/bin/env bash
# Issue 16: the cost of `check --record` on N x P (default 100000 x 50) `check --only violation
# --format json`, second run (corpus cache warm), 1 thread:
#   plain          check without --record
#   record-new     --record into a new database (every input stored)
#   record-again   --record into a database that holds the same inputs (no blob added)
# Wall time best of $RUNS (default 5), and with CALLGRIND=1 the instruction counts (repeatable
# on a loaded machine; fsync and page-cache time are not instructions).
#
#   bench/audit.sh [N] [P]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
lexcheck=${LEXCHECK_BUILD:-$root/build}/cli/lexcheck
n=${1:-100000}
p=${2:-50}
runs=${RUNS:-5}
data=${LEXCHECK_BENCH_DATA:-/tmp/lexcheck-bench}/n${n}_p${p}
[ -f "$data/expected.txt" ] || /usr/bin/python3 "$root/bench/generate.py" instance \
  --measures "$n" --provisions "$p" --seed 1 --formats yaml --out "$data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
args=(check --rules "$data/rules" --corpus "$data/corpus" --only violation --format json
  --output "$work/out.json" --as-of 2024-01-01 --threads 1)
"$lexcheck" "${args[@]}" >/dev/null 2>&1 || true   # fills the corpus cache

variant() {  # variant NAME: the extra arguments, after preparing the database
  case $1 in
    plain) ;;
    record-new) rm -f "$work"/a.db*; echo --record "$work/a.db" ;;
    record-again) echo --record "$work/a.db" ;;
  esac
}
for v in plain record-new record-again; do
  best=""
  for _ in $(seq "$runs"); do
    extra=$(variant "$v")
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    "$lexcheck" "${args[@]}" $extra >/dev/null 2>&1 || true
    t=$(echo "$(date +%s.%N) - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  printf '%-13s wall best of %d: %.3f s\n' "$v" "$runs" "$best"
  if [ "${CALLGRIND:-0}" = 1 ]; then
    extra=$(variant "$v")
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$lexcheck" "${args[@]}" $extra 2>&1 |
      grep -o 'Collected : [0-9]*' | sed "s/^/$v instructions: /"
  fi
done
echo "blobs after the last run: $(sqlite3 "$work/a.db" 'SELECT count(*) FROM blobs' 2>/dev/null || echo '?')"
