#!/usr/bin/env bash
# Compiles the C examples to WASI modules in examples/build/ (needs scripts/setup-wasi-toolchain.sh).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p build
for src in src/*.c; do
    out=build/$(basename "${src%.c}").wasm
    if [ ! -f "$out" ] || [ "$src" -nt "$out" ]; then
        clang --target=wasm32-wasi -O2 -o "$out" "$src"
    fi
done
