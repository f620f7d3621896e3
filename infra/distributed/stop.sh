#!/usr/bin/env bash
# Stops the services infra/distributed/start.sh launched (by the pids it recorded), gently then firmly.
set -uo pipefail
RUN="$(cd "$(dirname "$0")" && pwd)/.run"
[[ -f "$RUN/pids" ]] || { echo "distributed: nothing running"; exit 0; }
# Gateway first (reverse start order), so no request reaches a stopped service.
mapfile -t entries < <(tac "$RUN/pids")
for entry in "${entries[@]}"; do
  read -r pid name <<< "$entry"
  kill -TERM "$pid" 2>/dev/null && echo "distributed: stopping $name (pid $pid)"
done
for _ in $(seq 1 20); do
  alive=0
  for entry in "${entries[@]}"; do read -r pid _ <<< "$entry"; kill -0 "$pid" 2>/dev/null && alive=1; done
  (( alive )) || break
  sleep 0.5
done
for entry in "${entries[@]}"; do
  read -r pid name <<< "$entry"
  kill -KILL "$pid" 2>/dev/null && echo "distributed: $name did not stop in 10 s; killed"
done
rm -f "$RUN/pids"
