#!/usr/bin/env bash
# POST /sms throughput and latency of the mock next to a bare Kestrel endpoint and a plain WireMock.Net stub that
# return the same fixed send answer (tests/load/bench/sms-answer.json), side by side in one run with wrk (closed
# loop). The mock runs with its rate limit raised and no webhook URL, so it stores and schedules every message
# but sends nothing. Loopback only; every server is started here and stopped by its PID. Needs Release builds of
# src/SmsCx.Cli, tests/load/Baseline and tests/load/WireMockStub. Usage: tests/load/bench/mock-send.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-10}
connections=${2:-64}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
answer=tests/load/bench/sms-answer.json

dotnet tests/load/Baseline/bin/Release/net10.0/SmsCx.Bench.Baseline.dll --urls=http://127.0.0.1:5591 \
  --sms-answer="$answer" --Logging:LogLevel:Default=Warning >"$work/baseline.log" 2>&1 & pids+=($!)
dotnet tests/load/WireMockStub/bin/Release/net10.0/SmsCx.Bench.WireMockStub.dll 5592 "$answer" >"$work/wiremock.log" 2>&1 & pids+=($!)
src/SmsCx.Cli/bin/Release/net10.0/smscx mock --port 5593 --rate-limit 100000000 --sent-delay 1h >"$work/mock.log" 2>&1 & pids+=($!)
for port in 5591 5592 5593; do
  for _ in $(seq 50); do curl -s -o /dev/null -X POST "http://127.0.0.1:$port/sms" && break; sleep 0.2; done
done

for target in baseline:5591 wiremock:5592 mock:5593; do
  echo "### ${target%%:*}"
  echo "\$ wrk -t2 -c$connections -d${seconds}s --latency -s tests/load/bench/sms.lua http://127.0.0.1:${target##*:}/sms"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tests/load/bench/sms.lua "http://127.0.0.1:${target##*:}/sms" |
    grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%"
done
