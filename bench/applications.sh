#!/usr/bin/env bash
# Benchmark of the disclosure-application queues: the organ queue and the
# district-wide queue with 20,000 and 200,000 cases in SQLite, p50/p99 per size and the growth
# ratio, measured in one run. Usage: bench/applications.sh [small] [large]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/gongkai-bench-applications}
dotnet build "$root/bench/Gongkai.Bench" -c Release -v q -nologo >/dev/null
dotnet "$root/bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll" applications "$work" "${1:-20000}" "${2:-200000}"
