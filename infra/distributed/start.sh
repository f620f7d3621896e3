#!/usr/bin/env bash
# Distributed mode in one command: Kafka and PostgreSQL, the web UI's build when stale, then submissions,
# appraisal, survey, ranking and the gateway (API and web UI) as five processes
# (node -r @swc-node/register apps/<svc>/src/main.ts). Logs in .run/<svc>.log.
# Stops every child on Ctrl-C, or from another shell with infra/distributed/stop.sh.
# Env (all optional): DATABASE_URL (default the local server, database `par`, created if absent),
#   KAFKA_BROKERS (default: infra/kafka/start.sh's broker 127.0.0.1:9092), PORT (gateway, 3000),
#   SUBMISSIONS_GRPC_PORT / APPRAISAL_GRPC_PORT / RANKING_GRPC_PORT / SURVEY_GRPC_PORT (50051 / 50052 / 50053 / 50054),
#   PAR_JWT_SECRET (default: a random one kept in .run/jwt-secret).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUN="$HERE/.run"
mkdir -p "$RUN"
cd "$ROOT"

if [[ -f "$RUN/pids" ]]; then
  while read -r pid _; do
    if kill -0 "$pid" 2>/dev/null; then echo "distributed: already running (see $RUN/pids); stop it with infra/distributed/stop.sh" >&2; exit 1; fi
  done < "$RUN/pids"
  rm -f "$RUN/pids"
fi

# --- infrastructure ---
if [[ -z "${KAFKA_BROKERS:-}" ]]; then
  bash infra/kafka/start.sh
  export KAFKA_BROKERS="127.0.0.1:${KAFKA_PORT:-9092}"
fi
if [[ -z "${DATABASE_URL:-}" ]]; then
  bash infra/postgres/ensure-running.sh
  export DATABASE_URL="postgres://postgres@127.0.0.1:${PGPORT:-5432}/par"
fi
node infra/distributed/ensure-database.js
node infra/distributed/ensure-topics.js

if [[ -z "${PAR_JWT_SECRET:-}" ]]; then
  [[ -s "$RUN/jwt-secret" ]] || node -e "console.log(require('crypto').randomBytes(32).toString('hex'))" > "$RUN/jwt-secret"
  PAR_JWT_SECRET="$(cat "$RUN/jwt-secret")"
fi
export PAR_JWT_SECRET
PORT="${PORT:-3000}"
SUBMISSIONS_GRPC="127.0.0.1:${SUBMISSIONS_GRPC_PORT:-50051}"
APPRAISAL_GRPC="127.0.0.1:${APPRAISAL_GRPC_PORT:-50052}"
RANKING_GRPC="127.0.0.1:${RANKING_GRPC_PORT:-50053}"
SURVEY_GRPC="127.0.0.1:${SURVEY_GRPC_PORT:-50054}"

# --- the web UI, which the gateway serves at / (built when missing or older than its sources, as `npm start` does) ---
web_sources=(apps/web/src apps/web/index.html apps/web/vite.config.ts apps/web/tooling node_modules/.package-lock.json)
if [[ ! -f apps/web/dist/index.html ]] ||
  [[ -n "$(find "${web_sources[@]}" -type f -newer apps/web/dist/index.html ! -name '*.spec.ts' ! -name '*.spec.tsx' ! -path '*/testing/*' -print -quit 2>/dev/null)" ]]; then
  echo "distributed: building the web UI (npm run web:build)"
  npm run --silent web:build
fi

# --- services ---
stop_children() {
  trap - INT TERM EXIT
  bash "$HERE/stop.sh" || true
}
trap stop_children INT TERM EXIT

launch() { # name, then env assignments
  local name="$1"; shift
  echo "--- $(date -Is) start" >> "$RUN/$name.log"
  env "$@" node -r @swc-node/register "apps/$name/src/main.ts" >> "$RUN/$name.log" 2>&1 &
  echo "$! $name" >> "$RUN/pids"
  echo "distributed: $name started (pid $!, log infra/distributed/.run/$name.log)"
}
launch submissions GRPC_URL="$SUBMISSIONS_GRPC" SUBMISSIONS_SURVEY_SOURCE=true
launch appraisal GRPC_URL="$APPRAISAL_GRPC"
launch survey GRPC_URL="$SURVEY_GRPC"
# Ranking follows the survey log too (par.survey.events.v1): the survey-held leaves' points and their audit.
launch ranking GRPC_URL="$RANKING_GRPC" RANKING_SURVEY_SOURCE=true
launch gateway PORT="$PORT" SUBMISSIONS_GRPC_URL="$SUBMISSIONS_GRPC" APPRAISAL_GRPC_URL="$APPRAISAL_GRPC" RANKING_GRPC_URL="$RANKING_GRPC" SURVEY_GRPC_URL="$SURVEY_GRPC"

# --- wait until the gateway answers (its docs JSON), or a child dies ---
deadline=$((SECONDS + ${DISTRIBUTED_START_TIMEOUT:-120}))
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/docs-json" 2>/dev/null; do
  while read -r pid name; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "distributed: $name exited; last lines of its log:" >&2; tail -n 20 "$RUN/$name.log" >&2; exit 1; fi
  done < "$RUN/pids"
  if (( SECONDS > deadline )); then echo "distributed: the gateway did not answer on port $PORT in time" >&2; exit 1; fi
  sleep 1
done

echo
echo "PAR platform (distributed) is up: web UI http://localhost:$PORT/ — API http://localhost:$PORT/api/v1"
echo "API docs: http://localhost:$PORT/api/docs"
echo
echo "Dev tokens (Authorization: Bearer …), valid 8 h:"
node -r @swc-node/register infra/distributed/dev-tokens.ts
echo
echo "Survey service (gRPC par.survey.v1; HTTP under /api/v1/surveys): $SURVEY_GRPC"
echo "Ctrl-C (or infra/distributed/stop.sh) stops the five processes; Kafka and PostgreSQL stay up."

# Stay in the foreground while the children run; any child exiting ends the platform.
while :; do
  while read -r pid name; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "distributed: $name exited (see $RUN/$name.log); stopping the others" >&2; exit 1; fi
  done < "$RUN/pids"
  sleep 2
done
