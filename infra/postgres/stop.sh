#!/usr/bin/env bash
# Stops the local Debian cluster (used by .ci/run only when it started the cluster itself).
set -euo pipefail
version="$(ls /etc/postgresql | sort -V | tail -n 1)"
pg_ctlcluster --skip-systemctl-redirect "$version" main stop
echo "postgres: stopped cluster $version/main"
