#!/usr/bin/env bash
# Builds the JMH benchmarks jar and runs every benchmark on wasm4j's pure backend, on wasm4j's wasmtime
# backend and on Chicory in one JMH run, then prints each runtime's score against Chicory's and wasmtime's.
# Settings suit a 2-core machine (~6 min). wasmtime needs JDK 22+ and its library (native-src/wasmtime/
# fetch.sh); without them the jar's launcher (BenchMain) leaves it out and says so in one line.
# The build runs the bench tests, which check every benchmark computes the right answer first.
# Extra arguments go to JMH (e.g. `bench/run.sh Fib` runs only FibBenchmark, `-p n=30` sets a parameter);
# BENCH_SETTINGS replaces the run lengths (JMH rejects an option given twice).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
WASM4J_QUIET_JDK=1 wasm4j_pick_jdk

# The native backends are modules of the build on JDK 22+ only (profile native-backends).
modules=text,api,backend-pure
if [ "$WASM4J_JDK_MAJOR" -ge 22 ]; then modules=$modules,backend-native; fi
log=$(mktemp)
if ! { mvn -q -B -ntp -pl "$modules" install -DskipTests &&
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
# Native access for the launcher's look at wasmtime (the forks get it from @Fork); JDK 17 accepts it too.
# shellcheck disable=SC2086 # the settings are several words on purpose
java --enable-native-access=ALL-UNNAMED -jar bench/target/wasm4j-benchmarks.jar $settings -rf json -rff "$results" "$@"
echo
echo "bench: load after: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
python3 bench/ratio_table.py "$results"
