#!/usr/bin/env bash
# Builds every module and the CLI's runtime class path, without tests, quietly.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
WASM4J_QUIET_JDK=1 wasm4j_pick_jdk
log=$(mktemp)
if ! mvn -q -B -ntp -DskipTests install >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "wasm4j: build failed (full log: $log)" >&2
    exit 1
fi
rm -f "$log"
touch cli/target/.built
