#!/bin/bash
# Sharding figures (docs/slurm.md, README "Beyond one machine"): a RUNS-run ensemble of the
# baseline in one process with SHARDS threads against SHARDS local processes of one thread
# plus the merge, the same bytes checked with cmp; and the fixed cost of one process
# (start-up, geodata, outputs) from 1-run and 9-run processes on one thread. Wall time and
# CPU time (user + system, which a loaded shared machine inflates less) and peak memory.
# Release build: swift build -c release --product benkang
#   bench/shards.sh [RUNS=64] [SHARDS=2]
set -eu
RUNS=${1:-64}; SHARDS=${2:-2}
B=${BENKANG:-.build/release/benkang}
T=$(mktemp -d /tmp/benkang-shards-bench.XXXXXX)
trap 'rm -rf "$T"' EXIT
# run NAME CMD…: wall s, cpu s, peak kB into $T/NAME.time
run() { local n=$1; shift; /usr/bin/time -f "%e %U %S %M" -o "$T/$n.time" "$@" > /dev/null; }
wall() { cut -d' ' -f1 "$T/$1.time"; }
cpu() { awk '{print $2 + $3}' "$T/$1.time"; }
rss() { cut -d' ' -f4 "$T/$1.time"; }
sum() { local s=0; for n in "$@"; do s=$(echo "$s + $(cpu "$n")" | bc); done; echo "$s"; }
args=(simulate scenarios/baseline.yaml --runs "$RUNS" --seed 2015)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
run single "$B" "${args[@]}" --threads "$SHARDS" --out "$T/single"
t0=$(date +%s.%N)
for ((i = 0; i < SHARDS; i++)); do run "shard$i" "$B" "${args[@]}" --threads 1 --shard "$i/$SHARDS" --out "$T/shards" & done
wait; t1=$(date +%s.%N)
run merge "$B" merge "$T/shards" --out "$T/merged"
same=yes; for f in "$T"/single/*; do cmp -s "$f" "$T/merged/$(basename "$f")" || same="NO ($(basename "$f"))"; done
size=$(du -cb "$T"/shards/*.jsonl | tail -1 | cut -f1)
shardnames=(); for ((i = 0; i < SHARDS; i++)); do shardnames+=("shard$i"); done
shardcpu=$(sum "${shardnames[@]}")
echo "one process, $SHARDS threads: wall $(wall single) s, CPU $(cpu single) s, peak $(rss single) kB"
echo "$SHARDS shard processes: wall $(echo "$t1 - $t0" | bc) s, CPU $shardcpu s, peak $(rss shard0) kB each; merge: wall $(wall merge) s, CPU $(cpu merge) s, peak $(rss merge) kB"
echo "sharding overhead: CPU $(echo "scale=1; 100 * ($shardcpu + $(cpu merge) - $(cpu single)) / $(cpu single)" | bc) %, wall $(echo "scale=1; 100 * ($t1 - $t0 + $(wall merge) - $(wall single)) / $(wall single)" | bc) %"
echo "shard files: $size bytes ($(echo "$size / $RUNS" | bc) per run); same bytes as one process: $same"
run r1 "$B" simulate scenarios/baseline.yaml --runs 1 --threads 1 --out "$T/r1"
run r9 "$B" simulate scenarios/baseline.yaml --runs 9 --threads 1 --out "$T/r9"
per=$(echo "scale=3; ($(cpu r9) - $(cpu r1)) / 8" | bc)
echo "one thread: 1 run CPU $(cpu r1) s (wall $(wall r1) s), 9 runs CPU $(cpu r9) s (wall $(wall r9) s): $per s CPU per run, fixed cost (start-up, geodata, outputs) $(echo "scale=3; $(cpu r1) - $per" | bc) s CPU"
