#!/usr/bin/env bash
# Start-up of one `quote` through the launcher, warm (jar and archive built, files in the page
# cache), with and without the class-data-sharing archive: RUNS runs of each, interleaved so both
# see the same machine load; prints the median and the ratio. Wall time, as a user waits.
#   benchmarks/startup.sh [RUNS]   (default 20)
# Uses hyperfine when installed (its median), else a loop timing each run with date +%s%N. Ends
# with the rows to paste into the start-up table of benchmarks/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
quote=(quote --importer US --origin IN --code 6109.10.00 --value 10000 --date 2025-09-15)
./tariff-impact --version >/dev/null                 # build the jar and the archive if needed
for i in 1 2 3; do ./tariff-impact "${quote[@]}" >/dev/null; TARIFF_IMPACT_CDS=0 ./tariff-impact "${quote[@]}" >/dev/null; done

ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N); echo $(((t1 - t0) / 1000000)); }
load_before=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)
if command -v hyperfine >/dev/null; then
  q="${quote[*]}"
  jar=cli-demo/target/tariff-impact-cli-all.jar
  archive=$(ls cli-demo/target/tariff-impact-cli-static-*.jsa | head -n 1)
  hyperfine -N -w 3 -r "$runs" --export-json /tmp/tariff-impact-startup.json \
    "./tariff-impact $q" "env TARIFF_IMPACT_CDS=0 ./tariff-impact $q" \
    "java -XX:SharedArchiveFile=$archive -Xshare:auto -jar $jar $q" "java -jar $jar $q"
  python3 - "$runs" "$load_before" <<'PY'
import json, sys
r = [round(x["median"] * 1000) for x in json.load(open("/tmp/tariff-impact-startup.json"))["results"]]
runs, load = sys.argv[1], sys.argv[2]
day = __import__("datetime").date.today()
print("rows for benchmarks/RESULTS.md (%s runs each, hyperfine):" % runs)
print("| `./tariff-impact quote ...` (%s) | %s | %d ms | %d ms | %.2f |" % (day, load, r[0], r[1], r[0] / r[1]))
print("| `java -jar tariff-impact-cli-all.jar quote ...` (%s) | %s | %d ms | %d ms | %.2f |" % (day, load, r[2], r[3], r[2] / r[3]))
PY
  exit 0
fi
with=(); without=()
for ((i = 0; i < runs; i++)); do
  with+=("$(ms ./tariff-impact "${quote[@]}")")
  without+=("$(TARIFF_IMPACT_CDS=0 ms ./tariff-impact "${quote[@]}")")
done
# The JVM alone, without the launcher's checks: java -jar with and without -XX:SharedArchiveFile.
jar=cli-demo/target/tariff-impact-cli-all.jar
archive=$(ls cli-demo/target/tariff-impact-cli-static-*.jsa | head -n 1)
jwith=(); jwithout=()
for ((i = 0; i < runs; i++)); do
  jwith+=("$(ms java -XX:SharedArchiveFile="$archive" -Xshare:auto -jar "$jar" "${quote[@]}")")
  jwithout+=("$(ms java -jar "$jar" "${quote[@]}")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mw=$(median "${with[@]}"); mo=$(median "${without[@]}")
echo "runs: $runs each, interleaved; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a); cores: $(nproc)"
echo "with the CDS archive:    median ${mw} ms  (all: ${with[*]})"
echo "without the archive:     median ${mo} ms  (all: ${without[*]})"
awk -v a="$mw" -v b="$mo" 'BEGIN {printf "ratio with/without (launcher): %.2f\n", a / b}'
jw=$(median "${jwith[@]}"); jo=$(median "${jwithout[@]}")
echo "java -jar with the archive:    median ${jw} ms  (all: ${jwith[*]})"
echo "java -jar without the archive: median ${jo} ms  (all: ${jwithout[*]})"
awk -v a="$jw" -v b="$jo" 'BEGIN {printf "ratio with/without (JVM alone): %.2f\n", a / b}'
load_after=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)
day=$(date -u +%F)
echo "rows for benchmarks/RESULTS.md ($runs runs each, interleaved; load average before-after):"
awk -v d="$day" -v l="$load_before-$load_after" -v a="$mw" -v b="$mo" \
  'BEGIN {printf "| `./tariff-impact quote ...` (%s) | %s | %d ms | %d ms | %.2f |\n", d, l, a, b, a / b}'
awk -v d="$day" -v l="$load_before-$load_after" -v a="$jw" -v b="$jo" \
  'BEGIN {printf "| `java -jar tariff-impact-cli-all.jar quote ...` (%s) | %s | %d ms | %d ms | %.2f |\n", d, l, a, b, a / b}'
