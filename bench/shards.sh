#!/bin/bash
# Sharding figures (docs/slurm.md, README "Beyond one machine"): a RUNS-run ensemble of the
# baseline in one process with threads against SHARDS local processes plus the merge, the
# same bytes checked with cmp; and the fixed cost of one process (start-up, geodata) from
# 1-run and 9-run processes on one thread. Release build: swift build -c release --product benkang
#   bench/shards.sh [RUNS=64] [SHARDS=2]
set -eu
RUNS=${1:-64}; SHARDS=${2:-2}
B=${BENKANG:-.build/release/benkang}
T=$(mktemp -d /tmp/benkang-shards-bench.XXXXXX)
trap 'rm -rf "$T"' EXIT
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
args=(simulate scenarios/baseline.yaml --runs "$RUNS" --seed 2015)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
t0=$(now); "$B" "${args[@]}" --threads "$SHARDS" --out "$T/single" > /dev/null; t1=$(now)
one=$(secs "$t0" "$t1")
t0=$(now)
for ((i = 0; i < SHARDS; i++)); do "$B" "${args[@]}" --threads 1 --shard "$i/$SHARDS" --out "$T/shards" > /dev/null & done
wait; t1=$(now)
"$B" merge "$T/shards" --out "$T/merged" > /dev/null; t2=$(now)
shards=$(secs "$t0" "$t1"); merge=$(secs "$t1" "$t2")
same=yes; for f in "$T"/single/*; do cmp -s "$f" "$T/merged/$(basename "$f")" || same="NO ($(basename "$f"))"; done
size=$(du -cb "$T"/shards/*.jsonl | tail -1 | cut -f1)
echo "one process, $SHARDS threads: ${one} s"
echo "$SHARDS shard processes: ${shards} s, merge ${merge} s, together $(echo "$shards + $merge" | bc) s; overhead $(echo "scale=1; 100 * ($shards + $merge - $one) / $one" | bc) %"
echo "shard files: $size bytes ($(echo "$size / $RUNS" | bc) per run); same bytes as one process: $same"
t0=$(now); "$B" simulate scenarios/baseline.yaml --runs 1 --threads 1 --out "$T/r1" > /dev/null; t1=$(now)
"$B" simulate scenarios/baseline.yaml --runs 9 --threads 1 --out "$T/r9" > /dev/null; t2=$(now)
r1=$(secs "$t0" "$t1"); r9=$(secs "$t1" "$t2")
per=$(echo "scale=3; ($r9 - $r1) / 8" | bc)
echo "one thread: 1 run ${r1} s, 9 runs ${r9} s: ${per} s per run, fixed cost (start-up, geodata, outputs) $(echo "scale=3; $r1 - $per" | bc) s"
