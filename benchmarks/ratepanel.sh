#!/usr/bin/env bash
# The two economics targets of issue #17 (benchmarks/RESULTS.md, "Economics"), with JMH:
#   - rate panel: every HTS10 line x 20 origins x every change point 2025-01-01..2026-11-29, rows/s
#     against the Yale Budget Lab's 185M rows in 58.5 min (about 53,000 rows/s; goal 100x = 5.3M/s);
#   - Monte Carlo: 10,000 draws x 5,000 products x 2 origins on 2 threads (goal < 10 s).
#   benchmarks/ratepanel.sh [THREADS]   (default "1,2": the panel on 1 and on 2 threads)
# One fork, single-shot operations (2 warm-ups, 5 measured); about 3 minutes on a quiet 2-core
# machine. Needs ../shared/reference (the HTS file the benchmark reads). Raw JMH JSON and the log
# go to benchmarks/results/economics-<UTC stamp>/ (git-ignored); the end prints the rows to paste
# into the Economics table of RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${1:-1,2}"
./mvnw -B -q -o -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
jar=benchmarks/target/benchmarks.jar
out=benchmarks/results/economics-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
load_before=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)
# -Djmh.ignoreLock: another engineer's JMH run may hold /tmp/jmh.lock on the shared machine
java -Djmh.ignoreLock=true -Xmx4g -jar "$jar" 'EconomicsBenchmark.ratePanel' -f 1 -wi 2 -i 5 \
  -p threads="$threads" -rf json -rff "$out/ratepanel.json" >"$out/ratepanel.log" 2>&1
java -Djmh.ignoreLock=true -Xmx4g -jar "$jar" 'EconomicsBenchmark.monteCarlo' -f 1 -wi 1 -i 5 \
  -p threads=2 -rf json -rff "$out/montecarlo.json" >"$out/montecarlo.log" 2>&1
load_after=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)
rows=$(grep -o 'rows=[0-9]*' "$out/ratepanel.log" | head -n 1 | cut -d= -f2)
python3 - "$out" "$rows" "$load_before-$load_after" <<'PY'
import json, statistics, sys
out, rows, load = sys.argv[1], int(sys.argv[2]), sys.argv[3]
BUDGET_LAB = 185e6 / (58.5 * 60)  # rows/s, FACTS.md s.2b (R)
print(f"load average before-after: {load}; cores: {__import__('os').cpu_count()}; {out}")
for r in json.load(open(f"{out}/ratepanel.json")):
    t = r["params"]["threads"]
    ms = statistics.median(r["primaryMetric"]["rawData"][0])
    rate = rows / (ms / 1000)
    print(f"| `ratePanel`, {t} thread(s) | {rows:,} rows | {ms:,.0f} ms (median of 5) | "
          f"{rate / 1e6:.2f}M rows/s | 100 x 53,000 = 5.3M rows/s | "
          f"{rate / BUDGET_LAB:.0f}x the Budget Lab |")
for r in json.load(open(f"{out}/montecarlo.json")):
    ms = statistics.median(r["primaryMetric"]["rawData"][0])
    draws = int(r["params"]["draws"])
    print(f"| `monteCarlo`, {r['params']['threads']} threads | {draws:,} draws x 5,000 products x 2 "
          f"origins | {ms:,.0f} ms (median of 5) | {draws * 5000 / (ms / 1000) / 1e6:.1f}M draws x "
          f"products/s | < 10 s on 2 threads | {'met' if ms < 10_000 else 'NOT met'} |")
PY
