#!/usr/bin/env bash
# Fixed-rate (open-model) ack latency of the reference receiver on SQLite and on PostgreSQL, side by side in one run
# with the bare Kestrel baseline, measured with the project's load engine (latency from each call's intended start,
# so queueing is not hidden). Every request carries new message ids. Loopback only; every server is started here
# and stopped by its PID. Needs Release builds of src/SmsCx.Cli, src/SmsCx.Receiver and tests/load/Baseline, and
# SMSCX_TEST_POSTGRES (source .ci/postgres; smscx_pg_setup).
# Usage: tests/load/bench/receiver-fixed.sh "RATES-FOR-1-ITEM" "RATES-FOR-200-ITEMS"
set -euo pipefail
cd "$(dirname "$0")/../../.."
rates1=(${1:-100 300 1000})
rates200=(${2:-5 20 50})
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

smscx=src/SmsCx.Cli/bin/Release/net10.0/smscx
receiver=src/SmsCx.Receiver/bin/Release/net10.0/SmsCx.Receiver.dll
baseline=tests/load/Baseline/bin/Release/net10.0/SmsCx.Bench.Baseline.dll
runuser -u postgres -- psql -qtA -d smscx_test -c "DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench AUTHORIZATION smscx_test;"

quiet=(--Logging:LogLevel:Default=Warning)
dotnet "$baseline" --urls=http://127.0.0.1:5191 "${quiet[@]}" >"$work/baseline.log" 2>&1 & pids+=($!)
dotnet "$receiver" --urls=http://127.0.0.1:5192 "${quiet[@]}" --Receiver:DatabasePath="$work/receiver.db" >"$work/sqlite.log" 2>&1 & pids+=($!)
dotnet "$receiver" --urls=http://127.0.0.1:5193 "${quiet[@]}" --Receiver:PostgresConnectionString="${SMSCX_TEST_POSTGRES};Search Path=bench" >"$work/pg.log" 2>&1 & pids+=($!)
for port in 5191 5192 5193; do
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.2; done
done

run() { # items rate
  local items=$1 rate=$2
  sed "s/constant-rate: [0-9]*/constant-rate: $rate/" "tests/load/bench/receiver-fixed-$items.yaml" >"$work/profile.yaml"
  for target in baseline:5191 sqlite:5192 postgres:5193; do
    echo "### $items item(s), $rate/s, ${target%%:*}"
    echo "\$ smscx load tests/load/bench/receiver-fixed-$items.yaml (constant-rate: $rate) --target http://127.0.0.1:${target##*:}/"
    "$smscx" load "$work/profile.yaml" --target "http://127.0.0.1:${target##*:}/" | grep -E "requests|latency|WARNING|errors" || true
  done
}
for rate in "${rates1[@]}"; do run 1 "$rate"; done
for rate in "${rates200[@]}"; do run 200 "$rate"; done
