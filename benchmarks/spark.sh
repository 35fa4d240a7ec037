#!/usr/bin/env bash
# Lines per second of the Spark runner in local[N] against the local engine on the same machine and
# the same file (issue #19; results in benchmarks/RESULTS.md, section "Spark").
#   benchmarks/spark.sh [LINES] [MASTER] [PARTITIONS] [REPEATS]
# defaults: 1,000,000 generated lines, local[2], 8 partitions, 3 timed runs of each after a warm-up.
# Both sides run 2 scenarios (the bundled groups 2026-s122 and 2026-current), aggregates only
# (no per-line results kept), and the script fails if their aggregates differ.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
master=${2:-local[2]}
partitions=${3:-8}
repeats=${4:-3}
workdir=${BENCH_WORKDIR:-/tmp/tariff-impact-bench}
mkdir -p "$workdir"
# Spark's jars (provided scope) from the local Maven repository, after the shaded jar; the reactor
# writes each module's class path to the file in turn, the spark module's last.
./mvnw -B -q -o -pl spark -am package dependency:build-classpath -DskipTests -Dspotless.check.skip=true \
  -Dmdep.outputFile="$workdir/spark.classpath" -Dmdep.includeScope=test
cp="spark/target/tariff-impact-spark-0.1.0-SNAPSHOT-all.jar:$(cat "$workdir/spark.classpath")"
csv="$workdir/spark-$lines.csv"
if [ ! -s "$csv" ]; then
  java -cp "$cp" dev.tariffimpact.sample.internal.SampleGenerator "$csv" "$lines" 20261130
fi
opts=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' spark/pom.xml)
echo "machine: $(nproc) cores, load $(cat /proc/loadavg), $(date -u +%FT%TZ), $(git rev-parse --short HEAD)"
# shellcheck disable=SC2086
java -Xmx6g $opts -Dlog4j2.level=warn -cp "$cp" dev.tariffimpact.spark.TryLocal "$csv" "$master" "$partitions" --compare-local "$repeats" 2>&1 |
  grep -v -E '^(WARNING|Using Spark|Setting default log level|To adjust logging)' || true
