# Sourced by the launcher and the build scripts: picks the JDK to run Maven and wasm4j with.
# The newest JDK >= 22 under /usr/lib/jvm wins (the native backends need Panama); otherwise the default
# `java` (17+) is used, which runs everything but the native backends. Sets JAVA_HOME and PATH.
wasm4j_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}

wasm4j_pick_jdk() {
    local best="" best_major=0 dir major
    for dir in /usr/lib/jvm/*/; do
        dir=${dir%/}
        [ -x "$dir/bin/javac" ] || continue
        major=$(wasm4j_java_major "$dir")
        major=${major%%.*}
        [ -n "$major" ] || continue
        if [ "$major" -gt "$best_major" ]; then best=$dir; best_major=$major; fi
    done
    if [ -n "${WASM4J_JAVA_HOME:-}" ]; then
        best=$WASM4J_JAVA_HOME; best_major=$(wasm4j_java_major "$best"); best_major=${best_major%%.*}
    fi
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        best=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        best_major=$(wasm4j_java_major "$best"); best_major=${best_major%%.*}
    fi
    if [ -z "$best" ] || [ "$best_major" -lt 17 ]; then
        echo "wasm4j: no JDK 17 or newer found (looked in /usr/lib/jvm and on PATH); run ./setup.sh" >&2
        return 1
    fi
    export JAVA_HOME=$best PATH="$best/bin:$PATH" WASM4J_JDK_MAJOR=$best_major
    if [ "$best_major" -lt 22 ] && [ -z "${WASM4J_QUIET_JDK:-}" ]; then
        echo "wasm4j: using JDK $best_major at $best; no JDK >= 22 under /usr/lib/jvm, so native backends are off" >&2
    fi
}
