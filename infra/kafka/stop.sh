#!/usr/bin/env bash
# Stops the broker started by start.sh: SIGTERM (controlled shutdown), up to 30 s, then SIGKILL.
# Usage: stop.sh [--clean] [--if-unused]
#   --clean      also delete the data dir (topics, offsets, cluster id).
#   --if-unused  stop only a broker a test run started (.run/started-by-tests, see start.sh) and only when no
#                live process holds a lease in .run/leases/<pid> (jest runs sharing it, see libs/testing).
#                Checked under the start/stop lock, so no run loses its broker and a hand-started one stays.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN="$HERE/.run"
PIDFILE="$RUN/kafka.pid"
CLEAN=false
IF_UNUSED=false
for arg in "$@"; do
  case "$arg" in
    --clean) CLEAN=true ;;
    --if-unused) IF_UNUSED=true ;;
    *) echo "usage: $0 [--clean] [--if-unused]" >&2; exit 2 ;;
  esac
done

mkdir -p "$RUN"
# Same lock as start.sh, so a stop never interleaves with a concurrent start's "already running" check.
exec 9>"$RUN/start.lock"
flock 9

if $IF_UNUSED; then
  if [[ ! -f "$RUN/started-by-tests" ]]; then
    echo "kafka: left running, not started by a test run"
    exit 0
  fi
  for lease in "$RUN"/leases/*; do
    [[ -e "$lease" ]] || continue
    if kill -0 "$(basename "$lease")" 2>/dev/null; then
      echo "kafka: left running, still used by pid $(basename "$lease")"
      exit 0
    fi
    rm -f "$lease" # left by a run that died
  done
fi

PID="$(cat "$PIDFILE" 2>/dev/null || true)"
# Only signal a process that is really our broker: a stale pid file may name a recycled pid.
if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null && tr '\0' ' ' <"/proc/$PID/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka'; then
  kill -TERM "$PID"
  for _ in $(seq 1 60); do
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$PID" 2>/dev/null; then
    echo "kafka: pid $PID ignored SIGTERM for 30 s; sending SIGKILL" >&2
    kill -KILL "$PID" 2>/dev/null || true
  fi
  echo "kafka: stopped (pid $PID)"
else
  echo "kafka: not running${PID:+ (stale pid file for $PID)}"
fi
rm -f "$PIDFILE" "$RUN/started-by-tests"

if $CLEAN; then
  rm -rf "$RUN/data"
  echo "kafka: removed $RUN/data"
fi
