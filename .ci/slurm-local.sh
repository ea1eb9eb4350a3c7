#!/bin/bash
# A single-node Slurm on localhost for the tests (docs/slurm.md, "Tested on a real Slurm").
#   .ci/slurm-local.sh start    install (apt) when missing, start munged, slurmctld, slurmd
#   .ci/slurm-local.sh stop     stop what `start` started (and nothing else)
#   .ci/slurm-local.sh env      print the SLURM_CONF line clients need
# Everything lives in $BENKANG_SLURM_STATE (default /tmp/benkang-slurm): its own munge key
# and socket, slurm.conf, spool, state and logs; /etc is not touched and systemd not used.
# Needs root (the daemons run as root). Exit status 0 when Slurm answers, 1 otherwise.
set -u
STATE=${BENKANG_SLURM_STATE:-/tmp/benkang-slurm}
CONF=$STATE/slurm.conf
PACKAGES="slurmctld slurmd slurm-client munge"

die() { echo "slurm-local: $*" >&2; exit 1; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
# Daemons: default signal handling (a caller may ignore SIGTERM, and ignored signals are
# inherited), no inherited stdout/stderr (a caller reading them to the end would wait
# for the daemons), output in the state folder.
daemon() {
  local reset=()
  env --default-signal=TERM true 2>/dev/null && reset=(env --default-signal=TERM,INT,HUP)
  "${reset[@]}" "$@" < /dev/null >> "$STATE/log/start.log" 2>&1
}

start() {
  [ "$(id -u)" -eq 0 ] || die "must run as root (the daemons run as root); got uid $(id -u)"
  if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
    echo "slurm-local: installing $PACKAGES" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PACKAGES) >&2 || die "apt-get install $PACKAGES failed"
  fi
  mkdir -p "$STATE"/{munge,ctld,spool,log}
  chmod 700 "$STATE/munge"
  touch "$STATE/started"
  if ! alive "$STATE/munge/munged.pid"; then
    [ -f "$STATE/munge/munge.key" ] || { dd if=/dev/urandom of="$STATE/munge/munge.key" bs=1024 count=1 status=none; chmod 400 "$STATE/munge/munge.key"; }
    daemon munged --force --key-file="$STATE/munge/munge.key" --socket="$STATE/munge/munge.socket" \
      --pid-file="$STATE/munge/munged.pid" --log-file="$STATE/log/munged.log" --seed-file="$STATE/munge/munged.seed" \
      || die "munged did not start (see $STATE/log/munged.log)"
    echo munged >> "$STATE/started"
  fi
  # The node as slurmd sees it (CPUs, sockets, cores, threads, RealMemory), named localhost.
  local node
  node=$(slurmd -C 2>/dev/null | head -1 | sed -e 's/^NodeName=[^ ]*/NodeName=localhost/') || true
  [ -n "$node" ] || node="NodeName=localhost CPUs=$(nproc) RealMemory=$(awk '/MemTotal/{print int($2/1024)}' /proc/meminfo)"
  cat > "$CONF" <<CONF
# Written by .ci/slurm-local.sh: one node, localhost, every daemon as root.
ClusterName=benkang-local
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
SlurmctldPort=6917
SlurmdPort=6918
AuthType=auth/munge
AuthInfo=socket=$STATE/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MinJobAge=600
SlurmdTimeout=60
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF=$CONF
  if ! alive "$STATE/slurmctld.pid"; then
    daemon slurmctld -f "$CONF" -i || die "slurmctld did not start (see $STATE/log/slurmctld.log)"
    echo slurmctld >> "$STATE/started"
  fi
  if ! alive "$STATE/slurmd.pid"; then
    daemon slurmd -f "$CONF" -N localhost || die "slurmd did not start (see $STATE/log/slurmd.log)"
    echo slurmd >> "$STATE/started"
  fi
  for _ in $(seq 1 60); do
    if sinfo -h -o '%t' 2>/dev/null | grep -Eq '^(idle|mix|alloc)'; then
      echo "slurm-local: up (SLURM_CONF=$CONF)" >&2; return 0
    fi
    scontrol update nodename=localhost state=resume >/dev/null 2>&1 || true
    sleep 0.5
  done
  sinfo >&2 || true
  tail -5 "$STATE/log/slurmctld.log" "$STATE/log/slurmd.log" >&2 2>/dev/null || true
  die "Slurm did not come up within 30 s"
}

stop() {
  [ -f "$STATE/started" ] || return 0
  for d in slurmd slurmctld munged; do
    grep -qx "$d" "$STATE/started" || continue
    pidfile=$STATE/$d.pid; [ "$d" = munged ] && pidfile=$STATE/munge/munged.pid
    if alive "$pidfile"; then
      pid=$(cat "$pidfile"); kill "$pid"
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    fi
  done
  rm -f "$STATE/started"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) echo "SLURM_CONF=$CONF" ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 64 ;;
esac
