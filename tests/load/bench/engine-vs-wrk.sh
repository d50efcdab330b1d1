#!/usr/bin/env bash
# The load engine's highest request rate next to wrk's, against the same bare Kestrel endpoint (tests/load/Baseline)
# with the same request body, in one run: wrk -t2 -c32 (closed loop), the engine with 32 closed-loop callers, then
# the engine open-model at fixed rates (does the achieved rate stay within 1% of the target?). Loopback only; the
# baseline is started here and stopped by its PID. Needs Release builds of src/SmsCx.Cli and tests/load/Baseline.
# Usage: tests/load/bench/engine-vs-wrk.sh [seconds] [rates...]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-10}
shift || true
rates=("${@:-5000 10000 20000}")
read -r -a rates <<<"${rates[*]}"
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

smscx=src/SmsCx.Cli/bin/Release/net10.0/smscx
baseline=tests/load/Baseline/bin/Release/net10.0/SmsCx.Bench.Baseline.dll
url=http://127.0.0.1:5191/webhooks/smscx
dotnet "$baseline" --urls=http://127.0.0.1:5191 --Logging:LogLevel:Default=Warning >"$work/baseline.log" 2>&1 &
pid=$!
for _ in $(seq 50); do curl -s -o /dev/null -X POST "$url" && break; sleep 0.2; done

echo "### wrk, 32 connections (closed loop)"
echo "\$ wrk -t2 -c32 -d${seconds}s --latency -s tests/load/bench/post-static.lua $url"
wrk -t2 -c32 -d"${seconds}s" --latency -s tests/load/bench/post-static.lua "$url" | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%"

echo "### load engine, 32 callers (closed loop)"
echo "\$ $smscx load tests/load/bench/engine-closed.yaml --duration ${seconds}s"
"$smscx" load tests/load/bench/engine-closed.yaml --duration "${seconds}s" | grep -E "requests|latency|WARNING" || true

for rate in "${rates[@]}"; do
  sed -e "s/concurrency: 32/constant-rate: $rate/" -e "s/closed-32/open-$rate/" tests/load/bench/engine-closed.yaml >"$work/open.yaml"
  echo "### load engine, constant rate $rate/s (open model)"
  echo "\$ (engine-closed.yaml with 'constant-rate: $rate') $smscx load open.yaml --duration ${seconds}s"
  "$smscx" load "$work/open.yaml" --duration "${seconds}s" | grep -E "requests|latency|WARNING" || true
done
