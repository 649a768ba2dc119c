#!/usr/bin/env bash
# Link every population in the given folders with one bench binary and print
# each population's pairwise precision, recall and F1, then the mean F1.
#   scripts/bench/linkage_sweep.sh target/release/deps/linkage-HASH /tmp/pop/main [...]
# Populations are `NAME.jsonl` beside `NAME.truth` (from linkage_genN.py).
# TAG names the run in the output; JOBS sets the parallelism (default 2).
set -euo pipefail
bin=$1; shift
jobs=${JOBS:-2}
tag=${TAG:-run}

for d in "$@"; do
  for p in "$d"/*.jsonl; do
    t=${p%.jsonl}.truth
    [ -f "$t" ] && echo "$p $t"
  done
done | xargs -P "$jobs" -n 2 sh -c '"$0" file "$1" "$2" 2>/dev/null' "$bin" |
  sed -E 's/.*file ([^:]*): precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+).*/\1 \4 \2 \3/' |
  sort | awk -v tag="$tag" '{n=split($1,a,"/"); printf "%-8s %-14s f1=%s P=%s R=%s\n", tag, a[n], $2, $3, $4; s+=$2; c++}
    END {if (c) printf "%-8s mean f1=%.4f over %d\n", tag, s/c, c}'
