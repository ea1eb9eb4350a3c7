#!/bin/bash
# Time per Slurm task beyond the work (README "Beyond one machine"), on the single-node Slurm
# of .ci/slurm-local.sh (root). REPEAT times: a 1-task job array of RUNS runs is submitted
# with `benkang slurm --submit`, and the same shard is run as a local process:
#   scheduling = submit → the task's Slurm output file appears (slurmstepd made it)
#   task       = that → the task's exit status file is written
#   local      = the same `simulate … --shard 0/1` as a plain process
#   Slurm's own cost per task = scheduling + task − local
# Release build.  bench/slurm-overhead.sh [RUNS=4] [REPEAT=3]
set -eu
RUNS=${1:-4}; REPEAT=${2:-3}
B=$(realpath "${BENKANG:-.build/release/benkang}")
export BENKANG_SLURM_STATE=${BENKANG_SLURM_STATE:-/tmp/benkang-slurm-bench}
.ci/slurm-local.sh start
trap '.ci/slurm-local.sh stop' EXIT
export SLURM_CONF=$BENKANG_SLURM_STATE/slurm.conf
T=$(mktemp -d /tmp/benkang-slurm-bench.XXXXXX)
now() { date +%s.%N; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
for ((k = 1; k <= REPEAT; k++)); do
  job=$T/job$k
  t0=$(now)
  "$B" slurm simulate scenarios/baseline.yaml --runs "$RUNS" --seed $k --tasks 1 --cpus-per-task 1 --out "$T/out$k" --job-dir "$job" --submit --benkang "$B" > /dev/null
  while [ ! -f "$job/status/task-0.exit" ]; do sleep 0.1; done
  started=$(stat -c %.9Y "$job"/logs/slurm-*_0.out)
  ended=$(stat -c %.9Y "$job/status/task-0.exit")
  l0=$(now); "$B" simulate scenarios/baseline.yaml --runs "$RUNS" --seed $k --threads 1 --shard 0/1 --out "$T/local$k" > /dev/null; l1=$(now)
  sched=$(echo "$started - $t0" | bc); task=$(echo "$ended - $started" | bc); local=$(echo "$l1 - $l0" | bc)
  echo "task $k: scheduling ${sched} s, task ${task} s, same shard as a local process ${local} s, Slurm's cost $(echo "$sched + $task - $local" | bc) s"
  while squeue -h | grep -q .; do sleep 0.2; done
done
rm -rf "$T"
