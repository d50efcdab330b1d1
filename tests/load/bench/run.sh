#!/usr/bin/env bash
# Receiver benchmarks: the bare Kestrel baseline, the receiver on SQLite and on PostgreSQL, side by side in one run,
# each with 1-item and 200-item dlr_update batches, measured with wrk (closed loop). Loopback only; every server is
# started here and stopped by its PID. Needs: Release builds of src/SmsCx.Receiver and tests/load/Baseline, wrk, and
# SMSCX_TEST_POSTGRES (source .ci/postgres; smscx_pg_setup). Usage: tests/load/bench/run.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-10}
connections=${2:-32}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

receiver=src/SmsCx.Receiver/bin/Release/net10.0/SmsCx.Receiver.dll
baseline=tests/load/Baseline/bin/Release/net10.0/SmsCx.Bench.Baseline.dll
pg_bench="${SMSCX_TEST_POSTGRES};Search Path=bench"
runuser -u postgres -- psql -qtA -d smscx_test -c "DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench AUTHORIZATION smscx_test;"

quiet=(--Logging:LogLevel:Default=Warning)
dotnet "$baseline" --urls=http://127.0.0.1:5191 "${quiet[@]}" >"$work/baseline.log" 2>&1 & pids+=($!)
dotnet "$receiver" --urls=http://127.0.0.1:5192 "${quiet[@]}" --Receiver:DatabasePath="$work/receiver.db" >"$work/sqlite.log" 2>&1 & pids+=($!)
dotnet "$receiver" --urls=http://127.0.0.1:5193 "${quiet[@]}" --Receiver:PostgresConnectionString="$pg_bench" >"$work/pg.log" 2>&1 & pids+=($!)
for port in 5191 5192 5193; do
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/health" -X GET && break; sleep 0.2; done
done

for items in 1 200; do
  for target in baseline:5191 sqlite:5192 postgres:5193; do
    name=${target%%:*} port=${target##*:}
    cmd="ITEMS=$items wrk -t2 -c$connections -d${seconds}s --latency -s tests/load/bench/webhook.lua http://127.0.0.1:$port/webhooks/smscx"
    echo "### $name, $items item(s) per request"
    echo "\$ $cmd"
    env ITEMS="$items" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tests/load/bench/webhook.lua \
      "http://127.0.0.1:$port/webhooks/smscx" | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%|Latency "
  done
done
