#!/usr/bin/env bash
# Issue 20: what listing findings costs, in instructions (valgrind --tool=callgrind, whole
# process, --threads 1, warm cache), for one or more builds: the run with `--only violation`
# (every violation traced and written in the JSON report) minus the run with `--only
# contested` (none listed on the bench instances), and that against deciding the pairs
# (FastEvaluator::run + Worker::run, exclusive, in the first run). Instruction counts repeat
# under load, unlike wall time. SHA-256 runs its portable code under valgrind (~733 M of
# every run of the dense instance, the same in all builds).
#
#   bench/listing.sh BUILD_DIR [BUILD_DIR...]      e.g. build /work/notes/s5/before-c42910f
#
# Environment: DATA (default /tmp/lexcheck-bench/n100000_p50_d0.18, the dense instance of
# `DENSITY=0.18 bench/peers/run`; /tmp/lexcheck-bench/n100000_p50 for the sparse one).
set -euo pipefail
data=${DATA:-/tmp/lexcheck-bench/n100000_p50_d0.18}
[ -d "$data/corpus" ] || { echo "$data: no instance (bench/peers/run generates it)" >&2; exit 2; }
[ $# -ge 1 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-40s %16s %16s %16s %14s %8s\n' build violation contested listing deciding ratio
for build in "$@"; do
  bin=$build/cli/lexcheck
  export XDG_CACHE_HOME=$work/cache-$(echo "$build" | tr / _)
  declare -A total=()
  for only in violation contested; do
    args=(check --rules "$data/rules" --corpus "$data/corpus" --as-of 2024-01-01 --format json
      --only "$only" --fail-on never --threads 1 --output "$work/out.json")
    "$bin" "${args[@]}"  # fills the cache
    nice valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$work/$only.cg" \
      "$bin" "${args[@]}" 2>/dev/null
    total[$only]=$(callgrind_annotate "$work/$only.cg" | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
  done
  deciding=$(callgrind_annotate "$work/violation.cg" |
    awk '/FastEvaluator::run|::Worker::run/ {gsub(",", "", $1); s += $1} END {print s}')
  listing=$((total[violation] - total[contested]))
  printf '%-40s %16d %16d %16d %14d %7sx\n' "$build" "${total[violation]}" \
    "${total[contested]}" "$listing" "$deciding" \
    "$(awk -v l="$listing" -v d="$deciding" 'BEGIN {printf "%.2f", l / d}')"
done
