#!/usr/bin/env bash
# Builds benchmarks.jar and runs a JMH profile against the peers, all in one run:
#   benchmarks/run.sh quick   # < 5 minutes: 100k lines, 2 scenarios, 1 and 2 threads
#   benchmarks/run.sh full    # about 25 minutes on 2 cores (see benchmarks/RESULTS.md)
#   benchmarks/run.sh targets # the 10M x 2 scenarios x 2 threads row with a longer warm-up, ~6 min
# In-memory trials run with JMH's -gc true (a full GC before each iteration): setup leaves gigabytes
# of garbage at 10M lines (the line objects read before conversion), which G1 would otherwise
# collect during the measured operations, on the same 2 cores.
# Raw JMH JSON and logs go to benchmarks/results/<profile>-<UTC stamp>/ (git-ignored); the table of
# medians and ratios ours/peer is printed at the end and kept as report.md beside them.
# Generated workloads are cached in ${BENCH_WORKDIR:-/tmp/tariff-impact-bench} (10M lines = 1.2 GB).
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-quick}
workdir=${BENCH_WORKDIR:-/tmp/tariff-impact-bench}
./mvnw -B -q -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
out=benchmarks/results/$profile-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
{
  echo "profile: $profile"
  echo "start: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  free -h
  java -version 2>&1
  echo "load before: $(cat /proc/loadavg)"
  git rev-parse HEAD
} >"$out/machine.txt"

# compileHts needs the official HTS file beside the repository (../shared/reference)
quote='QuoteBenchmark.(quote|lookup|explain|compile)$'
if [ -f ../shared/reference/us-hts/hts_2025_basic_edition.csv ]; then
  quote='QuoteBenchmark'
fi

jmh() {
  local name=$1
  shift
  echo "== $name: $*"
  java -Dbench.workdir="$workdir" -jar "$jar" "$@" -jvmArgsPrepend "-Dbench.workdir=$workdir" \
    -rf json -rff "$out/$name.json" >"$out/$name.log" 2>&1 || {
    tail -40 "$out/$name.log"
    exit 1
  }
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)' "$out/$name.log" || true
}

case $profile in
  quick)
    jmh quote "$quote" -f 1 -wi 2 -w 1 -i 3 -r 1
    jmh bulk 'BulkBenchmark.(duckdb|floor)' -gc true -p lines=100000 -p scenarios=2 -p threads=1,2 \
      -f 1 -wi 2 -w 1 -i 3 -r 1
    jmh ours 'BulkBenchmark.ours' -gc true -p lines=100000 -p scenarios=2 -p threads=1,2 -p input=columns,list \
      -f 1 -wi 2 -w 1 -i 3 -r 1
    jmh reference 'BulkBenchmark.reference' -gc true -p lines=100000 -p scenarios=2 -p threads=1 \
      -f 1 -wi 2 -w 1 -i 3 -r 1
    jmh e2e 'EndToEndBenchmark' -p lines=100000 -p scenarios=2 -p threads=1,2 \
      -f 1 -wi 2 -w 1 -i 3 -r 1
    ;;
  full)
    # About 25-30 minutes on 2 cores (see RESULTS.md). One fork per trial; the 10M trials use one
    # warm-up and three measured operations (an operation takes seconds to a minute there).
    jmh quote "$quote" -f 1 -wi 3 -w 2 -i 5 -r 2
    # 100k and 1M lines x 2 scenarios, and 1M x 5 scenarios, 2 threads.
    for shape in "lines=100000,1000000 scenarios=2" "lines=1000000 scenarios=5"; do
      set -- $shape
      tag=${1#lines=}-${2#scenarios=}
      tag=${tag//,/+}
      jmh "bulk-$tag" 'BulkBenchmark.(duckdb|floor)' -gc true -p "$1" -p "$2" -p threads=2 \
        -f 1 -wi 2 -w 2 -i 3 -r 2
      jmh "ours-$tag" 'BulkBenchmark.ours' -gc true -p "$1" -p "$2" -p threads=2 -p input=columns,list \
        -f 1 -wi 3 -w 2 -i 3 -r 2
      jmh "reference-$tag" 'BulkBenchmark.reference' -gc true -p "$1" -p "$2" -p threads=1 \
        -f 1 -wi 2 -w 2 -i 3 -r 2
      # five warm-up iterations: our engine (JIT, plan memo) needs a few operations, DuckDB none
      jmh "e2e-$tag" 'EndToEndBenchmark' -p "$1" -p "$2" -p threads=2 -f 1 -wi 5 -w 2 -i 3 -r 2
    done
    # 10M lines x 2 scenarios (the targets): 1 and 2 threads.
    jmh bulk-10m 'BulkBenchmark.(duckdb|floor)' -gc true -p lines=10000000 -p scenarios=2 -p threads=1,2 \
      -f 1 -wi 1 -w 1 -i 3 -r 1
    # ours: two warm-up operations (the JIT is still improving after the first at 10M)
    jmh ours-10m 'BulkBenchmark.ours' -gc true -p lines=10000000 -p scenarios=2 -p threads=1,2 \
      -p input=columns -f 1 -wi 2 -w 1 -i 3 -r 1
    jmh ours-list-10m 'BulkBenchmark.ours' -gc true -p lines=10000000 -p scenarios=2 -p threads=2 \
      -p input=list -f 1 -wi 2 -w 1 -i 3 -r 1
    jmh ours-dist-10m 'BulkBenchmark.ours' -gc true -p lines=10000000 -p scenarios=2 -p threads=2 \
      -p input=columns -p distributions=true -f 1 -wi 2 -w 1 -i 3 -r 1
    jmh reference-10m 'BulkBenchmark.reference' -gc true -p lines=10000000 -p scenarios=2 -p threads=1 \
      -f 1 -wi 1 -w 1 -i 3 -r 1
    jmh e2e-10m 'EndToEndBenchmark' -p lines=10000000 -p scenarios=2 -p threads=2 \
      -f 1 -wi 2 -w 1 -i 3 -r 1
    ;;
  targets)
    # The target row only (10M lines x 2 scenarios, 2 threads) with a longer warm-up: our engine
    # keeps speeding up over its first operations at 10M (JIT), so three warm-up operations.
    jmh targets-bulk 'BulkBenchmark.(ours|duckdb|floor)' -gc true -p lines=10000000 -p scenarios=2 \
      -p threads=2 -p input=columns -f 1 -wi 3 -w 1 -i 3 -r 1
    ;;
  *)
    echo "usage: $0 [quick|full|targets]" >&2
    exit 2
    ;;
esac

echo "end: $(date -u +%FT%TZ)" >>"$out/machine.txt"
echo "load after: $(cat /proc/loadavg)" >>"$out/machine.txt"
java -cp "$jar" dev.tariffimpact.bench.Report "$out"/*.json | tee "$out/report.md"
echo "raw results: $out"
