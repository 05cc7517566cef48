#!/usr/bin/env bash
# Installs what compiling the WASI test programs (wasi/src/test/c) needs on Debian, as root: clang and
# lld, the WASI C library and clang's wasm32 runtime library. Idempotent: installs only what is missing.
set -euo pipefail

packages=(clang lld wasi-libc libclang-rt-14-dev-wasm32)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup-wasi-toolchain: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Check that the toolchain really produces a WASI module.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <stdio.h>\nint main(void) { puts("ok"); return 0; }\n' > "$tmp/t.c"
if ! clang --target=wasm32-wasi -O2 -o "$tmp/t.wasm" "$tmp/t.c"; then
    echo "setup-wasi-toolchain: clang cannot build for wasm32-wasi" >&2
    exit 1
fi
echo "setup-wasi-toolchain: clang $(clang -dumpversion) builds wasm32-wasi programs"
