#!/usr/bin/env bash
# Cost of telemetry on the mock's POST /sms: the same mock twice, side by side in one run with wrk (closed loop),
# once as by default (no listener, no SDK) and once with --otlp-endpoint, so the OpenTelemetry SDK traces every
# request (ASP.NET Core, HttpClient and the mock's own spans and metrics) and exports over OTLP/HTTP to a loopback
# stand-in collector (tests/load/Baseline, which discards what it gets). Both mocks run with their rate limit
# raised, no webhook URL and a 1 h SENT delay, as in mock-send.sh. Loopback only; every server is started here
# and stopped by its PID. Needs Release builds of src/SmsCx.Cli and tests/load/Baseline.
# Usage: tests/load/bench/mock-telemetry.sh [seconds, at most 60] [connections]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-15}
connections=${2:-64}
if (( seconds > 60 )); then echo "at most 60 s per side" >&2; exit 2; fi
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
# Only the option below may turn export on: an inherited endpoint must not reach the "off" mock.
unset OTEL_EXPORTER_OTLP_ENDPOINT OTEL_EXPORTER_OTLP_PROTOCOL

dotnet tests/load/Baseline/bin/Release/net10.0/SmsCx.Bench.Baseline.dll --urls=http://127.0.0.1:5594 \
  --Logging:LogLevel:Default=Warning >"$work/collector.log" 2>&1 & pids+=($!)
mock=src/SmsCx.Cli/bin/Release/net10.0/smscx
$mock mock --port 5595 --rate-limit 100000000 --sent-delay 1h >"$work/off.log" 2>&1 & pids+=($!)
$mock mock --port 5596 --rate-limit 100000000 --sent-delay 1h --otlp-endpoint http://127.0.0.1:5594 >"$work/on.log" 2>&1 & pids+=($!)
for port in 5594 5595 5596; do
  for _ in $(seq 50); do curl -s -o /dev/null -X POST "http://127.0.0.1:$port/sms" && break; sleep 0.2; done
done

for target in off:5595 on:5596; do
  echo "### telemetry ${target%%:*}"
  echo "\$ wrk -t2 -c$connections -d${seconds}s --latency -s tests/load/bench/sms.lua http://127.0.0.1:${target##*:}/sms"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tests/load/bench/sms.lua "http://127.0.0.1:${target##*:}/sms" |
    grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%"
done
