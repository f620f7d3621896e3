#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:${PGPORT:-5432}.
# On the project's machines a Debian cluster is installed but may have been stopped; start it if so.
# Prints "started" on the last line when this script started the server (so the caller can stop it later).
set -euo pipefail
port="${PGPORT:-5432}"

answers() { pg_isready -q -h 127.0.0.1 -p "$port" 2>/dev/null; }

if answers; then
  echo "postgres: already running on 127.0.0.1:$port"
  exit 0
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /etc/postgresql ]; then
  echo "postgres: nothing answers on 127.0.0.1:$port and no Debian cluster is installed;" >&2
  echo "          set DATABASE_URL to a server you run, or start one (see docker-compose.yml)" >&2
  exit 1
fi
version="$(ls /etc/postgresql | sort -V | tail -n 1)"
pg_ctlcluster --skip-systemctl-redirect "$version" main start
for _ in $(seq 1 60); do
  if answers; then
    echo "postgres: started cluster $version/main on 127.0.0.1:$port"
    echo "started"
    exit 0
  fi
  sleep 0.5
done
echo "postgres: cluster $version/main did not answer within 30 s" >&2
exit 1
