#!/usr/bin/env bash
# Builds the JMH benchmarks jar and runs every benchmark on wasm4j's pure backend and on Chicory in one
# JMH run, then prints each runtime's score against Chicory's. Settings suit a 2-core machine (~3 min).
# The build runs the bench tests, which check every benchmark computes the right answer first.
# Extra arguments go to JMH (e.g. `bench/run.sh Fib` runs only FibBenchmark, `-p n=30` sets a parameter);
# BENCH_SETTINGS replaces the run lengths (JMH rejects an option given twice).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
WASM4J_QUIET_JDK=1 wasm4j_pick_jdk

log=$(mktemp)
if ! { mvn -q -B -ntp -pl text,api,backend-pure install -DskipTests &&
       mvn -q -B -ntp -pl bench package; } >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "bench: build failed (full log: $log)" >&2
    exit 1
fi
rm -f "$log"

results=bench/target/jmh-results.json
# Other processes on this small machine skew every number: say how busy it was.
echo "bench: JDK $WASM4J_JDK_MAJOR at $JAVA_HOME, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
settings=${BENCH_SETTINGS:--f 1 -wi 3 -w 2s -i 5 -r 2s}
# shellcheck disable=SC2086 # the settings are several words on purpose
java -jar bench/target/wasm4j-benchmarks.jar $settings -rf json -rff "$results" "$@"
echo
echo "bench: load after: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
python3 bench/ratio_table.py "$results"
