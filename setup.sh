#!/usr/bin/env bash
# Installs what building and running wasm4j needs on a fresh Debian machine (as root), then builds it.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
command -v javac >/dev/null 2>&1 || ls /usr/lib/jvm/*/bin/javac >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "setup: installing ${need_apt[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

scripts/setup-wasi-toolchain.sh
scripts/fetch-python-wasi.sh
native-src/wasmtime/fetch.sh

. scripts/jdk.sh
wasm4j_pick_jdk
echo "setup: building wasm4j with JDK $WASM4J_JDK_MAJOR ($JAVA_HOME)"
scripts/build.sh
examples/build.sh
echo "setup: done; try ./wasm4j --help"
