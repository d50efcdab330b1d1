#!/usr/bin/env bash
# Memory of the mock and the reference receiver over a constant-rate run (default 600 s): the load engine sends
# POST /sms to the mock at RATE/s; the mock reports SENT and DELIVERED for each message to the receiver. The
# resident set size (RSS) of both processes is sampled every 30 s. Loopback only; both servers are started here
# and stopped by their PIDs. Needs a Release build of src/SmsCx.Cli. Usage: tests/load/bench/memory-soak.sh [seconds] [rate]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-600}
rate=${2:-100}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
smscx=src/SmsCx.Cli/bin/Release/net10.0/smscx

"$smscx" receiver --port 5490 --db "$work/receiver.db" --smscx-url http://127.0.0.1:5480 >"$work/receiver.log" 2>&1 & pids+=($!)
receiver=$!
"$smscx" mock --port 5480 --webhook-url http://127.0.0.1:5490/webhooks/smscx >"$work/mock.log" 2>&1 & pids+=($!)
mock=$!
for port in 5480 5490; do
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
done

sed -e "s/constant-rate: [0-9]*/constant-rate: $rate/" -e "s/duration: [0-9a-z]*/duration: ${seconds}s/" \
  tests/load/profiles/mock-send.yaml >"$work/profile.yaml"
"$smscx" load "$work/profile.yaml" --target http://127.0.0.1:5480/ >"$work/load.log" 2>&1 &
load=$!

echo "seconds  mock_rss_mib  receiver_rss_mib"
for ((t = 0; t <= seconds; t += 30)); do
  printf "%7d  %12d  %16d\n" "$t" $(( $(ps -o rss= -p "$mock") / 1024 )) $(( $(ps -o rss= -p "$receiver") / 1024 ))
  sleep 30
done
wait "$load" || true
tail -n 4 "$work/load.log"
