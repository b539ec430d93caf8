#!/usr/bin/env bash
# Issue 16: the cost of `check --record` on N x P (default 100000 x 50) `check --only violation
# --format FORMAT` (default json, the largest report: 26 MB to hash; FORMAT=text is the issue's
# command as written, the default format), second run (corpus cache warm), with THREADS threads
# (default: lexcheck's default, the hardware concurrency; THREADS=1 for the figures before
# 2026-12-04):
#   plain          check without --record
#   record-new     --record into a new database (every input stored)
#   record-again   --record into a database that holds the same inputs and findings (the same
#                  check again: no blob added)
#   findings-new   --record into a database that holds the same inputs but not these findings
# Best of $RUNS (default 5) rounds, wall time and CPU time (user + sys: less disturbed by other
# processes on a shared machine), and the median over the rounds of each round's wall time
# against that round's plain run (less moved by a machine whose speed drifts between rounds);
# the variants take turns within each round so that a change of load hits them alike. With
# LEXCHECK_BEFORE=DIR (a build folder) that build's binary takes its turns too, as "before".
# With CALLGRIND=1 the instruction counts (repeatable on a loaded
# machine; fsync and page-cache time are not instructions). Run in an empty folder, so no
# ./lexcheck.lock is read (and recorded) with the inputs. Each timed run begins with `sync`, so
# that no earlier run's writes are still on their way to the disk: on ext4 the first fsync of a
# run otherwise waits for the previous run's 26 MB report (docs/performance.md, "The record
# before the report is placed"); SETTLE=0 runs them back to back instead.
#
#   bench/audit.sh [N] [P]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-100000}
p=${2:-50}
runs=${RUNS:-5}
data=${LEXCHECK_BENCH_DATA:-/tmp/lexcheck-bench}/n${n}_p${p}
[ -f "$data/expected.txt" ] || /usr/bin/python3 "$root/bench/generate.py" instance \
  --measures "$n" --provisions "$p" --seed 1 --formats yaml --out "$data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
cd "$work"  # not where a lexcheck.lock or lexcheck.toml could be read with the inputs
format=${FORMAT:-json}
args=(check --rules "$data/rules" --corpus "$data/corpus" --only violation --format "$format"
  --output "$work/out.$format" --as-of 2024-01-01)
if [ -n "${THREADS:-}" ]; then args+=(--threads "$THREADS"); fi
declare -A binary=([after]=${LEXCHECK_BUILD:-$root/build}/cli/lexcheck)
builds=(after)
if [ -n "${LEXCHECK_BEFORE:-}" ]; then
  binary[before]=$LEXCHECK_BEFORE/cli/lexcheck
  builds=(before after)
fi
"${binary[after]}" "${args[@]}" >/dev/null 2>&1 || true   # fills the corpus cache
for b in "${builds[@]}"; do  # a database of each build's schema with the inputs, no run
  "${binary[$b]}" "${args[@]}" --record "$work/$b-inputs.db" >/dev/null 2>&1 || true
  /usr/bin/python3 - "$work/$b-inputs.db" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
for table in ["run_findings", "findings_blobs", "run_inputs", "run_options", "runs"]:
    if table in tables:
        db.execute(f"DELETE FROM {table}")
db.commit()
db.execute("VACUUM")
db.close()
EOF
done

variant() {  # variant BUILD NAME: the extra arguments, after preparing the database
  case $2 in
    plain) ;;
    record-new) rm -f "$work/$1".db*; echo --record "$work/$1.db" ;;
    record-again) echo --record "$work/$1.db" ;;
    findings-new) cp "$work/$1-inputs.db" "$work/$1-findings.db"; echo --record "$work/$1-findings.db" ;;
  esac
}
variants=(plain record-new record-again findings-new)
declare -A wall cpu round_wall
ratios=$work/ratios  # "BUILD/VARIANT RATIO" of each round's wall time to that round's plain run
TIMEFORMAT='%R %U %S'
for _ in $(seq "$runs"); do
  for b in "${builds[@]}"; do
    for v in "${variants[@]}"; do
      extra=$(variant "$b" "$v")
      if [ "${SETTLE:-1}" = 1 ]; then sync; fi
      # shellcheck disable=SC2086
      read -r r u s < <({ time "${binary[$b]}" "${args[@]}" $extra >/dev/null 2>&1 || true; } 2>&1)
      c=$(echo "$u + $s" | bc)
      k=$b/$v
      round_wall[$k]=$r
      echo "$k $(echo "$r / ${round_wall[$b/plain]}" | bc -l)" >> "$ratios"
      if [ -z "${wall[$k]:-}" ] || [ "$(echo "$r < ${wall[$k]}" | bc)" = 1 ]; then wall[$k]=$r; fi
      if [ -z "${cpu[$k]:-}" ] || [ "$(echo "$c < ${cpu[$k]}" | bc)" = 1 ]; then cpu[$k]=$c; fi
    done
  done
done
echo "format: $format; load average: $(cut -d' ' -f1-3 /proc/loadavg); threads: ${THREADS:-default ($(nproc))}; settle: ${SETTLE:-1}"
for b in "${builds[@]}"; do
  for v in "${variants[@]}"; do
    k=$b/$v
    median=$(awk -v k="$k" '$1 == k {print $2}' "$ratios" | sort -g |
      awk '{r[NR] = $1} END {print (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2)}')
    printf '%-6s %-13s best of %d: wall %.3f s (%+.0f %%)  cpu %.3f s (%+.0f %%)  median round %+.0f %%\n' \
      "$b" "$v" "$runs" \
      "${wall[$k]}" "$(echo "(${wall[$k]} / ${wall[$b/plain]} - 1) * 100" | bc -l)" \
      "${cpu[$k]}" "$(echo "(${cpu[$k]} / ${cpu[$b/plain]} - 1) * 100" | bc -l)" \
      "$(echo "($median - 1) * 100" | bc -l)"
  done
done
if [ "${CALLGRIND:-0}" = 1 ]; then
  for b in "${builds[@]}"; do
    for v in "${variants[@]}"; do
      extra=$(variant "$b" "$v")
      # shellcheck disable=SC2086
      valgrind --tool=callgrind --callgrind-out-file=/dev/null "${binary[$b]}" "${args[@]}" \
        $extra > "$work/callgrind.txt" 2>&1 || true
      grep -o "Collected : [0-9]*" "$work/callgrind.txt" | sed "s/^/$b $v instructions: /" || cat "$work/callgrind.txt"
    done
  done
fi
for b in "${builds[@]}"; do
  echo "$b: blobs after the last run: $(sqlite3 "$work/$b.db" 'SELECT count(*) FROM blobs' 2>/dev/null || echo '?')"
done
