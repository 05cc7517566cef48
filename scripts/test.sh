#!/usr/bin/env bash
# Builds wasm4j and runs every module's tests, including the spec conformance run against every
# available backend (which fails when a file passes fewer commands than conformance/RESULTS.md records).
# Ends with one line "N passed, N failed, N skipped" counting JUnit tests.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
wasm4j_pick_jdk || exit 1
echo "test: JDK $WASM4J_JDK_MAJOR at $JAVA_HOME"

log=target-test.log
# Reports of an earlier run would be counted below as if they were this run's.
rm -rf ./*/target/surefire-reports
mvn -B -ntp -q install "$@" >"$log" 2>&1
status=$?
if [ $status -ne 0 ]; then
    grep -E '^\[ERROR\]|FAIL|Tests run:.*(Failures: [1-9]|Errors: [1-9])' "$log" | head -n 80
fi
[ -f conformance/target/conformance-summary.txt ] && cat conformance/target/conformance-summary.txt

# Sum the Surefire reports of this run into one closing line.
awk '
    /<testsuite / {
        for (i = 1; i <= NF; i++) {
            split($i, kv, "=")
            gsub(/[">]/, "", kv[2])
            if (kv[1] == "tests") t += kv[2]
            else if (kv[1] == "failures") f += kv[2]
            else if (kv[1] == "errors") f += kv[2]
            else if (kv[1] == "skipped") s += kv[2]
        }
    }
    END { printf "%d passed, %d failed, %d skipped\n", t - f - s, f, s }
' $(find . -path '*/target/surefire-reports/TEST-*.xml' 2>/dev/null) /dev/null
if [ $status -ne 0 ]; then
    echo "test: FAILED (maven exit $status; full log in $log)"
fi
exit $status
