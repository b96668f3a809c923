#!/usr/bin/env bash
# Benchmark of the mailbox: with N letters (default 300,000) received over three years in SQLite,
# in one run, COUNT(*) of the letters table (the baseline), the monthly analysis for one month and
# for one year, and the staff queue (district-wide and one organ's), p50/p99 of each and their
# ratio to the baseline. Usage: bench/mailbox.sh [letters]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/gongkai-bench-mailbox}
dotnet build "$root/bench/Gongkai.Bench" -c Release -v q -nologo >/dev/null
dotnet "$root/bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll" mailbox "$work" "${1:-300000}"
